package org.asylumtrends.data.claims;

import java.util.List;
import java.util.Optional;

/**
 * How a claim is checked against the data, as named in the {@code check} column of the claims table. Each kind
 * says how its article figure is written and which parameters it needs.
 */
public enum CheckKind {
    /** The measure in one year ({@code year=2012}); the article figure is a count. */
    YEAR_VALUE("year-value", ArticleFigure.COUNT, true, "year"),
    /** The measure summed over years ({@code years=2012-2024}), also for a stock; the figure is a count. */
    SUM_OVER_YEARS("sum-over-years", ArticleFigure.COUNT, true, "years"),
    /** The change between two years ({@code from=2012;to=2024}); the figure is a percentage such as +1426%. */
    PERCENT_INCREASE("percent-increase", ArticleFigure.PERCENT, true, "from", "to"),
    /** One year (the figure) against the sum over an era ({@code era=Hu Jintao}) under each era convention. */
    YEAR_VS_ERA("year-vs-era", ArticleFigure.YEAR, true, "era"),
    /** Countries of asylum in order; the figure is a space-separated list of ISO3 codes. */
    TOP_DESTINATIONS("top-destinations", ArticleFigure.ISO3_LIST, true, "years"),
    /** A count the article calls applications, against the flow measure of the claim in {@code year}. */
    STOCK_VS_FLOW("stock-vs-flow", ArticleFigure.COUNT, true, "year"),
    /** The start of an era ({@code era=Xi Jinping}) in the era table; the figure is a date (YYYY-MM-DD). */
    ERA_START("era-start", ArticleFigure.DATE, false, "era"),
    /** Whether the year given as the figure is the highest of the measure's series. */
    RECORD_YEAR("record-year", ArticleFigure.YEAR, true),
    /**
     * "Find it": the figure finder says what the figure can be ({@code years=}, {@code origin=}, {@code in=} narrow
     * it; a measure, if given, too). The figure is written as published: 1,158,739, 1.16 million, 1,426 %.
     */
    FIND("find", ArticleFigure.NUMBER, false);

    /** How the {@code article_figure} column is written for a kind. */
    public enum ArticleFigure {
        COUNT, PERCENT, YEAR, DATE, ISO3_LIST, NUMBER
    }

    private final String id;
    private final ArticleFigure figure;
    private final boolean needsMeasure;
    private final List<String> requiredParameters;

    CheckKind(String id, ArticleFigure figure, boolean needsMeasure, String... requiredParameters) {
        this.id = id;
        this.figure = figure;
        this.needsMeasure = needsMeasure;
        this.requiredParameters = List.of(requiredParameters);
    }

    public String id() {
        return id;
    }

    public ArticleFigure figure() {
        return figure;
    }

    public boolean needsMeasure() {
        return needsMeasure;
    }

    public List<String> requiredParameters() {
        return requiredParameters;
    }

    public static Optional<CheckKind> byId(String id) {
        for (CheckKind k : values()) {
            if (k.id.equalsIgnoreCase(id.strip())) {
                return Optional.of(k);
            }
        }
        return Optional.empty();
    }
}
