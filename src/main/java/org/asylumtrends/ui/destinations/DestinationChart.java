package org.asylumtrends.ui.destinations;

import java.util.ArrayList;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.control.Tooltip;
import javafx.scene.text.Text;
import org.asylumtrends.data.ChartData;
import org.asylumtrends.data.Destination;
import org.asylumtrends.data.DestinationRanking;
import org.asylumtrends.data.Measure;
import org.asylumtrends.data.RangeAggregation;
import org.asylumtrends.ui.Formats;
import org.asylumtrends.ui.Messages;
import org.asylumtrends.ui.TooltipPool;

/**
 * Countries of asylum as horizontal bars (UNHCR's names are long), largest at the top, "Other" last, with the
 * value written at the end of each bar.
 */
public final class DestinationChart extends BarChart<Number, String> {
    private final NumberAxis valueAxis;
    private final CategoryAxis countryAxis;
    private final List<Text> valueLabels = new ArrayList<>();
    private final List<Data<Number, String>> bars = new ArrayList<>();
    private final TooltipPool tooltips = new TooltipPool();

    public DestinationChart() {
        super(new NumberAxis(), new CategoryAxis());
        this.valueAxis = (NumberAxis) getXAxis();
        this.countryAxis = (CategoryAxis) getYAxis();
        getStyleClass().add("destination-chart");
        setAnimated(false);
        valueAxis.setAnimated(false);
        countryAxis.setAnimated(false);
        // Auto-ranging: the axis takes its categories from the new series each time. With fixed categories
        // replaced by hand, JavaFX kept the old tick labels and put other countries' names on the bars.
        countryAxis.setAutoRanging(true);
        valueAxis.setAutoRanging(false);
        valueAxis.setMinorTickVisible(false);
        setLegendVisible(false);
        setCategoryGap(6);
    }

    /** Shows the ranking of a selection, with new data objects each time. */
    public void show(ChartData data) {
        DestinationRanking ranking = data.ranking();
        Measure measure = data.measure();
        setTitle(title(data));
        valueAxis.setLabel(Messages.measureAxis(measure));
        valueAxis.setTickLabelFormatter(Formats.axisLabels(measure));

        List<Data<Number, String>> rows = new ArrayList<>();
        List<String> tips = new ArrayList<>();
        if (ranking.other().isPresent()) {
            String name = Messages.format("destinations.other", ranking.otherCount());
            rows.add(new Data<>(ranking.other().getAsDouble(), name));
            tips.add(tooltip(name, measure, ranking.other().getAsDouble(), ranking.otherShare()));
        }
        List<Destination> top = ranking.top();
        for (int i = top.size() - 1; i >= 0; i--) { // the first category is drawn at the bottom
            Destination d = top.get(i);
            rows.add(new Data<>(d.value(), d.country().name()));
            tips.add(tooltip(d.country().name(), measure, d.value(), d.share()));
        }
        double max = rows.stream().mapToDouble(r -> r.getXValue().doubleValue()).max().orElse(0);
        scaleValueAxis(measure, max);
        getData().clear();
        Series<Number, String> series = new Series<>(FXCollections.observableArrayList(rows));
        getData().setAll(List.of(series));

        getPlotChildren().removeAll(valueLabels);
        valueLabels.clear();
        bars.clear();
        bars.addAll(rows);
        for (int i = 0; i < rows.size(); i++) {
            Data<Number, String> row = rows.get(i);
            Node bar = row.getNode();
            if (ranking.other().isPresent() && i == 0) {
                bar.getStyleClass().add("other-bar");
            }
            Tooltip.install(bar, tooltips.get(i, tips.get(i)));
            Text label = new Text(Formats.value(measure, row.getXValue().doubleValue()));
            label.getStyleClass().add("bar-value-label");
            label.setTextOrigin(javafx.geometry.VPos.CENTER);
            label.setMouseTransparent(true);
            valueLabels.add(label);
        }
        getPlotChildren().addAll(valueLabels);
        requestChartLayout();
    }

    /** Leaves room right of the longest bar for its label, on a round number. */
    private void scaleValueAxis(Measure measure, double max) {
        if (measure.kind() == Measure.Kind.RATE) {
            valueAxis.setLowerBound(0); // a rate runs from 0% to 100%, with room for the label of a 100% bar
            valueAxis.setUpperBound(1.12);
            valueAxis.setTickUnit(0.2);
            return;
        }
        double upper = Math.max(1, max * 1.22);
        double unit = niceUnit(upper / 5);
        valueAxis.setLowerBound(0);
        valueAxis.setUpperBound(Math.ceil(upper / unit) * unit);
        valueAxis.setTickUnit(unit);
    }

    static double niceUnit(double raw) {
        double magnitude = Math.pow(10, Math.floor(Math.log10(raw)));
        for (double step : new double[] {1, 2, 2.5, 5, 10}) {
            if (step * magnitude >= raw) {
                return step * magnitude;
            }
        }
        return 10 * magnitude;
    }

    private static String tooltip(String name, Measure measure, double value, double share) {
        if (Double.isNaN(share)) {
            return Messages.format("destinations.tooltip.rate", name, Formats.value(measure, value));
        }
        return Messages.format("destinations.tooltip", name, Formats.value(measure, value), Formats.percent(share, 1));
    }

    /** Says exactly what the bars show: a stock in one year, a stock summed over years, or a flow over years. */
    public static String title(ChartData data) {
        String name = Messages.measureName(data.measure());
        String origin = data.origin().name();
        String preliminary = data.hasPreliminary() ? ".preliminary" : "";
        if (data.measure().kind() == Measure.Kind.RATE) {
            return Messages.format("destinations.title.rate" + preliminary, name, origin, data.selected().toString());
        }
        if (data.measure().isStock() && data.aggregation() == RangeAggregation.LAST_YEAR) {
            return Messages.format("destinations.title.lastYear" + preliminary, name, origin, data.selected().to());
        }
        if (data.measure().isStock()) {
            return Messages.format("destinations.title.sum" + preliminary, name, origin, data.selected().toString());
        }
        return Messages.format("destinations.title.flow" + preliminary, name, origin, data.selected().toString());
    }

    @Override
    protected void layoutPlotChildren() {
        super.layoutPlotChildren();
        for (int i = 0; i < valueLabels.size() && i < bars.size(); i++) {
            Node bar = bars.get(i).getNode();
            if (bar == null) {
                continue;
            }
            Bounds b = bar.getBoundsInParent();
            Text label = valueLabels.get(i);
            label.setX(b.getMaxX() + 4);
            label.setY(b.getMinY() + b.getHeight() / 2);
        }
    }

    /** The bars, bottom first ("Other" first when present), for tests. */
    public List<Data<Number, String>> bars() {
        return List.copyOf(bars);
    }

    public List<Text> valueLabels() {
        return List.copyOf(valueLabels);
    }
}
