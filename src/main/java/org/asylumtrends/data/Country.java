package org.asylumtrends.data;

import java.util.Objects;

/**
 * A country or territory as UNHCR names it ("Rep. of Korea"), identified by its ISO3 code. Data from different
 * files is joined on {@link #iso3()} only: UNHCR's own three-letter codes collide with ISO codes of other
 * countries (UNHCR "AUS" is Austria).
 */
public record Country(String iso3, String name) implements Comparable<Country> {
    public Country {
        Objects.requireNonNull(iso3, "iso3");
        Objects.requireNonNull(name, "name");
        if (!isIso3(iso3)) {
            throw new IllegalArgumentException("not an ISO3 code: '" + iso3 + "'");
        }
        name = name.strip();
        if (name.isEmpty()) {
            name = iso3;
        }
    }

    /**
     * Three ASCII capitals. Checked by hand, not with the pattern: the bundle's reader asks for 300,000 codes, and a
     * regex matcher for each was 46 MB of the 209 MB allocated from start to every origin shown (JFR).
     */
    public static boolean isIso3(String code) {
        if (code == null || code.length() != 3) {
            return false;
        }
        for (int i = 0; i < 3; i++) {
            char c = code.charAt(i);
            if (c < 'A' || c > 'Z') {
                return false;
            }
        }
        return true;
    }

    /**
     * The name a chart draws: the common short name from the bundled country list ("United Kingdom", "South
     * Korea"), else UNHCR's name. Tables, tooltips and files keep {@link #name()}, UNHCR's full name.
     */
    public String shortName() {
        return UnhcrCountryList.bundled().shortName(iso3).orElse(name);
    }

    /** Letters first, accents and case after: Türkiye between Tunisia and Turkmenistan, not after Tuvalu. */
    private static final java.text.Collator BY_NAME = java.text.Collator.getInstance(java.util.Locale.ROOT);

    /** Sorts by name, then code, which is how people look for a country in a list. */
    @Override
    public int compareTo(Country other) {
        int byName = BY_NAME.compare(name, other.name);
        return byName != 0 ? byName : iso3.compareTo(other.iso3);
    }

    @Override
    public String toString() {
        return name + " (" + iso3 + ")";
    }
}
