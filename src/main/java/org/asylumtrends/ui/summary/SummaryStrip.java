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
import org.asylumtrends.data.RangeAggregation;
import org.asylumtrends.data.YearValue;
import org.asylumtrends.ui.Formats;
import org.asylumtrends.ui.Messages;

/**
 * The figures for the selection in words: the value over the years, the change from the first to the last
 * year as a ratio and as a percent change (the article confused the two), and the value per era.
 */
public final class SummaryStrip extends HBox {
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

    private void show(ChartData data) {
        if (data == null) {
            return;
        }
        value.setText(valueText(data));
        change.setText(changeText(data));
        eras.setText(erasText(data));
    }

    static String valueText(ChartData data) {
        OptionalDouble v = data.rangeValue();
        String figure = v.isPresent() ? Formats.value(data.measure(), v.getAsDouble()) : "\u2014";
        String preliminary = data.hasPreliminary() ? ".preliminary" : "";
        if (data.measure().isStock() && data.aggregation() == RangeAggregation.LAST_YEAR) {
            return Messages.format("summary.value.lastYear" + preliminary, figure, data.selected().to());
        }
        if (data.measure().isStock()) {
            return Messages.format("summary.value.sum" + preliminary, figure, data.selected().toString());
        }
        return Messages.format("summary.value.flow" + preliminary, figure, data.selected().toString());
    }

    static String changeText(ChartData data) {
        OptionalDouble ratio = data.changeRatio();
        if (ratio.isEmpty()) {
            return Messages.get("summary.change.none");
        }
        List<YearValue> pts = data.points();
        return Messages.format("summary.change", pts.get(0).year(), pts.get(pts.size() - 1).year(),
                Formats.ratio(ratio.getAsDouble()), Formats.percentChange(ratio.getAsDouble() - 1));
    }

    static String erasText(ChartData data) {
        if (data.eraTotals().isEmpty()) {
            return Messages.get("summary.era.none");
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
        return Messages.format("summary.era", t.era().name(), years, figure);
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
