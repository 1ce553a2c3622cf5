package org.asylumtrends.data.claims;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.asylumtrends.data.Measure;
import org.asylumtrends.data.Vintage;
import org.asylumtrends.data.YearRange;

/**
 * A claim as the claims editor shows it: the claim's words, the figure as the article prints it, a measure or
 * "find it", the years and the release, all as typed. {@link #toClaim()} makes the {@link Claim} the check needs,
 * or says in one sentence what is wrong. A claim of a kind the editor does not spell out (an era date, a ranking)
 * keeps its check and parameters; its words, figure, years and release can still be edited.
 *
 * @param check      the check of a claim read from a table, kept for the kinds the editor does not spell out;
 *                   null for a new claim
 * @param parameters the claim's other parameters (origin, references to other claims), kept as they were
 * @param translations the claim's text in other languages, kept until the text is edited (then they would be stale)
 */
public record ClaimDraft(String id, String text, String figure, String measure, String years, String release,
                         CheckKind check, Map<String, String> parameters, Map<String, String> translations) {
    /** The measure column's value that lets the figure finder say what the figure is. */
    public static final String FIND_IT = "find";
    /** Checks the editor writes from measure and years; any other is kept as read. */
    private static final Set<CheckKind> SPELLED_OUT = EnumSet.of(CheckKind.YEAR_VALUE, CheckKind.SUM_OVER_YEARS,
            CheckKind.PERCENT_INCREASE, CheckKind.FIND);
    private static final Set<String> YEAR_KEYS = Set.of("year", "years", "from", "to");

    public ClaimDraft {
        id = Objects.requireNonNullElse(id, "").strip();
        text = Objects.requireNonNullElse(text, "");
        figure = Objects.requireNonNullElse(figure, "").strip();
        measure = Objects.requireNonNullElse(measure, "").strip();
        years = Objects.requireNonNullElse(years, "").strip();
        release = Objects.requireNonNullElse(release, "").strip();
        parameters = Map.copyOf(Objects.requireNonNullElse(parameters, Map.of()));
        translations = Map.copyOf(Objects.requireNonNullElse(translations, Map.of()));
    }

    /** A new, empty claim to be filled in: "find it" in the latest release. */
    public static ClaimDraft blank(String id) {
        return new ClaimDraft(id, "", "", FIND_IT, "", Vintage.LATEST.release(), null, Map.of(), Map.of());
    }

    public static ClaimDraft of(Claim c) {
        String years = c.parameter("years").or(() -> c.parameter("year"))
                .orElse(c.parameter("from").flatMap(f -> c.parameter("to").map(t -> f + "-" + t)).orElse(""));
        String measure = c.measure() == null ? (c.check() == CheckKind.FIND ? FIND_IT : "") : c.measure().id();
        return new ClaimDraft(c.id(), c.text(), c.articleFigure(), measure, years, c.vintage().release(), c.check(),
                c.parameters(), c.translations());
    }

    public ClaimDraft withText(String v) {
        return new ClaimDraft(id, v, figure, measure, years, release, check, parameters,
                v.equals(text) ? translations : Map.of());
    }

    public ClaimDraft withFigure(String v) {
        return new ClaimDraft(id, text, v, measure, years, release, check, parameters, translations);
    }

    public ClaimDraft withMeasure(String v) {
        return new ClaimDraft(id, text, figure, v, years, release, check, parameters, translations);
    }

    public ClaimDraft withYears(String v) {
        return new ClaimDraft(id, text, figure, measure, v, release, check, parameters, translations);
    }

    public ClaimDraft withRelease(String v) {
        return new ClaimDraft(id, text, figure, measure, years, v, check, parameters, translations);
    }

    /**
     * The claim to check.
     *
     * @throws IllegalArgumentException saying what is wrong: no figure, an unknown measure, years missing
     */
    public Claim toClaim() {
        Vintage vintage = release.isEmpty() ? Vintage.LATEST : Claim.knownRelease(release).orElseThrow(() ->
                new IllegalArgumentException("claim " + id + ": '" + release + "' is not a known release"));
        boolean find = measure.isEmpty() || measure.equalsIgnoreCase(FIND_IT);
        Measure m = find ? null : Measure.byId(measure).orElseThrow(() ->
                new IllegalArgumentException("claim " + id + ": '" + measure + "' is not a known measure (or 'find')"));
        Map<String, String> p = new LinkedHashMap<>(parameters);
        if (check != null && !SPELLED_OUT.contains(check)) {
            if (!years.isEmpty() && p.containsKey("years")) {
                p.put("years", years);
            } else if (!years.isEmpty() && p.containsKey("year")) {
                p.put("year", years);
            }
            return new Claim(id, text, figure, check, m, vintage, p, translations);
        }
        p.keySet().removeAll(YEAR_KEYS);
        FigureText.Figure f = FigureText.figure(figure);
        if (f == null) {
            throw new IllegalArgumentException("claim " + id + ": '" + figure + "' is not a figure (e.g. 1,158,739 or 1,426 %)");
        }
        if (find) {
            if (!years.isEmpty()) {
                p.put("years", years);
            }
            return new Claim(id, text, figure, CheckKind.FIND, null, vintage, p, translations);
        }
        if (years.isEmpty()) {
            throw new IllegalArgumentException("claim " + id + ": " + m.id() + " needs its years (2012 or 2012-2024), or"
                    + " choose 'find'");
        }
        YearRange range = Claim.parseYearsText(years);
        if (f.percent()) {
            if (range.from() == range.to()) {
                throw new IllegalArgumentException("claim " + id + ": a change needs two years (2012-2024)");
            }
            p.put("from", Integer.toString(range.from()));
            p.put("to", Integer.toString(range.to()));
            String percent = String.format(Locale.ROOT, "%+.2f", f.value() * 100).replaceAll("\\.?0+$", "") + "%";
            return new Claim(id, text, percent, CheckKind.PERCENT_INCREASE, m, vintage, p, translations);
        }
        String count = Long.toString(Math.round(f.value()));
        if (range.from() == range.to()) {
            p.put("year", Integer.toString(range.from()));
            return new Claim(id, text, count, CheckKind.YEAR_VALUE, m, vintage, p, translations);
        }
        p.put("years", range.from() + "-" + range.to());
        return new Claim(id, text, count, CheckKind.SUM_OVER_YEARS, m, vintage, p, translations);
    }
}
