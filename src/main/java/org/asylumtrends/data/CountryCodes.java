package org.asylumtrends.data;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * ISO 3166 alpha-3 ↔ alpha-2, for drawing countries whose shapes are keyed by two letters (the world map). The
 * JDK's own table ({@link Locale#getISOCountries()} and {@link Locale#getISO3Country()}) gives all 249 ISO
 * countries; only what it lacks is written here: Kosovo's user-assigned {@code XKX}/{@code XK} (World Bank, EU), and
 * UNHCR's pseudo-codes, which no map can place. Data are still joined on ISO3 only: this is for drawing.
 */
public final class CountryCodes {
    /**
     * UNHCR's codes in ISO3 columns that stand for no place: unknown origin ({@code UNK}, listed as {@code XXX}),
     * stateless ({@code XXA}), Tibetan ({@code TIB}) and the list's two entries without an ISO code ({@code CUR},
     * {@code CRB}).
     */
    public static final Set<String> PSEUDO_CODES = Set.of("UNK", "XXX", "XXA", "TIB", "CUR", "CRB");

    private static final Map<String, String> ISO2_BY_ISO3;
    private static final Map<String, String> ISO3_BY_ISO2;

    static {
        Map<String, String> to2 = new HashMap<>();
        for (String iso2 : Locale.getISOCountries()) {
            to2.put(Locale.of("", iso2).getISO3Country(), iso2);
        }
        to2.put("XKX", "XK"); // Kosovo: a user-assigned code the JDK does not know
        Map<String, String> to3 = new HashMap<>();
        to2.forEach((three, two) -> to3.put(two, three));
        ISO2_BY_ISO3 = Map.copyOf(to2);
        ISO3_BY_ISO2 = Map.copyOf(to3);
    }

    private CountryCodes() {
    }

    /** The two-letter code of an ISO3 code; empty for a pseudo-code or an unknown code. */
    public static Optional<String> iso2(String iso3) {
        return Optional.ofNullable(ISO2_BY_ISO3.get(iso3));
    }

    /** The three-letter code of an ISO 3166 alpha-2 code; empty for an unknown one. */
    public static Optional<String> iso3(String iso2) {
        return Optional.ofNullable(ISO3_BY_ISO2.get(iso2));
    }

    /** Whether a code is one of UNHCR's pseudo-codes rather than a place. */
    public static boolean isPseudoCode(String code) {
        return PSEUDO_CODES.contains(code);
    }

    /**
     * The two-letter codes of the shapes a country's figure colours on a map. UNHCR counts Kosovo with Serbia
     * ("Serbia and Kosovo: S/RES/1244 (1999)"), so Serbia's figure covers Kosovo's shape too; everywhere else one
     * code is one shape.
     */
    public static List<String> shapesOf(String iso3) {
        if (iso3.equals("SRB")) {
            return List.of("RS", "XK");
        }
        return iso2(iso3).map(List::of).orElse(List.of());
    }
}
