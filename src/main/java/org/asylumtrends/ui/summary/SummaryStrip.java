package org.asylumtrends.ui.summary;

import java.util.List;
import java.util.OptionalDouble;
import java.util.stream.Collectors;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import org.asylumtrends.data.ChartData;
import org.asylumtrends.data.EraConvention;
import org.asylumtrends.data.EraTotal;
import org.asylumtrends.data.Measure;
import org.asylumtrends.data.RangeAggregation;
import org.asylumtrends.data.YearValue;
import org.asylumtrends.text.Formats;
import org.asylumtrends.text.Messages;

/**
 * The figures for the selection in words: the value over the years, the change from the first to the last
 * year as a ratio and as a percent change (the article confused the two), and the value per era.
 */
public final class SummaryStrip extends HBox {
    /** The smallest first-year figure a ratio is computed from. */
    static final double MIN_BASE = 100;
    private final Label value = new Label();
    private final Label change = new Label();
    private final Label eras = new Label();

    public SummaryStrip(ObservableValue<ChartData> chartData) {
        getStyleClass().add("summary-strip");
        setAlignment(Pos.CENTER_LEFT);
        setSpacing(28);
        value.setId("summaryValue");
        change.setId("summaryChange");
        eras.setId("summaryEras");
        value.getStyleClass().add("summary-value");
        // The figures must never be cut to "1,478,561 summed over 2000..."; the era list wraps instead.
        value.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        change.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        eras.setWrapText(true);
        eras.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(eras, Priority.ALWAYS);
        getChildren().addAll(value, change, eras);
        chartData.addListener((o, a, data) -> show(data));
        if (chartData.getValue() != null) {
            show(chartData.getValue());
        }
    }

    /** The tallest this strip has been at {@link #heightFor} wide: the window's width it was laid out for. */
    private double tallest;
    private double heightFor = -1;

    /**
     * As tall as the longest figures have needed at this width. The era list wraps to a second line for some year
     * ranges (2012–2025 at 1366 px) and not for others, and the strip growing pushed the year slider above it up by
     * 16 px and back while it was dragged: the thumbs jumped away from the pointer. So while only the years change
     * the strip grows when it has to and does not shrink; another width, or another view of the data (origin,
     * measure, side, file, language), starts it afresh.
     */
    @Override
    protected double computePrefHeight(double width) {
        double needed = super.computePrefHeight(width);
        if (getWidth() != heightFor) {
            heightFor = getWidth();
            tallest = 0;
        }
        tallest = Math.max(tallest, needed);
        return tallest;
    }

    /** What the strip says apart from the years: when it changes, the strip may shrink again. */
    private record View(Object metadata, Object origin, Measure measure, RangeAggregation aggregation,
                        Object available, boolean asylumView, java.util.Locale locale) {
        static View of(ChartData d) {
            return new View(d.metadata(), d.origin(), d.measure(), d.aggregation(), d.available(), d.asylumView(),
                    org.asylumtrends.text.AppLocale.current());
        }
    }

    private View shownView;

    private void show(ChartData data) {
        if (data == null) {
            return;
        }
        View view = View.of(data);
        if (!view.equals(shownView)) {
            shownView = view;
            tallest = 0;
        }
        value.setText(valueText(data));
        change.setText(changeText(data));
        eras.setText(erasText(data));
    }

    /** The figure over the years; beside other lines it names the country it is for ("China: 180,960 at …"). */
    static String valueText(ChartData data) {
        String text = figureText(data);
        return data.isComparison()
                ? Messages.format("summary.value.of", Messages.countryShortName(data.origin()), text) : text;
    }

    private static String figureText(ChartData data) {
        OptionalDouble v = data.rangeValue();
        String figure = v.isPresent() ? Formats.value(data.measure(), v.getAsDouble()) : "\u2014";
        boolean preliminary = data.firstHasPreliminary(); // keys written out whole: MessagesTest finds them
        if (data.measure().isStock() && data.aggregation() == RangeAggregation.LAST_YEAR) {
            return Messages.format(preliminary ? "summary.value.lastYear.preliminary"
                    : "summary.value.lastYear", figure, data.selected().to());
        }
        if (data.measure().isStock()) {
            return Messages.format(preliminary ? "summary.value.sum.preliminary"
                    : "summary.value.sum", figure, data.selected().toString());
        }
        return Messages.format(preliminary ? "summary.value.flow.preliminary"
                : "summary.value.flow", figure, data.selected().toString());
    }

    /**
     * The change from the first to the last selected year with a figure. A rate changes by percentage points (a
     * rate going from 40% to 46% is +6 points, not "1.15×"); a count as a ratio and a percent change, except from
     * a base under {@link #MIN_BASE}, where a ratio says more about the base than the change ("83,402×").
     */
    static String changeText(ChartData data) {
        List<YearValue> pts = data.points();
        if (pts.size() < 2) {
            return Messages.get("summary.change.none");
        }
        YearValue first = pts.get(0);
        YearValue last = pts.get(pts.size() - 1);
        String years = Messages.format(last.preliminary() ? "summary.change.years.preliminary" : "summary.change.years",
                first.year(), last.year());
        Measure measure = data.measure();
        if (measure.kind() == Measure.Kind.RATE) {
            double points = Math.round((last.value() - first.value()) * 1000) / 10.0;
            return Messages.format("summary.change.rate", years, Formats.value(measure, first.value()),
                    Formats.value(measure, last.value()), Formats.percentagePoints(points), Math.abs(points));
        }
        if (first.value() < MIN_BASE) {
            return Messages.format("summary.change.smallBase", years, Formats.value(measure, first.value()),
                    first.year(), Formats.value(measure, last.value()), last.year());
        }
        double ratio = last.value() / first.value();
        return Messages.format("summary.change", years, Formats.ratio(ratio), Formats.percentChange(ratio - 1));
    }

    static String erasText(ChartData data) {
        if (data.eraTotals().isEmpty()) {
            // An "in" view has no origin to speak of: its bands are left out on purpose, not missing.
            return Messages.get(data.asylumView() ? "summary.era.asylumView" : "summary.era.none");
        }
        String convention = Messages.get(data.convention() == EraConvention.MAJORITY_OF_YEAR
                ? "summary.convention.majority" : "summary.convention.yearEnd");
        String list = data.eraTotals().stream().map(t -> eraText(data, t)).collect(Collectors.joining(" \u00b7 "));
        return Messages.format("summary.eras", convention) + " " + list;
    }

    private static String eraText(ChartData data, EraTotal t) {
        String figure = t.value().isPresent() ? Formats.value(data.measure(), t.value().getAsDouble()) : "\u2014";
        String years = data.measure().isStock() && data.aggregation() == RangeAggregation.LAST_YEAR
                ? Integer.toString(t.years().to()) : t.years().toString();
        return Messages.format("summary.era", Messages.eraName(t.era()), years, figure);
    }

    public Label valueLabel() {
        return value;
    }

    public Label changeLabel() {
        return change;
    }

    public Label erasLabel() {
        return eras;
    }
}
