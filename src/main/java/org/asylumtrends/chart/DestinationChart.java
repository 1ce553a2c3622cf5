package org.asylumtrends.chart;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javafx.collections.FXCollections;
import javafx.geometry.Bounds;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.control.Tooltip;
import javafx.scene.input.ContextMenuEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import org.asylumtrends.chart.NiceScale;
import org.asylumtrends.data.ChartData;
import org.asylumtrends.data.Country;
import org.asylumtrends.data.Destination;
import org.asylumtrends.data.DestinationRanking;
import org.asylumtrends.data.Measure;
import org.asylumtrends.data.RangeAggregation;
import org.asylumtrends.text.Formats;
import org.asylumtrends.text.Messages;
import org.asylumtrends.chart.TooltipPool;

/**
 * Countries of asylum as horizontal bars, largest at the top, "Other" last, with the value written at the end of
 * each bar (inside it when there is no room after it, so that a value is never cut off).
 *
 * <p>JavaFX's {@code CategoryAxis}, left to range itself, keeps the order of the categories it has seen, so a second
 * ranking drawn into the same chart came out in the first one's order. The categories are therefore set by
 * {@link #show} in the model's order for every ranking, and the chart, its bars and labels are reused. Bars are
 * told apart by ISO3 code: the axis' categories are the drawn names, made unique with the code when two countries
 * share one.
 *
 * <p>A country's row can be opened (a double-click, or Enter on it in the keyboard reader) and asks for a menu (a
 * right-click, or the menu key on it); what that does is the window's business ({@link #setOnCountryOpened}).
 */
public final class DestinationChart extends BarChart<Number, String> {
    /** The longest a country's name is drawn on the axis; longer ones end in "…" (the tooltip has it in full). */
    static final double MAX_NAME_WIDTH = 150;
    /** How many of "Other"'s countries its tooltip names. */
    static final int OTHER_NAMED = 15;
    private static final double LABEL_GAP = 4;

    private final ValueScaleAxis valueAxis;
    private final CategoryAxis countryAxis;
    private final TooltipPool tooltips;
    private final List<Row> rows = new ArrayList<>();

    /** Everything the bars are drawn from, to know when a new selection leaves them as they are. */
    private record Drawn(String title, Measure measure, List<Destination> top, java.util.OptionalDouble other,
                         List<Country> otherCountries, java.util.OptionalDouble total, java.util.Locale locale,
                         boolean largeNumberUnits, Font font) {
    }

    private Drawn drawn;
    private final KeyboardReader reader = KeyboardReader.attach(this); // issue 18: read by keyboard and screen reader
    private final List<Text> valueLabels = new ArrayList<>();
    private final List<Rectangle> rowTargets = new ArrayList<>();
    private final List<Data<Number, String>> bars = new ArrayList<>();
    private String axisTitle = "";
    private String axisTitleShort = "";
    private Consumer<String> onCountryOpened = iso3 -> { };
    private BiConsumer<String, ContextMenuEvent> onCountryMenu = (iso3, e) -> { };

    /**
     * One bar as drawn, bottom first.
     *
     * @param iso3  the country's code, empty for "Other"
     * @param label the name on the axis (short, maybe ellipsised, unique)
     * @param name  the full name (UNHCR's), as in the tooltip
     */
    public record Row(String iso3, String label, String name, double value, String tooltip) {
        public boolean isOther() {
            return iso3.isEmpty();
        }
    }

    public DestinationChart() {
        this(new TooltipPool());
    }

    /** A chart whose tooltips come from {@code tooltips}, kept by the pane from one chart to the next. */
    public DestinationChart(TooltipPool tooltips) {
        super(new ValueScaleAxis(), new CategoryAxis());
        this.tooltips = tooltips;
        this.valueAxis = (ValueScaleAxis) getXAxis();
        this.countryAxis = (CategoryAxis) getYAxis();
        getStyleClass().add("destination-chart");
        setAnimated(false);
        valueAxis.setAnimated(false);
        countryAxis.setAnimated(false);
        countryAxis.setAutoRanging(false); // categories set in the model's order by show()
        valueAxis.setAutoRanging(false);
        valueAxis.setMinorTickVisible(false);
        setLegendVisible(false);
        setCategoryGap(6);
        // The reader's items run from the largest bar down, the rows from the bottom up.
        reader.setOnEnter(item -> open(rows.size() - 1 - item));
        setAccessibleHelp(Messages.get("destinations.keyboardHelp"));
        // Found by the row under the pointer, not by the node clicked: a bar added after the row targets lies
        // over them, and the value label or the gap between bars would miss a handler of the bar's own.
        addEventHandler(MouseEvent.MOUSE_CLICKED, e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) {
                open(rowAt(e.getSceneX(), e.getSceneY()));
            }
        });
        addEventHandler(ContextMenuEvent.CONTEXT_MENU_REQUESTED, e -> {
            if (e.isKeyboardTrigger()) {
                if (reader.cursor() >= 0) {
                    menu(rows.size() - 1 - reader.cursor(), e);
                }
            } else {
                menu(rowAt(e.getSceneX(), e.getSceneY()), e);
            }
        });
    }

    /** The row (bottom first) whose band across the plot holds a point of the scene; -1 for none. */
    private int rowAt(double sceneX, double sceneY) {
        for (int i = 0; i < rowTargets.size() && i < rows.size(); i++) {
            Rectangle target = rowTargets.get(i);
            if (target.contains(target.sceneToLocal(sceneX, sceneY))) {
                return i;
            }
        }
        return -1;
    }

    /** Called with a country's ISO3 code when its row is double-clicked or Enter is pressed on it; not for "Other". */
    public void setOnCountryOpened(Consumer<String> action) {
        onCountryOpened = action == null ? iso3 -> { } : action;
    }

    /** Called with a country's ISO3 code and the request when a menu is asked for on its row; not for "Other". */
    public void setOnCountryMenuRequested(BiConsumer<String, ContextMenuEvent> action) {
        onCountryMenu = action == null ? (iso3, e) -> { } : action;
    }

    private void open(int row) {
        if (row >= 0 && row < rows.size() && !rows.get(row).isOther()) {
            onCountryOpened.accept(rows.get(row).iso3());
        }
    }

    private void menu(int row, ContextMenuEvent e) {
        if (row >= 0 && row < rows.size() && !rows.get(row).isOther()) {
            e.consume();
            onCountryMenu.accept(rows.get(row).iso3(), e);
        }
    }

    /**
     * Shows the ranking of a selection, in the same chart as the last one: the bars, labels and row targets are
     * kept and given their new values, names and order (new nodes for every ranking were most of a year-range
     * change's time). The country axis' categories are set here, in the model's order, never left to the axis,
     * which keeps the order of categories it has seen (see the class comment).
     */
    public void show(ChartData data) {
        DestinationRanking ranking = data.ranking();
        Measure measure = data.measure();
        Drawn drawing = new Drawn(title(data), measure, ranking.top(), ranking.other(), ranking.otherCountries(),
                ranking.total(), org.asylumtrends.text.AppLocale.current(),
                org.asylumtrends.text.AppLocale.largeNumberUnits(), countryAxis.getTickLabelFont());
        if (drawing.equals(drawn)) {
            return; // the low thumb moved: the bars of the year's end are the ones drawn, and nothing is laid out
        }
        drawn = null; // until drawn whole: a drawing cut short by an error is not taken for the one on screen
        setTitle(drawing.title());
        axisTitle = Messages.measureAxis(measure);
        axisTitleShort = Messages.measureName(measure);
        valueAxis.setLabel(axisTitle);
        AxisLabels labels = new AxisLabels(measure);

        rows.clear();
        rows.addAll(rowsOf(ranking, measure, countryAxis.getTickLabelFont()));
        double max = rows.stream().mapToDouble(Row::value).max().orElse(0);
        NiceScale scale = NiceScale.of(max, measure.kind() != Measure.Kind.RATE,
                measure.kind() == Measure.Kind.RATE ? 1 : Double.POSITIVE_INFINITY);
        niceScale = scale;
        axisLabels = labels::toString;
        valueAxis.showLinear(scale, axisLabels);
        List<String> categories = rows.stream().map(Row::label).toList();
        if (!countryAxis.getCategories().equals(categories)) {
            // Only when they change: new categories make new text nodes for every label, to be styled again.
            countryAxis.getCategories().setAll(categories);
        }

        if (getData().isEmpty()) {
            getData().add(new Series<>(FXCollections.observableArrayList()));
        }
        javafx.collections.ObservableList<Data<Number, String>> items = getData().get(0).getData();
        // A bar whose country is still shown keeps its node and takes the new value; the others go and the new
        // ones come. A bar is never moved to another category: BarChart finds a bar by the category it was added
        // with, and one moved was drawn with the old one's length and place.
        java.util.Map<String, Data<Number, String>> kept = new java.util.HashMap<>();
        items.forEach(d -> kept.put(d.getYValue(), d));
        List<Data<Number, String>> next = new ArrayList<>();
        List<Data<Number, String>> added = new ArrayList<>();
        for (Row row : rows) {
            Data<Number, String> d = kept.remove(row.label());
            if (d == null) {
                d = new Data<>(row.value(), row.label());
                added.add(d);
            } else if (d.getXValue().doubleValue() != row.value()) {
                d.setXValue(row.value());
            }
            next.add(d);
        }
        items.removeAll(kept.values());
        items.addAll(added);
        if (!added.isEmpty()) {
            // BarChart puts a new bar on top of the plot: the value labels (white inside a long bar) and the row
            // targets go back above the bars, or a new bar hid its own value ("Other (165 countries)" had none).
            valueLabels.forEach(Node::toFront);
            rowTargets.forEach(Node::toFront);
        }
        bars.clear();
        bars.addAll(next);
        List<Data<Number, String>> inRowOrder = next;
        while (valueLabels.size() > rows.size()) {
            getPlotChildren().removeAll(valueLabels.remove(valueLabels.size() - 1),
                    rowTargets.remove(rowTargets.size() - 1));
        }
        for (int i = 0; i < rows.size(); i++) {
            Row row = rows.get(i);
            Node bar = inRowOrder.get(i).getNode();
            if (row.isOther()) {
                if (!bar.getStyleClass().contains("other-bar")) {
                    bar.getStyleClass().add("other-bar");
                }
            } else {
                bar.getStyleClass().remove("other-bar");
            }
            Tooltip tip = tooltips.get(i, row.tooltip());
            tip.setWrapText(true);
            tip.setMaxWidth(420);
            Tooltip.install(bar, tip);
            if (i >= valueLabels.size()) {
                // The whole row answers the mouse, not just the bar: a bar of 1 px could not be hovered.
                Rectangle target = new Rectangle();
                target.getStyleClass().add("bar-row-target");
                target.setFill(javafx.scene.paint.Color.TRANSPARENT);
                rowTargets.add(target);
                Text label = new Text();
                label.getStyleClass().add("bar-value-label");
                label.setTextOrigin(VPos.CENTER);
                label.setMouseTransparent(true);
                valueLabels.add(label);
                getPlotChildren().addAll(label, target);
            }
            Tooltip.install(rowTargets.get(i), tip);
            valueLabels.get(i).setText(Formats.value(measure, row.value()));
        }
        reader.show(ChartReading.destinationSummary(getTitle(), rows, data), ChartReading.destinationItems(this, rows, bars));
        requestChartLayout();
        drawn = drawing;
    }

    /** The rows of a ranking, bottom first: "Other", then the top countries from the smallest. */
    static List<Row> rowsOf(DestinationRanking ranking, Measure measure, Font font) {
        List<Row> out = new ArrayList<>();
        List<Destination> top = ranking.top();
        Set<String> shortNames = new HashSet<>();
        Set<String> clashing = new HashSet<>();
        for (Destination d : top) {
            if (!shortNames.add(Messages.countryShortName(d.country()))) {
                clashing.add(Messages.countryShortName(d.country()));
            }
        }
        Set<String> used = new HashSet<>();
        String otherName = Messages.format("destinations.other", ranking.otherCount());
        if (ranking.other().isPresent()) {
            used.add(otherName);
        }
        List<Row> countries = new ArrayList<>();
        for (Destination d : top) {
            Country c = d.country();
            String suffix = clashing.contains(Messages.countryShortName(c)) ? " (" + c.iso3() + ")" : "";
            String label = fit(Messages.countryShortName(c), suffix, font);
            if (!used.add(label)) { // two names alike once cut: the code tells them apart
                label = fit(Messages.countryShortName(c), " (" + c.iso3() + ")", font);
                used.add(label);
            }
            countries.add(new Row(c.iso3(), label, Messages.countryName(c), d.value(), tooltip(Messages.countryName(c), measure, d.value(), d.share())));
        }
        if (ranking.other().isPresent()) {
            double value = ranking.other().getAsDouble();
            String names = ranking.otherCountries().stream().limit(OTHER_NAMED).map(Messages::countryName)
                    .collect(Collectors.joining(", "));
            if (ranking.otherCount() > OTHER_NAMED) {
                names += ", \u2026";
            }
            String tip = tooltip(otherName, measure, value, ranking.otherShare()) + "\n" + names;
            out.add(new Row("", otherName, otherName, value, tip));
        }
        for (int i = countries.size() - 1; i >= 0; i--) { // the first category is drawn at the bottom
            out.add(countries.get(i));
        }
        return out;
    }

    /** {@code name + suffix}, with the name cut and ended in "…" so that the whole is at most MAX_NAME_WIDTH. */
    static String fit(String name, String suffix, Font font) {
        Text probe = new Text();
        probe.setFont(font);
        probe.setText(name + suffix);
        if (probe.getLayoutBounds().getWidth() <= MAX_NAME_WIDTH) {
            return name + suffix;
        }
        int end = name.length();
        while (end > 1) {
            end--;
            probe.setText(name.substring(0, end).strip() + "\u2026" + suffix);
            if (probe.getLayoutBounds().getWidth() <= MAX_NAME_WIDTH) {
                break;
            }
        }
        return name.substring(0, end).strip() + "\u2026" + suffix;
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
        String origin = Messages.countryName(data.origin());
        boolean preliminary = data.firstHasPreliminary(); // keys written out whole: MessagesTest finds them
        if (data.asylumView()) { // bars of origins in a country of asylum (issue 15)
            if (data.measure().kind() == Measure.Kind.RATE) {
                return Messages.format("destinations.title.in.rate", name, origin, data.selected().toString());
            }
            if (data.measure().isStock() && data.aggregation() == RangeAggregation.LAST_YEAR) {
                return Messages.format("destinations.title.in.lastYear", name, origin, data.selected().to());
            }
            return Messages.format(data.measure().isStock() ? "destinations.title.in.sum" : "destinations.title.in.flow",
                    name, origin, data.selected().toString());
        }
        if (data.measure().kind() == Measure.Kind.RATE) {
            return Messages.format(preliminary ? "destinations.title.rate.preliminary"
                    : "destinations.title.rate", name, origin, data.selected().toString());
        }
        if (data.measure().isStock() && data.aggregation() == RangeAggregation.LAST_YEAR) {
            return Messages.format(preliminary ? "destinations.title.lastYear.preliminary"
                    : "destinations.title.lastYear", name, origin, data.selected().to());
        }
        if (data.measure().isStock()) {
            return Messages.format(preliminary ? "destinations.title.sum.preliminary"
                    : "destinations.title.sum", name, origin, data.selected().toString());
        }
        return Messages.format(preliminary ? "destinations.title.flow.preliminary"
                : "destinations.title.flow", name, origin, data.selected().toString());
    }

    /**
     * The value axis' title in full where it fits, else the measure's short name (the chart's title says what is
     * counted): at 1024 px "Asylum-seekers (claims pending at year end)" was cut to "Asylum-seekers (claims pe…".
     */
    @Override
    protected void layoutChildren() {
        super.layoutChildren();
        fitValueAxis();
    }

    /**
     * Called after the chart's own layout and after every layout of its plot: a new ranking lays out only the plot
     * (XYChart's requestChartLayout), so a title or step chosen in the chart's layout alone stayed as {@link #show}
     * set it, cut ("Asylum-seek…") or crowded, at 1024 px beside the map.
     */
    private void fitValueAxis() {
        if (!(valueAxis.lookup(".axis-label") instanceof javafx.scene.control.Labeled label) || axisTitle.isEmpty()) {
            return;
        }
        // Measured, not read from isTextTruncated(): the label's own layout runs after this one, so its truncation
        // is the last pass's, and a title cut in the final pass stayed cut (seen at 1024x700 under openbox).
        Text probe = new Text(axisTitle);
        probe.setFont(label.getFont());
        String wanted = probe.getLayoutBounds().getWidth() + 12 <= valueAxis.getWidth() ? axisTitle : axisTitleShort;
        if (!wanted.equals(valueAxis.getLabel())) {
            valueAxis.setLabel(wanted); // laid out again with it in the next pass
        }
        thinTicks();
    }

    /** The rounded scale of the last ranking shown: its step is the finest the value axis labels. */
    private NiceScale niceScale;
    private java.util.function.DoubleFunction<String> axisLabels = Double::toString;

    /**
     * Labels every step of the scale where they fit, else every second, third… (a divisor of the intervals, so that
     * the maximum keeps its label): beside the map at 1024 px, "75,000" and "100,000" touched.
     */
    private void thinTicks() {
        if (niceScale == null || valueAxis.getWidth() <= 0) {
            return;
        }
        int intervals = niceScale.intervals();
        Text probe = new Text(axisLabels.apply(niceScale.upper()));
        probe.setFont(valueAxis.getTickLabelFont());
        double needed = probe.getLayoutBounds().getWidth() + 12; // a clear gap, not JavaFX's 3 px before it hides one
        double spacing = valueAxis.getWidth() / Math.max(1, intervals);
        int every = intervals;
        for (int k = 1; k <= intervals; k++) {
            if (intervals % k == 0 && spacing * k >= needed) {
                every = k;
                break;
            }
        }
        NiceScale labelled = new NiceScale(niceScale.upper(), niceScale.step() * every);
        if (!valueAxis.tickValues().equals(labelled.ticks())) {
            valueAxis.showLinear(labelled, axisLabels);
        }
    }

    @Override
    protected void layoutPlotChildren() {
        super.layoutPlotChildren();
        fitValueAxis();
        double plotWidth = valueAxis.getWidth();
        double rowHeight = countryAxis.getCategorySpacing();
        for (int i = 0; i < valueLabels.size() && i < bars.size(); i++) {
            Node bar = bars.get(i).getNode();
            if (bar == null) {
                continue;
            }
            Bounds b = bar.getBoundsInParent();
            double centreY = b.getMinY() + b.getHeight() / 2;
            Text label = valueLabels.get(i);
            label.getStyleClass().remove("inside");
            label.applyCss(); // measured in the font it is drawn in; "inside" is bold, hence wider
            double width = label.getLayoutBounds().getWidth();
            boolean inside = b.getMaxX() + LABEL_GAP + width > plotWidth && b.getWidth() > width + 2 * LABEL_GAP;
            if (inside) {
                label.getStyleClass().add("inside");
                label.applyCss();
                width = label.getLayoutBounds().getWidth();
            }
            label.setX(inside ? b.getMaxX() - LABEL_GAP - width : Math.min(b.getMaxX() + LABEL_GAP, plotWidth - width));
            label.setY(centreY);
            Rectangle target = rowTargets.get(i);
            target.setX(0);
            target.setWidth(Math.max(0, plotWidth));
            target.setY(centreY - rowHeight / 2);
            target.setHeight(rowHeight);
        }
    }

    /** The bars, bottom first ("Other" first when present), for tests and export. */
    public List<Data<Number, String>> bars() {
        return List.copyOf(bars);
    }

    /** What each bar stands for, bottom first, in the order of {@link #bars()}. */
    public List<Row> rows() {
        return List.copyOf(rows);
    }

    public List<Text> valueLabels() {
        return List.copyOf(valueLabels);
    }

    /** The invisible rectangles, one per row across the whole plot, that carry the rows' tooltips. */
    public List<Rectangle> rowTargets() {
        return List.copyOf(rowTargets);
    }
}
