package org.asylumtrends.chart;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.collections.FXCollections;
import javafx.geometry.Side;
import javafx.scene.chart.LineChart;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;
import javafx.util.Duration;
import org.asylumtrends.data.ChartData;
import org.asylumtrends.data.Era;
import org.asylumtrends.data.Measure;
import org.asylumtrends.data.Scale;
import org.asylumtrends.data.ScaledPoint;
import org.asylumtrends.data.TrendLine;
import org.asylumtrends.text.Formats;
import org.asylumtrends.text.Messages;
import org.asylumtrends.text.ScaleText;

/**
 * The measure per year, one line per listed country (up to eight, coloured in the Okabe–Ito order), over the era
 * bands of the first that has them. Each line's preliminary year is joined by a dashed segment and has a hollow
 * marker; with several lines each ends in its country's name, nudged apart so that no two overlap. The value axis
 * is linear, logarithmic, an index or a rate per 100,000 ({@link Scale}), named in its title. Animation is off:
 * exports and tests must see the final picture, not a frame of a transition.
 *
 * <p>Layers of the plot, bottom up: era bands, the hover layer (answers the mouse anywhere), the lines. Another
 * layer (annotations, a keyboard cursor) goes on top with {@link #getPlotChildren()} after {@link #show}.
 */
public final class TrendChart extends LineChart<Number, Number> {
    /** Lines told apart by colour: the Okabe–Ito palette's eight (tokens {@code -at-line-0} to {@code -at-line-7}). */
    public static final int COLOURS = 8;
    /** Lines a title names one by one; more are "China and 3 more" (the key names them all). */
    private static final int NAMED_IN_TITLE = 3;
    private final YearAxis xAxis;
    private final ValueScaleAxis yAxis;
    private final EraOverlay eraOverlay = new EraOverlay();
    private final AnnotationLayer annotationLayer = new AnnotationLayer();
    private final TooltipPool tooltips = new TooltipPool();
    /** The node property under which {@link #install} notes the pooled tooltip a point has. */
    private static final Object INSTALLED_TIP = new Object();
    private final Rectangle hoverLayer = new Rectangle();
    private final Tooltip hoverTip = new Tooltip();
    private final EndLabels endLabels = new EndLabels();
    private ChartData shown;
    private List<DrawnLine> drawn = List.of();

    /**
     * One line as drawn: its firm years (one series per run of consecutive years with a value), its dashed
     * preliminary series (null when it has no preliminary year) and its colour's index.
     */
    public record DrawnLine(TrendLine line, int colour, List<Series<Number, Number>> firm,
                            Series<Number, Number> preliminary) {
        public DrawnLine {
            firm = List.copyOf(firm);
        }

        /** Every series of the line, firm first. */
        public List<Series<Number, Number>> series() {
            List<Series<Number, Number>> all = new ArrayList<>(firm);
            if (preliminary != null) {
                all.add(preliminary);
            }
            return all;
        }
    }
    private final KeyboardReader reader = KeyboardReader.attach(this); // issue 18: read by keyboard and screen reader

    /** The value axis' titles, whole first and ever shorter: a short plot gets the first that fits (never cut). */
    private List<String> axisTitles = List.of("");

    public TrendChart() {
        super(new YearAxis(), new ValueScaleAxis());
        this.xAxis = (YearAxis) getXAxis();
        this.yAxis = (ValueScaleAxis) getYAxis();
        getStyleClass().add("trend-chart");
        setAnimated(false);
        setCreateSymbols(true);
        xAxis.setLabel(Messages.get("trend.axis.year"));
        yAxis.heightProperty().addListener((o, a, h) -> fitAxisTitle());
        // The chart's legend slot, on the right, holds the lines' end labels: the chart then keeps room for them.
        setLegend(endLabels);
        setLegendSide(Side.RIGHT);
        setLegendVisible(false);
        hoverLayer.getStyleClass().add("trend-hover-layer");
        hoverLayer.setFill(Color.TRANSPARENT);
        hoverLayer.setOnMouseMoved(this::hover);
        hoverLayer.setOnMouseExited(e -> hoverTip.hide());
        hoverTip.setShowDelay(Duration.ZERO);
    }

    /** XYChart would put a legend of its own series (every segment) into the slot the end labels use. */
    @Override
    protected void updateLegend() {
    }

    /**
     * Shows a selection. When every line has as many runs of firm years as the series already drawn (and, if it has
     * a preliminary year, a dashed series for it), the same series and points take the new values: moving the
     * year slider then changes numbers, not nodes, and no new node needs styling. Otherwise the series are built
     * anew.
     */
    public void show(ChartData data) {
        this.shown = data;
        setTitle(title(data));
        Measure measure = data.measure();
        Scale scale = data.scale();
        axisTitles = ScaleText.axisTitles(measure, scale, data.selected().from());
        fitAxisTitle();
        showValueRange(data);
        xAxis.showYears(data.selected().from(), data.selected().to());

        List<LineShape> shapes = data.lines().lines().stream().map(LineShape::of).toList();
        List<DrawnLine> lines = fitsDrawn(shapes) ? redraw(shapes) : build(shapes);
        int tips = 0;
        for (DrawnLine line : lines) {
            tips = style(line, data, tips);
        }
        this.drawn = List.copyOf(lines);
        endLabels.show(lines.size() > 1 ? lines : List.of());
        setLegendVisible(lines.size() > 1);
        List<Era> visible = data.eras().stream().filter(e -> e.endX(Double.MAX_VALUE) > data.selected().from()
                && e.startX() < data.selected().to() + 1).toList();
        eraOverlay.setEras(visible, data.eras(), getPlotChildren());
        // Above the era bands, below the lines: answers the mouse anywhere in the plot with the nearest year.
        int hoverAt = eraOverlay.bands().size() * 3;
        if (getPlotChildren().indexOf(hoverLayer) != hoverAt) {
            getPlotChildren().remove(hoverLayer);
            getPlotChildren().add(hoverAt, hoverLayer);
        }
        annotationLayer.raise(getPlotChildren());
        hoverTip.hide();
        reader.show(ChartReading.trendSummary(getTitle(), data), ChartReading.trendItems(this, data));
        requestChartLayout();
    }

    /**
     * "Asylum-seekers from China, 2012–2024"; up to three lines by name ("… from China, Russia and Iran, …"), more
     * as "… from China and 5 more, …"; "… in Rep. of Korea, …".
     */
    public static String title(ChartData data) {
        String measure = Messages.measureName(data.measure());
        int more = data.lines().lines().size() - 1;
        String years = data.selected().toString();
        if (data.isComparison() && data.lines().lines().size() <= NAMED_IN_TITLE) {
            String names = Messages.countryList(data.lines().lines().stream().map(TrendLine::country).toList());
            return data.asylumView() ? Messages.format("trend.title.in", measure, names, years)
                    : Messages.format("trend.title", measure, names, years);
        }
        // One line is named as UNHCR names it; compared ones by the short names of their end labels, as above.
        if (data.asylumView()) {
            return more == 0 ? Messages.format("trend.title.in", measure, Messages.countryName(data.origin()), years)
                    : Messages.format("trend.title.in.compared", measure, Messages.countryShortName(data.origin()), more, years);
        }
        return more == 0 ? Messages.format("trend.title", measure, Messages.countryName(data.origin()), years)
                : Messages.format("trend.title.compared", measure, Messages.countryShortName(data.origin()), more, years);
    }

    /** Linear from 0 to a round maximum (about five gridlines), or log over whole decades with 1-2-5 ticks. */
    private void showValueRange(ChartData data) {
        Measure measure = data.measure();
        Scale scale = data.scale();
        if (scale == Scale.LOG) {
            yAxis.showLog(data.lines().minPositive(), data.lines().max(),
                    v -> Formats.scaledAxis(measure, scale, v));
            return;
        }
        boolean rate = measure.kind() == Measure.Kind.RATE && scale.isCount();
        NiceScale nice = NiceScale.of(data.lines().max(), scale.isCount() && !rate,
                rate ? 1 : Double.POSITIVE_INFINITY);
        yAxis.showLinear(nice, v -> Formats.scaledAxis(measure, scale, v));
    }

    /**
     * What a line needs drawn: its firm years split into runs of consecutive years (a year with no rows, or no value
     * on the scale, is a gap, not a straight line across it: China's refugees have no rows for 1973-1979; a line
     * drew a decline that never was), and its preliminary years, led by the last firm year when they join.
     */
    private record LineShape(TrendLine line, List<List<ScaledPoint>> runs, List<ScaledPoint> preliminary) {
        static LineShape of(TrendLine line) {
            List<ScaledPoint> points = line.drawable();
            List<ScaledPoint> confirmed = points.stream().filter(p -> !p.preliminary()).toList();
            List<ScaledPoint> preliminary = new ArrayList<>();
            Optional<ScaledPoint> firstPreliminary = points.stream().filter(ScaledPoint::preliminary).findFirst();
            boolean joined = !confirmed.isEmpty() && firstPreliminary.isPresent()
                    && firstPreliminary.get().year() == confirmed.get(confirmed.size() - 1).year() + 1;
            if (joined) {
                preliminary.add(confirmed.get(confirmed.size() - 1)); // the dashed segment starts at the last firm year
            }
            points.stream().filter(ScaledPoint::preliminary).forEach(preliminary::add);
            return new LineShape(line, TrendChart.runs(confirmed), preliminary);
        }
    }

    /**
     * The series drawn for each line, in {@link #getData()} order: one per run of firm years, and the dashed one.
     * The dashed series stays (empty) while the preliminary year is out of view, so that bringing it back is a
     * change of points too.
     */
    private record LineSlots(List<Series<Number, Number>> firm, Series<Number, Number> preliminary) {
    }

    private List<LineSlots> slots = List.of();

    private boolean fitsDrawn(List<LineShape> shapes) {
        if (shapes.size() != slots.size()) {
            return false;
        }
        for (int i = 0; i < shapes.size(); i++) {
            LineShape shape = shapes.get(i);
            LineSlots slot = slots.get(i);
            if (shape.runs().size() != slot.firm().size()
                    || !shape.preliminary().isEmpty() && slot.preliminary() == null) {
                return false;
            }
        }
        return true;
    }

    private List<DrawnLine> build(List<LineShape> shapes) {
        List<LineSlots> made = new ArrayList<>();
        List<Series<Number, Number>> all = new ArrayList<>();
        for (LineShape shape : shapes) {
            List<Series<Number, Number>> firm = new ArrayList<>();
            for (List<ScaledPoint> run : shape.runs()) {
                firm.add(series(run));
            }
            Series<Number, Number> preliminary = shape.preliminary().isEmpty() ? null : series(shape.preliminary());
            made.add(new LineSlots(firm, preliminary));
            all.addAll(firm);
            if (preliminary != null) {
                all.add(preliminary);
            }
        }
        getData().setAll(FXCollections.observableArrayList(all));
        slots = List.copyOf(made);
        return drawnLines(shapes);
    }

    private List<DrawnLine> redraw(List<LineShape> shapes) {
        for (int i = 0; i < shapes.size(); i++) {
            LineShape shape = shapes.get(i);
            LineSlots slot = slots.get(i);
            for (int r = 0; r < shape.runs().size(); r++) {
                fill(slot.firm().get(r), shape.runs().get(r));
            }
            if (slot.preliminary() != null) {
                fill(slot.preliminary(), shape.preliminary());
            }
        }
        return drawnLines(shapes);
    }

    private List<DrawnLine> drawnLines(List<LineShape> shapes) {
        List<DrawnLine> lines = new ArrayList<>();
        for (int i = 0; i < shapes.size(); i++) {
            LineSlots slot = slots.get(i);
            lines.add(new DrawnLine(shapes.get(i).line(), i % COLOURS, slot.firm(),
                    shapes.get(i).preliminary().isEmpty() ? null : slot.preliminary()));
        }
        return lines;
    }

    /** Gives a drawn series the points' years and values, keeping its points (and their nodes) where it can. */
    private void fill(Series<Number, Number> series, List<ScaledPoint> points) {
        javafx.collections.ObservableList<Data<Number, Number>> items = series.getData();
        int kept = Math.min(items.size(), points.size());
        for (int i = 0; i < kept; i++) {
            Data<Number, Number> d = items.get(i);
            ScaledPoint p = points.get(i);
            double y = yAxis.toAxis(p.value());
            if (d.getXValue().intValue() != p.year()) {
                d.setXValue(p.year());
            }
            if (d.getYValue().doubleValue() != y) {
                d.setYValue(y);
            }
        }
        if (items.size() > points.size()) {
            items.remove(points.size(), items.size());
        } else if (items.size() < points.size()) {
            List<Data<Number, Number>> added = new ArrayList<>();
            for (ScaledPoint p : points.subList(items.size(), points.size())) {
                added.add(new Data<>(p.year(), yAxis.toAxis(p.value())));
            }
            items.addAll(added);
        }
    }

    /** Colours a drawn line's nodes, marks its preliminary year and gives each point its tooltip. */
    private int style(DrawnLine line, ChartData data, int firstTip) {
        String colour = "line-" + line.colour();
        int n = firstTip;
        for (Series<Number, Number> s : line.firm()) {
            classed(s.getNode(), colour, true);
            for (Data<Number, Number> d : s.getData()) {
                classed(d.getNode(), colour, true);
                n = install(d, line.line(), data, n);
            }
        }
        Series<Number, Number> prelim = line.preliminary();
        if (prelim != null) {
            classed(prelim.getNode(), "preliminary-line", true);
            classed(prelim.getNode(), colour, true);
            boolean joined = !line.firm().isEmpty() && prelim.getData().size() > 1
                    && !line.line().point(prelim.getData().get(0).getXValue().intValue()).orElseThrow().preliminary();
            for (int i = 0; i < prelim.getData().size(); i++) {
                Data<Number, Number> d = prelim.getData().get(i);
                classed(d.getNode(), colour, true);
                boolean marksFirmYear = i == 0 && joined; // the firm series already marks this year
                d.getNode().setVisible(!marksFirmYear);
                classed(d.getNode(), "preliminary-symbol", !marksFirmYear);
                if (!marksFirmYear) {
                    n = install(d, line.line(), data, n);
                } else {
                    Tooltip.uninstall(d.getNode(), null);
                    d.getNode().getProperties().remove(INSTALLED_TIP);
                }
            }
        }
        return n;
    }

    /** Adds or removes a style class once, so that a point kept from the last selection is styled as a new one. */
    private static void classed(javafx.scene.Node node, String styleClass, boolean on) {
        boolean has = node.getStyleClass().contains(styleClass);
        if (on && !has) {
            node.getStyleClass().add(styleClass);
        } else if (!on && has) {
            node.getStyleClass().remove(styleClass);
        }
    }

    /**
     * Gives a point the n-th pooled tooltip. A kept point mostly keeps its tooltip from the last drawing: installing
     * it again looks up its three mouse handlers (JavaFX adds none twice) and writes the node's properties, for every
     * point on every year change.
     */
    private int install(Data<Number, Number> d, TrendLine line, ChartData data, int n) {
        int year = d.getXValue().intValue();
        ScaledPoint p = line.point(year).orElseThrow();
        Tooltip tip = tooltips.get(n, tipTexts.text(data, line, p));
        if (d.getNode().getProperties().get(INSTALLED_TIP) != tip) {
            Tooltip.install(d.getNode(), tip);
            d.getNode().getProperties().put(INSTALLED_TIP, tip);
        }
        return n + 1;
    }

    /**
     * The points' tooltip texts of the last drawing, by everything that decides one: most points keep theirs
     * across a year change, and formatting every point's anew was about 5 % of a year change's time. Only the
     * last drawing's texts are kept, so the map stays as small as the chart.
     */
    private static final class TipTexts {
        private record Key(java.util.Locale locale, boolean units, Measure measure, Scale scale, int indexBase, boolean compared,
                           org.asylumtrends.data.Country country, ScaledPoint point, Optional<Era> era) {
        }

        private java.util.Map<Key, String> last = new java.util.HashMap<>();
        private java.util.Map<Key, String> now = new java.util.HashMap<>();
        private ChartData drawing;

        String text(ChartData data, TrendLine line, ScaledPoint p) {
            if (data != drawing) {
                last = now;
                now = new java.util.HashMap<>();
                drawing = data;
            }
            Key key = new Key(org.asylumtrends.text.AppLocale.current(),
                    org.asylumtrends.text.AppLocale.largeNumberUnits(), data.measure(), data.scale(),
                    data.scale() == Scale.INDEXED ? data.selected().from() : 0, data.lines().lines().size() > 1,
                    line.country(), p, data.eraOf(p.year())); // the locale is in the key: no name looked up per point
            String text = last.get(key);
            if (text == null) {
                text = pointText(data, line, p);
            }
            now.put(key, text);
            return text;
        }
    }

    private final TipTexts tipTexts = new TipTexts();

    /** Shows the author's dated annotations over the line (issue 17). */
    public void setAnnotations(List<org.asylumtrends.data.Annotation> annotations) {
        annotationLayer.setAnnotations(annotations, getPlotChildren());
        requestChartLayout();
    }

    /** Splits points into runs of consecutive years. */
    static List<List<ScaledPoint>> runs(List<ScaledPoint> points) {
        List<List<ScaledPoint>> runs = new ArrayList<>();
        List<ScaledPoint> run = new ArrayList<>();
        for (ScaledPoint p : points) {
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

    private Series<Number, Number> series(List<ScaledPoint> points) {
        Series<Number, Number> s = new Series<>();
        for (ScaledPoint p : points) {
            s.getData().add(new Data<>(p.year(), yAxis.toAxis(p.value())));
        }
        return s;
    }

    /** The year nearest to {@code x} in the plot's coordinates, within the selected years. */
    public int yearAt(double x) {
        int year = (int) Math.round(xAxis.getValueForDisplay(x).doubleValue());
        return Math.max(shown.selected().from(), Math.min(shown.selected().to(), year));
    }

    /**
     * What the hover tooltip says for a year. One line: its figure and era, or that the year has no figure.
     * Several: the year, then every line's value (or why it has none), the era, and the scale.
     */
    public String hoverText(int year) {
        List<TrendLine> lines = shown.lines().lines();
        if (lines.size() == 1) {
            return lines.get(0).point(year).map(p -> pointText(shown, lines.get(0), p))
                    .orElse(Messages.format("trend.tooltip.gap", year));
        }
        List<String> rows = new ArrayList<>();
        boolean preliminary = false;
        for (TrendLine line : lines) {
            Optional<ScaledPoint> p = line.point(year);
            String name = Messages.countryShortName(line.country());
            if (p.isEmpty()) {
                rows.add(Messages.format("trend.tooltip.line.gap", name));
            } else if (!p.get().isDefined()) {
                rows.add(Messages.format("trend.tooltip.line.undefined", name,
                        ScaleText.undefined(p.get().undefined(), shown.selected().from())));
            } else {
                preliminary |= p.get().preliminary();
                rows.add(Messages.format("trend.tooltip.line", name,
                        Formats.scaled(shown.measure(), shown.scale(), p.get().value())));
            }
        }
        StringBuilder text = new StringBuilder(preliminary
                ? Messages.format("trend.tooltip.compared.preliminary", year)
                : Messages.format("trend.tooltip.compared", year));
        rows.forEach(r -> text.append('\n').append(r));
        text.append('\n').append(eraText(shown, year));
        scaleLine(shown).ifPresent(s -> text.append('\n').append(s));
        return text.toString();
    }

    /** A point's tooltip: "2024 / 180,960 / Era: Xi Jinping (2012–)", with the country when lines are compared. */
    static String pointText(ChartData data, TrendLine line, ScaledPoint p) {
        String value = Formats.scaled(data.measure(), data.scale(), p.value());
        if (data.lines().lines().size() > 1) {
            value = Messages.format("trend.tooltip.line", Messages.countryShortName(line.country()), value);
        }
        // Another country's point says no era: the bands are China's, and "Era (China): Hu Jintao" on Russia's
        // 2012 read as Russia's (the hover over the plot, which lists every line, still says China's era).
        boolean othersEra = data.eraCountryAmongOthers().filter(c -> !c.equals(line.country())).isPresent();
        String text = othersEra
                ? Messages.format(p.preliminary() ? "trend.tooltip.compared.preliminary" : "trend.tooltip.compared",
                        p.year()) + "\n" + value
                : Messages.format(p.preliminary() ? "trend.tooltip.preliminary" : "trend.tooltip", p.year(), value,
                        eraText(data, p.year()));
        if (!data.scale().isCount() || data.scale() == Scale.LOG) {
            text += "\n" + scaleDetail(data, line, p);
        }
        return text;
    }

    /** "2024 / 180,960 / Era: Xi Jinping (2012–)", from the bundle: a count on a linear scale. */
    public static String tooltipText(ChartData data, int year, double value, boolean preliminary) {
        return Messages.format(preliminary ? "trend.tooltip.preliminary" : "trend.tooltip", year,
                Formats.value(data.measure(), value), eraText(data, year));
    }

    /** "Era: Xi Jinping (2012–)"; with other lines "Era (China): …", so that Russia's point is not given Xi's. */
    private static String eraText(ChartData data, int year) {
        Optional<String> whose = data.eraCountryAmongOthers().map(Messages::countryShortName);
        return data.eraOf(year).map(e -> whose.isPresent()
                        ? Messages.format("trend.tooltip.era.compared", whose.get(), Messages.eraLabel(e))
                        : Messages.format("trend.tooltip.era", Messages.eraLabel(e)))
                .orElse(Messages.get("trend.tooltip.noEra"));
    }

    /** The scale in words for a tooltip, with what the number is made of: the count, the population. */
    private static String scaleDetail(ChartData data, TrendLine line, ScaledPoint p) {
        String count = Formats.value(data.measure(), p.count());
        return switch (data.scale()) {
            case LINEAR -> "";
            case LOG -> Messages.get("scale.tooltip.log");
            case INDEXED -> Messages.format("scale.tooltip.indexed", data.selected().from(), count);
            case PER_100K -> Messages.format("scale.tooltip.per100k", count,
                    Formats.value(Measure.ASYLUM_SEEKERS, p.count() / p.value() * 100_000));
        };
    }

    private static Optional<String> scaleLine(ChartData data) {
        return switch (data.scale()) {
            case LINEAR -> Optional.empty();
            case LOG -> Optional.of(Messages.get("scale.tooltip.log"));
            case INDEXED -> Optional.of(ScaleText.axisTitle(data.measure(), data.scale(), data.selected().from()));
            case PER_100K -> Optional.of(ScaleText.axisTitle(data.measure(), data.scale(), data.selected().from()));
        };
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

    @Override
    protected void layoutPlotChildren() {
        super.layoutPlotChildren();
        eraOverlay.layout(xAxis, yAxis.getHeight());
        annotationLayer.layout(xAxis, yAxis.getHeight());
        hoverLayer.setX(0);
        hoverLayer.setY(0);
        hoverLayer.setWidth(xAxis.getWidth());
        hoverLayer.setHeight(yAxis.getHeight());
        endLabels.place(yAxis);
    }

    /** The first line's firm series, one per run of consecutive years. */
    public List<Series<Number, Number>> firmSegments() {
        return drawn.isEmpty() ? List.of() : drawn.get(0).firm();
    }

    /** The first line's dashed series of preliminary years (with the last firm year first when they join). */
    public Series<Number, Number> preliminarySeries() {
        return drawn.isEmpty() ? null : drawn.get(0).preliminary();
    }

    /** The lines as drawn, in the listed order. */
    public List<DrawnLine> lines() {
        return drawn;
    }

    /** The labels at the lines' ends (none for a single line), in the listed order. */
    public EndLabels endLabels() {
        return endLabels;
    }

    /** The value axis: linear or log, with the ticks it was given. */
    public ValueScaleAxis valueAxis() {
        return yAxis;
    }

    /** The transparent rectangle over the plot that shows the nearest year's figure. */
    public Rectangle hoverLayer() {
        return hoverLayer;
    }

    public Tooltip hoverTooltip() {
        return hoverTip;
    }

    public AnnotationLayer annotationLayer() {
        return annotationLayer;
    }

    public EraOverlay eraOverlay() {
        return eraOverlay;
    }

    public ChartData shown() {
        return shown;
    }

    /**
     * The value axis' title as long as the axis is tall: at 1024x700 "Asylum-seekers (claims pending at year end)"
     * does not fit beside a short plot, so it loses what is in brackets ("Asylum-seekers"); with eight lines at
     * 1366x768 "Asylum-seekers per 100,000 population" did not fit either and was cut to "…per 100,000 popula…", so
     * it becomes "Asylum-seekers per 100k". The measure and scale selectors and every export still say it whole.
     */
    private void fitAxisTitle() {
        double room = yAxis.getHeight();
        javafx.scene.text.Text probe = new javafx.scene.text.Text();
        javafx.scene.Node label = yAxis.lookup(".axis-label");
        if (label instanceof javafx.scene.control.Labeled l) {
            probe.setFont(l.getFont());
        }
        String title = axisTitles.get(axisTitles.size() - 1);
        for (String candidate : axisTitles) {
            probe.setText(candidate);
            if (room <= 0 || probe.getLayoutBounds().getWidth() + 8 <= room) {
                title = candidate;
                break;
            }
        }
        if (!title.equals(yAxis.getLabel())) {
            yAxis.setLabel(title);
        }
    }
}
