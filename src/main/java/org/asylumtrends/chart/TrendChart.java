package org.asylumtrends.chart;

import java.util.ArrayList;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;
import javafx.util.Duration;
import org.asylumtrends.chart.NiceScale;
import org.asylumtrends.data.Measure;
import org.asylumtrends.data.ChartData;
import org.asylumtrends.data.Era;
import org.asylumtrends.data.YearValue;
import org.asylumtrends.text.Formats;
import org.asylumtrends.text.Messages;
import org.asylumtrends.chart.TooltipPool;

/**
 * The measure per year as a line, over era bands. The preliminary year is joined by a dashed segment and has a
 * hollow marker. Animation is off: exports and tests must see the final picture, not a frame of a transition.
 */
public final class TrendChart extends LineChart<Number, Number> {
    private final YearAxis xAxis;
    private final NumberAxis yAxis;
    private final EraOverlay eraOverlay = new EraOverlay();
    private final TooltipPool tooltips = new TooltipPool();
    private final Rectangle hoverLayer = new Rectangle();
    private final Tooltip hoverTip = new Tooltip();
    private ChartData shown;
    private List<Series<Number, Number>> firmSegments = List.of();
    private Series<Number, Number> prelim;
    private final KeyboardReader reader = KeyboardReader.attach(this); // issue 18: read by keyboard and screen reader

    public TrendChart() {
        super(new YearAxis(), new NumberAxis());
        this.xAxis = (YearAxis) getXAxis();
        this.yAxis = (NumberAxis) getYAxis();
        getStyleClass().add("trend-chart");
        setAnimated(false);
        yAxis.setAnimated(false);
        yAxis.setAutoRanging(false); // NiceScale: about five gridlines, whole-number ticks for counts
        yAxis.setMinorTickVisible(false);
        setLegendVisible(false);
        setCreateSymbols(true);
        xAxis.setLabel(Messages.get("trend.axis.year"));
        hoverLayer.getStyleClass().add("trend-hover-layer");
        hoverLayer.setFill(Color.TRANSPARENT);
        hoverLayer.setOnMouseMoved(this::hover);
        hoverLayer.setOnMouseExited(e -> hoverTip.hide());
        hoverTip.setShowDelay(Duration.ZERO);
    }

    /** Shows a selection. Always builds new series and data objects: reusing them leaves the line empty. */
    public void show(ChartData data) {
        this.shown = data;
        setTitle(Messages.format("trend.title", Messages.measureName(data.measure()), Messages.countryName(data.origin()),
                data.selected().toString()));
        yAxis.setLabel(Messages.measureAxis(data.measure()));
        yAxis.setTickLabelFormatter(new AxisLabels(data.measure()));
        xAxis.showYears(data.selected().from(), data.selected().to());

        List<YearValue> points = data.points();
        boolean rate = data.measure().kind() == Measure.Kind.RATE;
        NiceScale scale = NiceScale.of(points.stream().mapToDouble(YearValue::value).max().orElse(0), !rate,
                rate ? 1 : Double.POSITIVE_INFINITY);
        yAxis.setLowerBound(0);
        yAxis.setUpperBound(scale.upper());
        yAxis.setTickUnit(scale.step());

        List<YearValue> confirmed = points.stream().filter(p -> !p.preliminary()).toList();
        List<YearValue> preliminary = new ArrayList<>();
        List<YearValue> firstPreliminary = points.stream().filter(YearValue::preliminary).limit(1).toList();
        boolean joined = !confirmed.isEmpty() && !firstPreliminary.isEmpty()
                && firstPreliminary.get(0).year() == confirmed.get(confirmed.size() - 1).year() + 1;
        if (joined) {
            preliminary.add(confirmed.get(confirmed.size() - 1)); // the dashed segment starts at the last firm year
        }
        points.stream().filter(YearValue::preliminary).forEach(preliminary::add);

        // One series per run of consecutive years: a year with no rows is a gap, not a straight line across it
        // (China's refugees have no rows for 1973-1979; a line from 1972 to 1980 drew a decline that never was).
        firmSegments = new ArrayList<>();
        for (List<YearValue> run : runs(confirmed)) {
            firmSegments.add(series(run));
        }
        List<Series<Number, Number>> all = new ArrayList<>(firmSegments);
        prelim = series(preliminary);
        all.add(prelim);
        getData().setAll(FXCollections.observableArrayList(all));
        prelim.getNode().getStyleClass().add("preliminary-line");
        for (int i = 0; i < prelim.getData().size(); i++) {
            Data<Number, Number> d = prelim.getData().get(i);
            if (i == 0 && joined) {
                d.getNode().setVisible(false); // the firm series already marks this year
            } else {
                d.getNode().getStyleClass().add("preliminary-symbol");
            }
        }
        int tips = 0;
        for (Series<Number, Number> segment : firmSegments) {
            tips = installTooltips(segment, data, false, tips, false);
        }
        installTooltips(prelim, data, true, tips, joined);
        List<Era> visible = data.eras().stream().filter(e -> e.endX(Double.MAX_VALUE) > data.selected().from()
                && e.startX() < data.selected().to() + 1).toList();
        eraOverlay.setEras(visible, data.eras(), getPlotChildren());
        // Above the era bands, below the line: answers the mouse anywhere in the plot with the nearest year.
        getPlotChildren().remove(hoverLayer);
        getPlotChildren().add(eraOverlay.bands().size() * 3, hoverLayer);
        hoverTip.hide();
        reader.show(ChartReading.trendSummary(getTitle(), data), ChartReading.trendItems(this, data));
        requestChartLayout();
    }

    /** Splits points into runs of consecutive years. */
    static List<List<YearValue>> runs(List<YearValue> points) {
        List<List<YearValue>> runs = new ArrayList<>();
        List<YearValue> run = new ArrayList<>();
        for (YearValue p : points) {
            if (!run.isEmpty() && p.year() != run.get(run.size() - 1).year() + 1) {
                runs.add(run);
                run = new ArrayList<>();
            }
            run.add(p);
        }
        if (!run.isEmpty()) {
            runs.add(run);
        }
        return runs;
    }

    private static Series<Number, Number> series(List<YearValue> points) {
        Series<Number, Number> s = new Series<>();
        for (YearValue p : points) {
            s.getData().add(new Data<>(p.year(), p.value()));
        }
        return s;
    }

    /** The year nearest to {@code x} in the plot's coordinates, within the selected years. */
    public int yearAt(double x) {
        int year = (int) Math.round(xAxis.getValueForDisplay(x).doubleValue());
        return Math.max(shown.selected().from(), Math.min(shown.selected().to(), year));
    }

    /** What the tooltip says for a year: its figure and era, or that the year has no figure. */
    public String hoverText(int year) {
        return shown.points().stream().filter(p -> p.year() == year).findFirst()
                .map(p -> tooltipText(shown, year, p.value(), p.preliminary()))
                .orElse(Messages.format("trend.tooltip.gap", year));
    }

    private void hover(MouseEvent e) {
        if (shown == null) {
            return;
        }
        hoverTip.setText(hoverText(yearAt(e.getX())));
        if (!hoverTip.isShowing()) {
            hoverTip.show(hoverLayer, e.getScreenX() + 14, e.getScreenY() + 14);
        } else {
            hoverTip.setAnchorX(e.getScreenX() + 14);
            hoverTip.setAnchorY(e.getScreenY() + 14);
        }
    }

    /** Installs a tooltip on each point, the n-th of the chart's tooltips from {@code first} on; returns the next n. */
    private int installTooltips(Series<Number, Number> series, ChartData data, boolean preliminary, int first,
                                boolean skipFirst) {
        int n = first;
        for (int i = 0; i < series.getData().size(); i++) {
            Data<Number, Number> d = series.getData().get(i);
            if (skipFirst && i == 0) {
                continue;
            }
            Tooltip.install(d.getNode(), tooltips.get(n++,
                    tooltipText(data, d.getXValue().intValue(), d.getYValue().doubleValue(), preliminary)));
        }
        return n;
    }

    /** "2024 / 180,960 / Era: Xi Jinping (2012–)", from the bundle. */
    public static String tooltipText(ChartData data, int year, double value, boolean preliminary) {
        String era = data.eraOf(year).map(e -> Messages.format("trend.tooltip.era", Messages.eraLabel(e)))
                .orElse(Messages.get("trend.tooltip.noEra"));
        return Messages.format(preliminary ? "trend.tooltip.preliminary" : "trend.tooltip", year,
                Formats.value(data.measure(), value), era);
    }

    @Override
    protected void layoutPlotChildren() {
        super.layoutPlotChildren();
        eraOverlay.layout(xAxis, yAxis.getHeight());
        hoverLayer.setX(0);
        hoverLayer.setY(0);
        hoverLayer.setWidth(xAxis.getWidth());
        hoverLayer.setHeight(yAxis.getHeight());
    }

    /** The firm years' series, one per run of consecutive years. */
    public List<Series<Number, Number>> firmSegments() {
        return List.copyOf(firmSegments);
    }

    /** The dashed series of preliminary years (with the last firm year first when they join). */
    public Series<Number, Number> preliminarySeries() {
        return prelim;
    }

    /** The transparent rectangle over the plot that shows the nearest year's figure. */
    public Rectangle hoverLayer() {
        return hoverLayer;
    }

    public Tooltip hoverTooltip() {
        return hoverTip;
    }

    public EraOverlay eraOverlay() {
        return eraOverlay;
    }

    public ChartData shown() {
        return shown;
    }
}
