package org.asylumtrends.data.claims;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.asylumtrends.data.Country;
import org.asylumtrends.data.YearRange;

/**
 * Reads a {@link FigureQuery} from a sentence as an article prints it, leniently: "1,158,739 Chinese nationals
 * 2012–2024", "1 158 739", "1.16 million", "1,426 %", "+1426%", "176,239 in mid-2024". Countries are recognised
 * by ISO3 code, by name or short name, or by a word that starts like a name ("Chinese" for China); one preceded by
 * "in" is the country of asylum. Numbers are read as English-language articles write them (comma or space
 * between thousands, point before decimals).
 */
public final class FigureText {
    private static final String YEAR = "(?:19|20)\\d{2}";
    private static final Pattern RANGE = Pattern.compile("(?<![\\d.,])(" + YEAR + ")\\s*(?:-|\u2013|\u2014|to|until|through)\\s*("
            + YEAR + ")(?![\\d.,])", Pattern.CASE_INSENSITIVE);
    private static final Pattern SINGLE_YEAR = Pattern.compile("(?<![\\d.,])(" + YEAR + ")(?![\\d.,%])");
    /** Digits grouped by commas, spaces or narrow spaces (each group three digits), or plain; then decimals. */
    private static final Pattern NUMBER = Pattern.compile(
            "(?<![\\w.,])([+\u2212-]?)(\\d{1,3}(?:[, \u00a0\u202f]\\d{3}(?!\\d))+|\\d+)(\\.\\d+)?"
                    + "(?:\\s*(million|mio|m|thousand|k|billion|bn)\\b)?(\\s*(?:%|per ?cent\\b))?",
            Pattern.CASE_INSENSITIVE);

    private FigureText() {
    }

    /**
     * The query a sentence asks; {@code countries} are the names the data know (origins and countries of asylum).
     *
     * @throws IllegalArgumentException when the sentence has no figure, with a message saying so
     */
    public static FigureQuery parse(String sentence, Collection<Country> countries) {
        String text = sentence.strip();
        Optional<YearRange> years = Optional.empty();
        StringBuilder rest = new StringBuilder(text);
        Matcher range = RANGE.matcher(text);
        if (range.find()) {
            int a = Integer.parseInt(range.group(1));
            int b = Integer.parseInt(range.group(2));
            years = Optional.of(new YearRange(Math.min(a, b), Math.max(a, b)));
            blank(rest, range.start(), range.end());
        }
        Figure figure = figure(rest.toString());
        if (figure == null) {
            throw new IllegalArgumentException("no figure in '" + sentence.strip() + "' (write it as 1,158,739, "
                    + "1.16 million or 1,426 %)");
        }
        blank(rest, figure.start(), figure.end());
        if (years.isEmpty()) {
            List<Integer> single = new ArrayList<>();
            Matcher y = SINGLE_YEAR.matcher(rest);
            while (y.find()) {
                single.add(Integer.parseInt(y.group(1)));
            }
            if (!single.isEmpty()) {
                int lo = single.stream().mapToInt(Integer::intValue).min().orElseThrow();
                int hi = single.stream().mapToInt(Integer::intValue).max().orElseThrow();
                years = Optional.of(new YearRange(lo, hi));
            }
        }
        Optional<String> origin = Optional.empty();
        Optional<String> asylum = Optional.empty();
        String lower = " " + rest.toString().toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ") + " ";
        for (Named found : countriesIn(rest.toString(), lower, countries)) {
            if (found.afterIn() && asylum.isEmpty()) {
                asylum = Optional.of(found.iso3());
            } else if (!found.afterIn() && origin.isEmpty()) {
                origin = Optional.of(found.iso3());
            }
        }
        return new FigureQuery(figure.value(), figure.percent(), figure.precision(), origin, asylum, years);
    }

    /** A number with its unit: "1.16 million" is 1,160,000 give or take 5,000. */
    record Figure(double value, boolean percent, double precision, int start, int end) {
    }

    /** The first number that is not a bare year; a bare year only when nothing else is there. */
    static Figure figure(String text) {
        Matcher m = NUMBER.matcher(text);
        Figure yearLike = null;
        while (m.find()) {
            String digits = m.group(2).replaceAll("[, \u00a0\u202f]", "");
            String decimals = m.group(3) == null ? "" : m.group(3);
            String unit = m.group(4) == null ? "" : m.group(4).toLowerCase(Locale.ROOT);
            boolean percent = m.group(5) != null;
            double multiplier = switch (unit) {
                case "million", "mio", "m" -> 1e6;
                case "thousand", "k" -> 1e3;
                case "billion", "bn" -> 1e9;
                default -> 1;
            };
            int places = decimals.isEmpty() ? 0 : decimals.length() - 1;
            double value = Double.parseDouble(digits + decimals) * multiplier;
            double precision = 0.5 * Math.pow(10, -places) * multiplier;
            if (m.group(1).equals("-") || m.group(1).equals("\u2212")) {
                value = -value;
            }
            if (percent) {
                value /= 100;
                precision /= 100;
            }
            Figure f = new Figure(value, percent, precision, m.start(), m.end());
            boolean bareYear = !percent && unit.isEmpty() && decimals.isEmpty() && digits.equals(m.group(2))
                    && digits.matches(YEAR) && m.group(1).isEmpty();
            if (!bareYear) {
                return f;
            }
            if (yearLike == null) {
                yearLike = f;
            }
        }
        return yearLike;
    }

    private record Named(String iso3, int at, boolean afterIn) {
    }

    /** Countries named in the text, in the order they appear. */
    private static List<Named> countriesIn(String original, String lower, Collection<Country> countries) {
        List<Named> found = new ArrayList<>();
        for (Country c : countries) {
            int at = -1;
            Matcher code = Pattern.compile("\\b" + c.iso3() + "\\b").matcher(original);
            if (code.find()) {
                at = index(lower, original, code.start());
            }
            for (String name : List.of(c.name(), c.shortName())) {
                String n = " " + name.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip() + " ";
                int i = n.isBlank() ? -1 : lower.indexOf(n);
                if (i >= 0 && (at < 0 || i < at)) {
                    at = i + 1;
                }
            }
            if (at < 0) {
                at = demonym(lower, c);
            }
            if (at >= 0) {
                found.add(new Named(c.iso3(), at, lower.substring(0, at).endsWith(" in ")
                        || lower.substring(0, at).endsWith(" in the ")));
            }
        }
        found.sort(java.util.Comparator.comparingInt(Named::at).thenComparing(Named::iso3));
        return found;
    }

    /**
     * Where a word like "Chinese" names the country ("China"): a word of four letters or more that shares all but
     * the last two letters of the shorter of the two with the name's first word.
     */
    private static int demonym(String lower, Country c) {
        String first = c.shortName().toLowerCase(Locale.ROOT).split("[^\\p{L}]+")[0];
        if (first.length() < 4) {
            return -1;
        }
        Matcher w = Pattern.compile("\\p{L}{4,}").matcher(lower);
        while (w.find()) {
            String word = w.group();
            int common = 0;
            while (common < Math.min(word.length(), first.length()) && word.charAt(common) == first.charAt(common)) {
                common++;
            }
            if (common >= 4 && common >= Math.min(word.length(), first.length()) - 2) {
                return w.start();
            }
        }
        return -1;
    }

    /** The code's place in the normalised text: near enough for ordering, which is all it is used for. */
    private static int index(String lower, String original, int at) {
        return Math.min(lower.length() - 1, Math.max(0, at + 1));
    }

    private static void blank(StringBuilder sb, int start, int end) {
        for (int i = start; i < end; i++) {
            sb.setCharAt(i, ' ');
        }
    }
}
