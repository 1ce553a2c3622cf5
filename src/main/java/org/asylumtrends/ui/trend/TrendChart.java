package org.asylumtrends.ui.trend;

import java.util.ArrayList;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Tooltip;
import org.asylumtrends.data.ChartData;
import org.asylumtrends.data.Era;
import org.asylumtrends.data.YearValue;
import org.asylumtrends.ui.Formats;
import org.asylumtrends.ui.Messages;
import org.asylumtrends.ui.TooltipPool;

/**
 * The measure per year as a line, over era bands. The preliminary year is joined by a dashed segment and has a
 * hollow marker. Animation is off: exports and tests must see the final picture, not a frame of a transition.
 */
public final class TrendChart extends LineChart<Number, Number> {
    private final YearAxis xAxis;
    private final NumberAxis yAxis;
    private final EraOverlay eraOverlay = new EraOverlay();
    private final TooltipPool tooltips = new TooltipPool();
    private ChartData shown;

    public TrendChart() {
        super(new YearAxis(), new NumberAxis());
        this.xAxis = (YearAxis) getXAxis();
        this.yAxis = (NumberAxis) getYAxis();
        getStyleClass().add("trend-chart");
        setAnimated(false);
        yAxis.setAnimated(false);
        yAxis.setForceZeroInRange(true);
        yAxis.setMinorTickVisible(false);
        setLegendVisible(false);
        setCreateSymbols(true);
        xAxis.setLabel(Messages.get("trend.axis.year"));
    }

    /** Shows a selection. Always builds new series and data objects: reusing them leaves the line empty. */
    public void show(ChartData data) {
        this.shown = data;
        setTitle(Messages.format("trend.title", Messages.measureName(data.measure()), data.origin().name(),
                data.selected().toString()));
        yAxis.setLabel(Messages.measureAxis(data.measure()));
        yAxis.setTickLabelFormatter(Formats.axisLabels(data.measure()));
        xAxis.showYears(data.selected().from(), data.selected().to());

        List<YearValue> points = data.points();
        List<YearValue> confirmed = points.stream().filter(p -> !p.preliminary()).toList();
        List<YearValue> preliminary = new ArrayList<>();
        if (!confirmed.isEmpty() && confirmed.size() < points.size()) {
            preliminary.add(confirmed.get(confirmed.size() - 1)); // the dashed segment starts at the last firm year
        }
        points.stream().filter(YearValue::preliminary).forEach(preliminary::add);

        Series<Number, Number> firm = series(confirmed);
        Series<Number, Number> prelim = series(preliminary);
        getData().setAll(FXCollections.observableArrayList(List.of(firm, prelim)));
        prelim.getNode().getStyleClass().add("preliminary-line");
        for (int i = 0; i < prelim.getData().size(); i++) {
            Data<Number, Number> d = prelim.getData().get(i);
            if (i == 0 && !confirmed.isEmpty()) {
                d.getNode().setVisible(false); // the firm series already marks this year
            } else {
                d.getNode().getStyleClass().add("preliminary-symbol");
            }
        }
        int tips = installTooltips(firm, data, false, 0);
        installTooltips(prelim, data, true, tips);
        List<Era> visible = data.eras().stream().filter(e -> e.endX(Double.MAX_VALUE) > data.selected().from()
                && e.startX() < data.selected().to() + 1).toList();
        eraOverlay.setEras(visible, data.eras(), getPlotChildren());
        requestChartLayout();
    }

    private static Series<Number, Number> series(List<YearValue> points) {
        Series<Number, Number> s = new Series<>();
        for (YearValue p : points) {
            s.getData().add(new Data<>(p.year(), p.value()));
        }
        return s;
    }

    /** Installs a tooltip on each point, the n-th of the chart's tooltips from {@code first} on; returns the next n. */
    private int installTooltips(Series<Number, Number> series, ChartData data, boolean preliminary, int first) {
        int n = first;
        for (int i = 0; i < series.getData().size(); i++) {
            Data<Number, Number> d = series.getData().get(i);
            if (preliminary && i == 0 && !d.getNode().getStyleClass().contains("preliminary-symbol")) {
                continue;
            }
            Tooltip.install(d.getNode(), tooltips.get(n++,
                    tooltipText(data, d.getXValue().intValue(), d.getYValue().doubleValue(), preliminary)));
        }
        return n;
    }

    /** "2024 / 180,960 / Era: Xi Jinping (2012–)", from the bundle. */
    public static String tooltipText(ChartData data, int year, double value, boolean preliminary) {
        String era = data.eraOf(year).map(e -> Messages.format("trend.tooltip.era", e.label()))
                .orElse(Messages.get("trend.tooltip.noEra"));
        return Messages.format(preliminary ? "trend.tooltip.preliminary" : "trend.tooltip", year,
                Formats.value(data.measure(), value), era);
    }

    @Override
    protected void layoutPlotChildren() {
        super.layoutPlotChildren();
        eraOverlay.layout(xAxis, yAxis.getHeight());
    }

    public EraOverlay eraOverlay() {
        return eraOverlay;
    }

    public ChartData shown() {
        return shown;
    }
}
