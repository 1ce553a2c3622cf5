package org.asylumtrends.data.claims;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.asylumtrends.data.Country;
import org.asylumtrends.data.DataMessage;
import org.asylumtrends.data.InvalidValueException;
import org.asylumtrends.data.Measure;
import org.asylumtrends.data.Selection;
import org.asylumtrends.data.Vintage;
import org.asylumtrends.data.YearRange;

/**
 * One of the article's claims as the claims table states it: the article's figure and how to check it. The
 * data's side is never stored here; {@link ClaimsCheck} computes it from the loaded dataset.
 *
 * @param id            a short name, e.g. {@code 2012}; other claims refer to it
 * @param text          the claim in words, as the article makes it
 * @param articleFigure the article's figure, written as {@link CheckKind#figure()} says (e.g. {@code 12362})
 * @param measure       what to compute, or null for a check that needs none (an era date)
 * @param vintage       the UNHCR release to compute it from
 * @param parameters    the check's parameters, e.g. {@code year=2012}
 */
public record Claim(String id, String text, String articleFigure, CheckKind check, Measure measure, Vintage vintage,
                    Map<String, String> parameters, Map<String, String> translations) {
    /** A claim in English only. */
    public Claim(String id, String text, String articleFigure, CheckKind check, Measure measure, Vintage vintage,
                 Map<String, String> parameters) {
        this(id, text, articleFigure, check, measure, vintage, parameters, Map.of());
    }

    /** The claim in a reader's language (columns {@code claim_zh}, {@code claim_ko}), else in English. */
    public String text(java.util.Locale locale) {
        return translations.getOrDefault(locale.getLanguage(), text);
    }

    /** The origin the article is about, unless a claim says {@code origin=...}. */
    public static final String DEFAULT_ORIGIN = Selection.DEFAULT.origin();

    public Claim {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(articleFigure, "articleFigure");
        Objects.requireNonNull(check, "check");
        vintage = vintage == null ? Vintage.LATEST : vintage;
        parameters = Map.copyOf(parameters);
        translations = translations == null ? Map.of() : Map.copyOf(translations);
        if (id.isBlank()) {
            throw new InvalidValueException(DataMessage.of("input.error.claimNeedsId"));
        }
        if (check.needsMeasure() && measure == null) {
            throw new InvalidValueException(DataMessage.of("input.error.checkNeedsMeasure", check.id()));
        }
        for (String p : check.requiredParameters()) {
            if (!parameters.containsKey(p)) {
                throw new InvalidValueException(DataMessage.of("input.error.checkNeedsParameter", check.id(), p));
            }
        }
        // Fields are not yet assigned in a compact constructor: parse the arguments, not the accessors.
        switch (check.figure()) {
            case COUNT -> count(id, articleFigure);
            case PERCENT -> percent(id, articleFigure);
            case YEAR -> year(id, articleFigure);
            case DATE -> date(id, articleFigure);
            case ISO3_LIST -> iso3List(id, articleFigure);
            case NUMBER -> number(id, articleFigure);
            default -> throw new AssertionError(check.figure());
        }
        for (Map.Entry<String, String> e : parameters.entrySet()) {
            switch (e.getKey()) {
                case "year", "from", "to" -> parseYear(e.getKey(), e.getValue());
                case "years" -> parseYears(e.getKey(), e.getValue());
                case "release", "stock-release", "compare-release" -> parseRelease(e.getKey(), e.getValue());
                case "origin", "in" -> {
                    if (!Country.isIso3(e.getValue().strip().toUpperCase(Locale.ROOT))) {
                        throw new IllegalArgumentException("parameter '" + e.getKey() + "' is not an ISO3 country code: '"
                                + e.getValue() + "'");
                    }
                }
                default -> {
                    // other parameters are names (an era, a claim id, a measure) checked where they are used
                }
            }
        }
    }

    /** Parses {@code key=value;key=value}; blank means none. */
    public static Map<String, String> parseParameters(String text) {
        Map<String, String> map = new LinkedHashMap<>();
        for (String part : text.split(";")) {
            if (part.isBlank()) {
                continue;
            }
            int eq = part.indexOf('=');
            if (eq <= 0) {
                throw new InvalidValueException(DataMessage.of("input.error.parameterNotKeyValue", part.strip()));
            }
            String key = part.substring(0, eq).strip().toLowerCase(Locale.ROOT);
            if (map.put(key, part.substring(eq + 1).strip()) != null) {
                throw new InvalidValueException(DataMessage.of("input.error.parameterTwice", key));
            }
        }
        return map;
    }

    public Optional<String> parameter(String key) {
        return Optional.ofNullable(parameters.get(key));
    }

    public String origin() {
        return parameter("origin").orElse(DEFAULT_ORIGIN);
    }

    public int year(String key) {
        return parseYear(key, required(key));
    }

    /** A range written {@code 2012-2024} (or a single year). */
    public YearRange years(String key) {
        return parseYears(key, required(key));
    }

    /** A release parameter such as {@code compare-release=latest}, if given. */
    public Optional<Vintage> release(String key) {
        return parameter(key).map(v -> parseRelease(key, v));
    }

    /** A count without separators, e.g. {@code 12362}. */
    public long articleCount() {
        return count(id, articleFigure);
    }

    /** A percentage such as {@code +1426%}, as a fraction (14.26). */
    public double articlePercent() {
        return percent(id, articleFigure);
    }

    public int articleYear() {
        return year(id, articleFigure);
    }

    public LocalDate articleDate() {
        return date(id, articleFigure);
    }

    /** ISO3 codes separated by spaces, in the article's order. */
    public List<String> articleIso3() {
        return iso3List(id, articleFigure);
    }

    private static int parseYear(String key, String v) {
        try {
            return Integer.parseInt(v.strip());
        } catch (NumberFormatException e) {
            throw new InvalidValueException(DataMessage.of("input.error.parameterNotYear", key, v));
        }
    }

    private static YearRange parseYears(String key, String v) {
        String[] parts = v.split("[-\u2013]", 2);
        try {
            int from = Integer.parseInt(parts[0].strip());
            int to = parts.length == 1 ? from : Integer.parseInt(parts[1].strip());
            return new YearRange(from, to);
        } catch (NumberFormatException e) {
            throw new InvalidValueException(DataMessage.of("input.error.parameterNotYears", key, v));
        }
    }

    /** Years as a claims table writes them: {@code 2012} or {@code 2012-2024}. */
    static YearRange parseYearsText(String v) {
        return parseYears("years", v);
    }

    private static Vintage parseRelease(String key, String v) {
        return knownRelease(v).orElseThrow(() -> new InvalidValueException(DataMessage.of(
                "input.error.parameterNotRelease", key, v, String.join(" or ", releaseChoices()))));
    }

    /**
     * "latest" or a release the bundled data hold (releases.csv): a claim is made from a published release. A
     * dataset that lacks it checks the claim on its own release ({@code CheckContext#effective}).
     */
    static Optional<Vintage> knownRelease(String v) {
        if (v.isBlank()) {
            return Optional.empty();
        }
        Vintage vintage = Vintage.of(v);
        return vintage.isLatest() || org.asylumtrends.data.DatasetLoader.bundledReleases().stream()
                .anyMatch(r -> r.id().equalsIgnoreCase(vintage.release())) ? Optional.of(vintage) : Optional.empty();
    }

    private static List<String> releaseChoices() {
        List<String> choices = new java.util.ArrayList<>(List.of("latest"));
        org.asylumtrends.data.DatasetLoader.bundledReleases().stream().skip(1).map(org.asylumtrends.data.Release::id)
                .forEach(choices::add);
        return choices;
    }

    private static long count(String id, String figure) {
        try {
            return Long.parseLong(figure.strip());
        } catch (NumberFormatException e) {
            throw badFigure(id, figure, DataMessage.of("input.figure.count"));
        }
    }

    private static double percent(String id, String figure) {
        String v = figure.strip();
        if (!v.matches("[+-]?\\d+(\\.\\d+)?%")) {
            throw badFigure(id, figure, DataMessage.of("input.figure.percent"));
        }
        return Double.parseDouble(v.substring(0, v.length() - 1)) / 100;
    }

    private static FigureText.Figure number(String id, String figure) {
        FigureText.Figure f = FigureText.figure(figure);
        if (f == null) {
            throw badFigure(id, figure, DataMessage.of("input.figure.number"));
        }
        return f;
    }

    /**
     * What the figure finder is asked for a "find it" claim: the figure as published, the claim's origin, and the
     * years ({@code years=}) and country of asylum ({@code in=}) when the claim gives them.
     */
    public FigureQuery articleQuery() {
        FigureText.Figure f = number(id, articleFigure);
        return new FigureQuery(f.value(), f.percent(), f.precision(), java.util.Optional.of(origin()),
                parameter("in").map(s -> s.strip().toUpperCase(Locale.ROOT)), parameter("years").map(v -> years("years")));
    }

    private static int year(String id, String figure) {
        try {
            return Integer.parseInt(figure.strip());
        } catch (NumberFormatException e) {
            throw badFigure(id, figure, DataMessage.of("input.figure.year"));
        }
    }

    private static LocalDate date(String id, String figure) {
        try {
            return LocalDate.parse(figure.strip());
        } catch (DateTimeParseException e) {
            throw badFigure(id, figure, DataMessage.of("input.figure.date"));
        }
    }

    private static List<String> iso3List(String id, String figure) {
        List<String> codes = Arrays.stream(figure.strip().split("[\\s,]+"))
                .filter(s -> !s.isEmpty()).map(s -> s.toUpperCase(Locale.ROOT)).toList();
        if (codes.isEmpty() || !codes.stream().allMatch(Country::isIso3)) {
            throw badFigure(id, figure, DataMessage.of("input.figure.iso3List"));
        }
        return codes;
    }

    private String required(String key) {
        return parameter(key).orElseThrow(() -> new InvalidValueException(DataMessage.of("input.error.missingParameter", key)));
    }

    private static InvalidValueException badFigure(String id, String figure, DataMessage expected) {
        return new InvalidValueException(DataMessage.of("input.error.badArticleFigure", figure, id, expected));
    }
}
