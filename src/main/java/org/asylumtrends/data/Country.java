package org.asylumtrends.data;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A country or territory as UNHCR names it ("Rep. of Korea"), identified by its ISO3 code. Data from different
 * files is joined on {@link #iso3()} only: UNHCR's own three-letter codes collide with ISO codes of other
 * countries (UNHCR "AUS" is Austria).
 */
public record Country(String iso3, String name) implements Comparable<Country> {
    private static final Pattern ISO3 = Pattern.compile("[A-Z]{3}");

    public Country {
        Objects.requireNonNull(iso3, "iso3");
        Objects.requireNonNull(name, "name");
        if (!ISO3.matcher(iso3).matches()) {
            throw new IllegalArgumentException("not an ISO3 code: '" + iso3 + "'");
        }
        name = name.strip();
        if (name.isEmpty()) {
            name = iso3;
        }
    }

    public static boolean isIso3(String code) {
        return code != null && ISO3.matcher(code).matches();
    }

    /**
     * The name a chart draws: the common short name from the bundled country list ("United Kingdom", "South
     * Korea"), else UNHCR's name. Tables, tooltips and files keep {@link #name()}, UNHCR's full name.
     */
    public String shortName() {
        return UnhcrCountryList.bundled().shortName(iso3).orElse(name);
    }

    /** Sorts by name, then code, which is how people look for a country in a list. */
    @Override
    public int compareTo(Country other) {
        int byName = name.compareToIgnoreCase(other.name);
        return byName != 0 ? byName : iso3.compareTo(other.iso3);
    }

    @Override
    public String toString() {
        return name + " (" + iso3 + ")";
    }
}
