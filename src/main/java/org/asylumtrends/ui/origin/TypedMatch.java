package org.asylumtrends.ui.origin;

import java.text.Normalizer;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.asylumtrends.data.Country;
import org.asylumtrends.text.Messages;

/**
 * Which countries answer what was typed into a country box, best first: its ISO3 code or one of its names typed
 * whole ("uk", "us"), then a name that starts with the text, then one with a word that does, then one that contains
 * it anywhere. Letters match without their
 * accents ("turk" finds Türkiye), and a country is found by every name it goes by here: UNHCR's ("Russian
 * Federation"), the short one the charts draw ("Russia"), the reader's ("俄罗斯"), and an older English one that
 * people still type ("Turkey"). The boxes' own filter (ControlsFX) matched the shown text only, in list order, and
 * Enter took the first: "Rus" took Belarus, and "Turk" could only ever find Turkmenistan.
 */
final class TypedMatch {
    /** The rank of a country that does not answer the text at all. */
    static final int NONE = 4;
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    /**
     * English names UNHCR no longer uses but readers type, by ISO3. Search words only: nothing shows them, so they
     * are not among the window's texts.
     */
    private static final Map<String, List<String>> FORMER_NAMES = Map.ofEntries(
            Map.entry("TUR", List.of("Turkey")),
            Map.entry("MMR", List.of("Burma")),
            Map.entry("CIV", List.of("Ivory Coast")),
            Map.entry("SWZ", List.of("Swaziland")),
            Map.entry("CZE", List.of("Czech Republic")),
            Map.entry("MKD", List.of("Macedonia")),
            Map.entry("CPV", List.of("Cape Verde")),
            Map.entry("TLS", List.of("East Timor")),
            Map.entry("COD", List.of("DR Congo", "DRC")),
            Map.entry("GBR", List.of("UK", "Britain")),
            Map.entry("USA", List.of("US", "United States")),
            // "Korea" is the Republic's name in most writing (the article appeared in a Korean outlet); in a Chinese
            // list 朝鲜 sorts before 韩国 and came first for "Korea".
            Map.entry("KOR", List.of("Korea", "South Korea")),
            Map.entry("PRK", List.of("North Korea")));

    private TypedMatch() {
    }

    /** 0 (the code or a whole name) to 3 (contained anywhere), or {@link #NONE}. */
    static int rank(Country c, String typed) {
        return rank(c, names(c), fold(typed));
    }

    private static int rank(Country c, List<String> names, String t) {
        if (t.isEmpty()) {
            return 3;
        }
        if (c.iso3().equalsIgnoreCase(t) || names.contains(t)) {
            return 0;
        }
        int best = NONE;
        for (String n : names) {
            if (n.startsWith(t)) {
                return 1;
            }
            if (wordsStart(n, t)) {
                best = 2;
            }
        }
        if (best == NONE && containsEveryWord(String.join(" | ", names) + " " + c.iso3().toLowerCase(Locale.ROOT), t)) {
            best = 3;
        }
        return best;
    }

    /** The countries that answer {@code typed}, best first; the list's own order among equals. */
    static List<Country> found(List<Country> countries, String typed) {
        String t = fold(typed);
        // Each country's names folded and ranked once, not once per comparison of the sort: every keystroke.
        java.util.Map<Country, Integer> ranks = new java.util.HashMap<>();
        for (Country c : countries) {
            int r = rank(c, names(c), t);
            if (r < NONE) {
                ranks.put(c, r);
            }
        }
        return countries.stream().filter(ranks::containsKey).sorted(Comparator.comparingInt(ranks::get)).toList();
    }

    /** Orders countries by {@link #rank}, keeping the list's own order among equals (a stable sort). */
    static Comparator<Country> byRank(String typed) {
        return Comparator.comparingInt(c -> rank(c, typed));
    }

    /** Lower case, without accents, in single spaces: "  Türkiye " is "turkiye". */
    static String fold(String text) {
        if (text == null) {
            return "";
        }
        String bare = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("");
        return bare.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    private static List<String> names(Country c) {
        List<String> names = new java.util.ArrayList<>(List.of(c.name(), c.shortName(), Messages.countryName(c),
                Messages.countryShortName(c)));
        names.addAll(FORMER_NAMES.getOrDefault(c.iso3(), List.of()));
        return names.stream().map(TypedMatch::fold).distinct().toList();
    }

    /** Whether every typed word starts a word of the name ("kor rep" in "Korea, Republic of"). */
    private static boolean wordsStart(String name, String typed) {
        String[] words = NOT_WORD.split(name);
        for (String part : typed.split(" ")) {
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

    /** Whether every typed word is somewhere in the text (as the boxes' own filter asked of the shown text). */
    private static boolean containsEveryWord(String text, String typed) {
        for (String part : typed.split(" ")) {
            if (!text.contains(part)) {
                return false;
            }
        }
        return true;
    }
}
