package org.asylumtrends.export;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.asylumtrends.data.ChartData;
import org.asylumtrends.data.Editorial;
import org.asylumtrends.data.Measure;
import org.asylumtrends.data.RangeAggregation;
import org.asylumtrends.text.Messages;
import org.asylumtrends.text.ScaleText;

/**
 * The words of one figure, as drawn in the window and in every export: the author's title, subtitle, notes and
 * byline where written, else defaults in plain language generated from the data; then the notes the app adds
 * itself (a preliminary figure, stocks summed over years) and the source line. The author can change the first
 * four, never the last two: a figure always says where its numbers come from and what they cannot tell.
 *
 * @param notes          the author's notes, one a line (empty if none)
 * @param automaticNotes the app's own notes, which no edit removes
 * @param source         "Source: UNHCR … (release 2025.12.1), CC BY 4.0"
 */
public record FigureTexts(String title, String subtitle, List<String> notes, String byline,
                          List<String> automaticNotes, String source, String altText) {
    public FigureTexts {
        notes = List.copyOf(notes);
        automaticNotes = List.copyOf(automaticNotes);
    }

    /** The texts of a figure of {@code content} showing {@code data}, with what {@code editorial} says. */
    public static FigureTexts of(ChartData data, FigureContent content, Editorial editorial) {
        Objects.requireNonNull(editorial, "editorial");
        String title = editorial.title().isBlank() ? defaultTitle(data) : editorial.title();
        String subtitle = editorial.subtitle().isBlank() ? defaultSubtitle(data, content) : editorial.subtitle();
        List<String> notes = editorial.notes().lines().filter(l -> !l.isBlank()).toList();
        String alt = editorial.altText().isBlank() ? AltText.of(data) : editorial.altText();
        return new FigureTexts(title, subtitle, notes, editorial.byline().strip(), automaticNotes(data, content),
                Messages.format("export.source", Messages.credit(data.metadata())), alt);
    }

    /** The generated texts, with nothing the author wrote. */
    public static FigureTexts generated(ChartData data, FigureContent content) {
        return of(data, content, Editorial.NONE);
    }

    /**
     * A panel's own title beside others: "By country of asylum, end of 2024", with whose figures they are when
     * lines are compared ("… (China)") and that a year is preliminary, as the window's titles say ("end of 2025"
     * lost its "(preliminary)" in the export): "(China, preliminary)" for one year's figures, "(China; includes
     * preliminary figures)" for a sum or a flow over the years.
     */
    static String panelTitle(ChartData data, String title) {
        boolean oneYear = data.measure().isStock() && data.aggregation() == RangeAggregation.LAST_YEAR;
        boolean compared = data.isComparison();
        String country = Messages.countryName(data.origin());
        if (!data.firstHasPreliminary()) {
            return compared ? Messages.format("export.panel.ofCountry", title, country) : title;
        }
        if (oneYear) {
            return compared ? Messages.format("export.panel.ofCountry.preliminary", title, country)
                    : Messages.format("export.panel.preliminary", title);
        }
        return compared ? Messages.format("export.panel.ofCountry.includesPreliminary", title, country)
                : Messages.format("export.panel.includesPreliminary", title);
    }

    /** "People from China with asylum claims still pending at the end of each year". */
    public static String defaultTitle(ChartData data) {
        if (data.asylumView() || data.lines().lines().size() > 1) {
            // A comparison or a view "in" a country: the chart's own title says what is listed and where.
            return org.asylumtrends.chart.TrendChart.title(data);
        }
        String origin = Messages.countryShortName(data.origin()); // in the reader's language
        return switch (data.measure()) {
            case ASYLUM_SEEKERS -> Messages.format("figure.title.asylum-seekers", origin);
            case REFUGEES -> Messages.format("figure.title.refugees", origin);
            case APPLICATIONS_NEW -> Messages.format("figure.title.applications-new", origin);
            case APPLICATIONS_ALL -> Messages.format("figure.title.applications-all", origin);
            case DECISIONS_TOTAL -> Messages.format("figure.title.decisions-total", origin);
            case RECOGNIZED -> Messages.format("figure.title.recognized", origin);
            case COMPLEMENTARY_PROTECTION -> Messages.format("figure.title.complementary-protection", origin);
            case REJECTED -> Messages.format("figure.title.rejected", origin);
            case OTHERWISE_CLOSED -> Messages.format("figure.title.otherwise-closed", origin);
            case RECOGNITION_RATE -> Messages.format("figure.title.recognition-rate", origin);
        };
    }

    /** The years, and what the bars count over them: "2012–2024. Countries of asylum: at the end of 2024". */
    public static String defaultSubtitle(ChartData data, FigureContent content) {
        String plain = plainSubtitle(data, content);
        if (data.scale() == org.asylumtrends.data.Scale.LINEAR) {
            return plain;
        }
        // Any scale but the plain counts is named, so an index or a rate is never read as a count; beside a panel
        // that shows the figures as they are (the bars), it says which panels take it: "…at the end of 2024.
        // Asylum-seekers per 100,000 population" read as if the bars were rates.
        List<FigurePanel> scaled = content.panels().stream().filter(p -> p.takesScale(data.scale())).toList();
        if (scaled.isEmpty()) {
            return plain;
        }
        String scale = ScaleText.axisTitle(data.measure(), data.scale(), data.selected().from());
        if (scaled.size() == content.panels().size()) {
            return Messages.format("figure.subtitle.scale", plain, scale);
        }
        boolean lines = scaled.stream().anyMatch(TrendPanel.class::isInstance);
        boolean map = scaled.stream().anyMatch(MapPanel.class::isInstance);
        String key = lines && map ? "figure.subtitle.scale.linesAndMap"
                : map ? "figure.subtitle.scale.map" : "figure.subtitle.scale.lines";
        return Messages.format(key, plain, scale);
    }

    private static String plainSubtitle(ChartData data, FigureContent content) {
        String years = data.selected().toString();
        if (data.asylumView()) {
            return Messages.format("figure.subtitle.years", years);
        }
        if (!content.aggregatesYears()) {
            return Messages.format("figure.subtitle.years", years);
        }
        Measure m = data.measure();
        if (m.kind() == Measure.Kind.RATE) {
            return Messages.format("figure.subtitle.rate", years);
        }
        if (!m.isStock()) {
            return Messages.format("figure.subtitle.flow", years);
        }
        if (data.aggregation() == RangeAggregation.SUM_OVER_YEARS) {
            return Messages.format("figure.subtitle.sum", years);
        }
        return Messages.format("figure.subtitle.lastYear", years, data.selected().to());
    }

    /** What the app always says: that a figure is preliminary, that summed stocks count people more than once. */
    static List<String> automaticNotes(ChartData data, FigureContent content) {
        List<String> notes = new ArrayList<>();
        if (data.measure().isStock() && data.aggregation() == RangeAggregation.SUM_OVER_YEARS
                && content.aggregatesYears()) {
            notes.add(Messages.get("figure.note.summedStocks"));
        }
        ScaleText.note(data).ifPresent(notes::add);
        if (data.hasPreliminary()) {
            String note = Messages.preliminaryNote(data.metadata());
            // The trend's note explains the dashed segment; the bars have no such marking, the note itself suffices.
            // Only where a hollow marker is drawn: a line per 100,000 has no 2025 point to point at.
            notes.add(content.marksPreliminary() && data.drawsPreliminary()
                    ? Messages.format("trend.preliminaryNote", note) : note);
        }
        return notes;
    }

    /** The text for a file's metadata: the alt text, then the source. */
    public String description() {
        return altText + " " + source;
    }
}
