package org.asylumtrends.data;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The country codes UNHCR's tables use, from UNHCR's own country list (shipped as
 * {@code assets/data/unhcr_countries.csv}). A well-formed code that is in no list ("XYZ", or a typo such as
 * "USD") would silently become a country of its own, so the reader accepts only these codes.
 *
 * <p>Besides ISO3 codes, UNHCR's tables carry pseudo-codes in the ISO3 columns: {@code UNK} (origin unknown,
 * not in the country list at all) and, for the list's entries without an ISO code, their UNHCR code
 * ({@code TIB} "Tibetan", {@code CUR}, {@code CRB}). Both kinds are accepted.
 */
final class UnhcrCountryList {
    static final String RESOURCE = "/assets/data/unhcr_countries.csv";
    /** UNHCR's code for an unknown origin or country of asylum; used as ISO3 in its tables, absent from the list. */
    static final String UNKNOWN = "UNK";
    /** The ISO3-column code of stateless people in UNHCR's tables (the list's entry with UNHCR code STA). */
    static final String STATELESS = "XXA";

    private static final UnhcrCountryList BUNDLED = load();

    private final Set<String> codes;
    /** UNHCR's own codes that differ from the ISO3 code of the same country: "GFR" → Germany (DEU). */
    private final Map<String, Country> byUnhcrCode;
    /** Our own last column: the common name a chart can show ("United Kingdom"), by ISO3 code. */
    private final Map<String, String> shortNames;

    private UnhcrCountryList(Set<String> codes, Map<String, Country> byUnhcrCode, Map<String, String> shortNames) {
        this.codes = codes;
        this.byUnhcrCode = byUnhcrCode;
        this.shortNames = shortNames;
    }

    static UnhcrCountryList bundled() {
        return BUNDLED;
    }

    /** Whether the code may stand in an ISO3 column of a UNHCR table. */
    boolean isKnown(String code) {
        return codes.contains(code);
    }

    /** The country whose UNHCR code (not ISO3) this is, for a hint when a file has the wrong kind of code. */
    Optional<Country> withUnhcrCode(String code) {
        return Optional.ofNullable(byUnhcrCode.get(code));
    }

    /** The short common name for a chart, from the list's {@code short_name} column. */
    Optional<String> shortName(String iso3) {
        return Optional.ofNullable(shortNames.get(iso3));
    }

    int size() {
        return codes.size();
    }

    private static UnhcrCountryList load() {
        try (InputStream in = UnhcrCountryList.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IOException("missing resource " + RESOURCE);
            }
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException("UNHCR's country list cannot be read; the installation is damaged", e);
        }
    }

    /**
     * Columns iso_code, unhcr_code, name, ..., short_name; the file is UNHCR's (plus our short_name column, which
     * never holds a comma) and simple enough for a plain split.
     */
    static UnhcrCountryList parse(BufferedReader reader) throws IOException {
        Set<String> codes = new HashSet<>();
        Map<String, Country> byUnhcrCode = new HashMap<>();
        Map<String, String> shortNames = new HashMap<>();
        codes.add(UNKNOWN);
        String line = reader.readLine();
        while ((line = reader.readLine()) != null) {
            if (line.isBlank()) {
                continue;
            }
            String[] cells = line.split(",", 3);
            String iso = cells[0].strip();
            String unhcr = cells[1].strip();
            String rest = cells.length > 2 ? cells[2] : "";
            String name = rest.startsWith("\"") ? rest.substring(1, rest.indexOf('"', 1)) : rest.split(",", 2)[0];
            String shortName = line.substring(line.lastIndexOf(',') + 1).strip();
            if (!shortName.isEmpty()) {
                shortNames.put(iso.isEmpty() ? unhcr : iso, shortName);
            }
            if (iso.isEmpty()) {
                codes.add(unhcr);
            } else {
                codes.add(iso);
                if (!unhcr.equals(iso)) {
                    byUnhcrCode.put(unhcr, new Country(iso, name));
                }
            }
        }
        return new UnhcrCountryList(Set.copyOf(codes), Map.copyOf(byUnhcrCode), Map.copyOf(shortNames));
    }
}
