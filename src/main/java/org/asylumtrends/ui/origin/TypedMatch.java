package org.asylumtrends.ui.origin;

import java.util.Comparator;
import java.util.Locale;
import org.asylumtrends.data.Country;

/**
 * How well a country answers what was typed into a search box, best first: its ISO3 code, then a name that starts
 * with the text, then one with a word that does, then any other. The box filters on "contains", in list order, and
 * Enter takes the first: "Rus" took Belarus, Brunei Darussalam and Cyprus before the Russian Federation.
 */
final class TypedMatch {
    private TypedMatch() {
    }

    /** 0 (the code) to 3 (anything else); the names are UNHCR's and the bundled short ones ("Russia"). */
    static int rank(Country c, String typed) {
        String t = typed.strip().toLowerCase(Locale.ROOT);
        if (t.isEmpty()) {
            return 3;
        }
        if (c.iso3().equalsIgnoreCase(t)) {
            return 0;
        }
        int best = 3;
        for (String name : new String[] {c.name(), c.shortName()}) {
            String n = name.toLowerCase(Locale.ROOT);
            if (n.startsWith(t)) {
                return 1;
            }
            if (wordsStart(n, t)) {
                best = 2;
            }
        }
        return best;
    }

    /** Orders countries by {@link #rank}, keeping the list's own order among equals (a stable sort). */
    static Comparator<Country> byRank(String typed) {
        return Comparator.comparingInt(c -> rank(c, typed));
    }

    /** Whether every typed word starts a word of the name ("kor rep" in "Korea, Republic of"). */
    private static boolean wordsStart(String name, String typed) {
        String[] words = name.split("[^\\p{L}\\p{N}]+");
        for (String part : typed.split("\\s+")) {
            boolean found = false;
            for (String w : words) {
                if (w.startsWith(part)) {
                    found = true;
                    break;
                }
            }
            if (!found) {
                return false;
            }
        }
        return true;
    }
}
