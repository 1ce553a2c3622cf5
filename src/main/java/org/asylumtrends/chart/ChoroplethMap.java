package org.asylumtrends.chart;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.css.PseudoClass;
import javafx.geometry.Bounds;
import javafx.geometry.Pos;
import javafx.scene.Group;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.input.ContextMenuEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Rectangle;
import javafx.scene.shape.SVGPath;
import javafx.scene.transform.Affine;
import javafx.util.Duration;
import org.asylumtrends.data.Country;
import org.asylumtrends.data.CountryCodes;
import org.asylumtrends.data.CountryValues;
import org.asylumtrends.data.Measure;
import org.asylumtrends.data.Scale;
import org.asylumtrends.text.AppLocale;
import org.asylumtrends.text.Formats;
import org.asylumtrends.text.Messages;

/**
 * A choropleth of {@link CountryValues}: every country with a shape coloured by its class ({@link MapClasses}), a
 * legend in the measure's units with a "no data" entry, and under it the countries the map cannot draw (small
 * states without a shape, UNHCR's pseudo-codes) with their figures, so that no figure is silently dropped. Knows no
 * screen and no model: the window and the exporter use it alike.
 *
 * <p>The shapes are made once; {@link #show} only recolours them (pseudo-classes {@code :class-0} … {@code :class-5}
 * and {@code :no-data}, coloured by the theme's tokens), so a drag of the year slider moves no node. Hovering a
 * country gives its name, figure and share; clicking it calls {@link #setOnCountryClicked}, a double-click
 * {@link #setOnCountryOpened} as well, a right-click {@link #setOnCountryMenuRequested}.
 */
public final class ChoroplethMap extends VBox {
    private static final PseudoClass NO_DATA = PseudoClass.getPseudoClass("no-data");
    private static final PseudoClass HIGHLIGHTED = PseudoClass.getPseudoClass("highlighted");
    private static final PseudoClass LISTED = PseudoClass.getPseudoClass("listed");
    private static final List<PseudoClass> CLASSES;

    static {
        List<PseudoClass> list = new ArrayList<>();
        for (int i = 0; i < MapClasses.MOST; i++) {
            list.add(PseudoClass.getPseudoClass("class-" + i));
        }
        CLASSES = List.copyOf(list);
    }

    /** What the map cannot draw: a country without a shape, or a pseudo-code; with its figure. */
    public record Unplaced(Country country, double value) {
    }

    private final Label title = new Label();
    private final MapArea area;
    private final Map<String, SVGPath> shapes = new LinkedHashMap<>();
    /** The country whose figure each shape shows now (by two-letter code); absent: no data. */
    private final Map<String, CountryValues.CountryValue> shown = new HashMap<>();
    private final Label legendTitle = new Label();
    private final List<Label> legendItems = new ArrayList<>();
    private final Label noDataItem = new Label(Messages.get("map.noData"));
    private final Label unplacedLabel = new Label();
    private final List<Unplaced> unplaced = new ArrayList<>();
    private final Tooltip tooltip = new Tooltip();
    private final ReadOnlyStringWrapper hoverText = new ReadOnlyStringWrapper(this, "hoverText", "");
    private CountryValues values;
    private MapClasses classes = new MapClasses(List.of(), true);
    private String highlighted;
    private String listed;
    private boolean listedIsAsylum;
    private Consumer<String> onCountryClicked = iso3 -> { };
    private Consumer<String> onCountryOpened = iso3 -> { };
    private BiConsumer<String, ContextMenuEvent> onCountryMenu = (iso3, e) -> { };

    public ChoroplethMap(WorldShapes world) {
        getStyleClass().add("choropleth-map");
        title.getStyleClass().add("map-title");
        title.setWrapText(true);
        title.setMaxWidth(Double.MAX_VALUE);
        title.setMinHeight(Region.USE_PREF_SIZE);
        title.managedProperty().bind(title.visibleProperty());
        tooltip.setShowDelay(Duration.millis(100));
        tooltip.setWrapText(true);
        tooltip.setMaxWidth(420);
        tooltip.textProperty().bind(hoverText);
        Group group = new Group();
        for (String iso2 : world.codes()) {
            SVGPath path = new SVGPath();
            path.setContent(world.path(iso2));
            path.setId("map-" + iso2);
            path.getStyleClass().add("map-country");
            path.pseudoClassStateChanged(NO_DATA, true);
            path.setOnMouseEntered(e -> hoverText.set(describe(iso2)));
            path.setOnMouseClicked(e -> {
                if (e.getButton() != MouseButton.PRIMARY) {
                    return;
                }
                if (e.getClickCount() == 1) {
                    onCountryClicked.accept(iso3Of(iso2));
                } else if (e.getClickCount() == 2) {
                    onCountryOpened.accept(iso3Of(iso2));
                }
            });
            path.setOnContextMenuRequested(e -> {
                e.consume();
                onCountryMenu.accept(iso3Of(iso2), e);
            });
            Tooltip.install(path, tooltip);
            shapes.put(iso2, path);
            group.getChildren().add(path);
        }
        area = new MapArea(group);
        VBox.setVgrow(area, Priority.ALWAYS);

        FlowPane legend = new FlowPane(10, 2);
        legend.getStyleClass().add("map-legend");
        legend.setAlignment(Pos.CENTER_LEFT);
        legendTitle.getStyleClass().add("map-legend-title");
        legend.getChildren().add(legendTitle);
        for (int i = 0; i < MapClasses.MOST; i++) {
            Label item = new Label("", swatch());
            item.getStyleClass().add("map-legend-item");
            item.managedProperty().bind(item.visibleProperty());
            legendItems.add(item);
            legend.getChildren().add(item);
        }
        Rectangle noData = swatch();
        noData.pseudoClassStateChanged(NO_DATA, true);
        noDataItem.setGraphic(noData);
        noDataItem.getStyleClass().add("map-legend-item");
        legend.getChildren().add(noDataItem);

        unplacedLabel.getStyleClass().addAll("footnote", "map-unplaced");
        unplacedLabel.setWrapText(true);
        unplacedLabel.setMaxWidth(Double.MAX_VALUE);
        unplacedLabel.setMinHeight(Region.USE_PREF_SIZE);
        unplacedLabel.managedProperty().bind(unplacedLabel.visibleProperty());
        unplacedLabel.setVisible(false);
        getChildren().addAll(title, area, legend, unplacedLabel);
    }

    private static Rectangle swatch() {
        Rectangle r = new Rectangle(14, 14);
        r.getStyleClass().add("map-swatch");
        return r;
    }

    /** Recolours the shapes, the legend and the list for new figures; no node is created or removed. */
    public void show(CountryValues next) {
        values = next;
        boolean whole = next.measure().kind() != Measure.Kind.RATE && next.scale() != Scale.PER_100K;
        classes = MapClasses.of(next.values().stream().mapToDouble(CountryValues.CountryValue::value).toArray(),
                next.measure(), whole);
        shown.clear();
        unplaced.clear();
        List<CountryValues.CountryValue> extras = new ArrayList<>();
        for (CountryValues.CountryValue v : next.values()) {
            List<String> codes = CountryCodes.shapesOf(v.country().iso3());
            if (codes.isEmpty() || !shapes.containsKey(codes.get(0))) {
                unplaced.add(new Unplaced(v.country(), v.value()));
                continue;
            }
            shown.put(codes.get(0), v);
            if (codes.size() > 1) {
                extras.add(v);
            }
        }
        // A shape a country's figure covers besides its own (Kosovo, counted with Serbia) unless it has one itself.
        for (CountryValues.CountryValue v : extras) {
            for (String code : CountryCodes.shapesOf(v.country().iso3()).subList(1, 2)) {
                if (shapes.containsKey(code)) {
                    shown.putIfAbsent(code, v);
                }
            }
        }
        shapes.forEach((iso2, path) -> {
            CountryValues.CountryValue v = shown.get(iso2);
            int colour = v == null ? -1 : classes.colourOf(classes.classOf(v.value()));
            for (int i = 0; i < CLASSES.size(); i++) {
                path.pseudoClassStateChanged(CLASSES.get(i), i == colour);
            }
            path.pseudoClassStateChanged(NO_DATA, v == null);
        });
        legendTitle.setText(legendTitle(next));
        for (int i = 0; i < legendItems.size(); i++) {
            Label item = legendItems.get(i);
            item.setVisible(i < classes.count());
            if (i < classes.count()) {
                item.setText(classLabel(i));
                Rectangle swatch = (Rectangle) item.getGraphic();
                int colour = classes.colourOf(i);
                for (int k = 0; k < CLASSES.size(); k++) {
                    swatch.pseudoClassStateChanged(CLASSES.get(k), k == colour);
                }
            }
        }
        unplacedLabel.setText(unplaced.isEmpty() ? "" : Messages.format("map.unplaced", unplaced.stream()
                .map(u -> Messages.format("map.unplaced.item", Messages.countryName(u.country()), valueText(u.value())))
                .collect(Collectors.joining(" \u00b7 "))));
        unplacedLabel.setVisible(!unplaced.isEmpty());
        highlight(highlighted);
        markListed(listed, listedIsAsylum);
    }

    /**
     * Says what the map shows: a stock in one year, a stock summed over years, a flow or a rate over years; of the
     * countries of asylum of an origin, or (an "in" view) of the origins in a country of asylum.
     */
    public static String title(org.asylumtrends.data.ChartData data) {
        String name = Messages.measureName(data.measure());
        String origin = Messages.countryName(data.origin()); // as the bars' title names it, in the reader's language
        String text; // keys written out whole: the key test finds them
        if (data.asylumView()) {
            if (data.measure().kind() == Measure.Kind.RATE) {
                text = Messages.format("map.title.in.rate", name, origin, data.selected().toString());
            } else if (data.measure().isStock()
                    && data.aggregation() == org.asylumtrends.data.RangeAggregation.LAST_YEAR) {
                text = Messages.format("map.title.in.lastYear", name, origin, data.selected().to());
            } else if (data.measure().isStock()) {
                text = Messages.format("map.title.in.sum", name, origin, data.selected().toString());
            } else {
                text = Messages.format("map.title.in.flow", name, origin, data.selected().toString());
            }
        } else if (data.measure().kind() == Measure.Kind.RATE) {
            text = Messages.format("map.title.rate", name, origin, data.selected().toString());
        } else if (data.measure().isStock() && data.aggregation() == org.asylumtrends.data.RangeAggregation.LAST_YEAR) {
            text = Messages.format("map.title.lastYear", name, origin, data.selected().to());
        } else if (data.measure().isStock()) {
            text = Messages.format("map.title.sum", name, origin, data.selected().toString());
        } else {
            text = Messages.format("map.title.flow", name, origin, data.selected().toString());
        }
        return data.firstHasPreliminary() ? Messages.format("map.title.preliminary", text) : text;
    }

    /**
     * Marks the country the view is about (ISO3: the origin of a map of countries of asylum), which has no figure
     * of its own on the map: without the mark, China would read as "no data" on a map of where Chinese went.
     */
    public void markListed(String iso3) {
        markListed(iso3, false);
    }

    /** Marks the country the view is about: an origin, or with {@code asylum} the country of asylum of an "in" view. */
    public void markListed(String iso3, boolean asylum) {
        listed = iso3;
        listedIsAsylum = asylum;
        shapes.forEach((iso2, path) -> path.pseudoClassStateChanged(LISTED, iso3 != null
                && shown.get(iso2) == null && iso3.equals(CountryCodes.iso3(iso2).orElse(null))));
    }

    /** Outlines one country (by ISO3 code), e.g. the one clicked; null for none. */
    public void highlight(String iso3) {
        highlighted = iso3;
        shapes.forEach((iso2, path) -> path.pseudoClassStateChanged(HIGHLIGHTED, iso3 != null
                && iso3.equals(iso3Of(iso2))));
    }

    /** The title over the map; an exported figure hides it (its headline says the same). */
    public Label title() {
        return title;
    }

    public void setTitle(String text) {
        title.setText(text == null ? "" : text);
        title.setVisible(text != null && !text.isEmpty());
    }

    /** Called with the ISO3 code of a country clicked on the map. */
    public void setOnCountryClicked(Consumer<String> action) {
        onCountryClicked = action == null ? iso3 -> { } : action;
    }

    /** Called with the ISO3 code of a country double-clicked on the map (after the click of its first press). */
    public void setOnCountryOpened(Consumer<String> action) {
        onCountryOpened = action == null ? iso3 -> { } : action;
    }

    /** Called with the ISO3 code of a country and the request when a menu is asked for on its shape. */
    public void setOnCountryMenuRequested(BiConsumer<String, ContextMenuEvent> action) {
        onCountryMenu = action == null ? (iso3, e) -> { } : action;
    }

    /** The country a shape stands for now: the one whose figure it shows, else the shape's own. */
    private String iso3Of(String iso2) {
        CountryValues.CountryValue v = shown.get(iso2);
        return v != null ? v.country().iso3() : CountryCodes.iso3(iso2).orElse(iso2);
    }

    /** The tooltip of a shape: name, figure and share, or "no data". */
    String describe(String iso2) {
        CountryValues.CountryValue v = shown.get(iso2);
        if (v == null) {
            String name = Locale.of("", iso2).getDisplayCountry(AppLocale.current());
            boolean isListed = listed != null && listed.equals(CountryCodes.iso3(iso2).orElse(null));
            String key = !isListed ? "map.tooltip.noData" : listedIsAsylum ? "map.tooltip.listed.in" : "map.tooltip.listed";
            return Messages.format(key, name.isEmpty() ? iso2 : name);
        }
        if (Double.isNaN(v.share())) {
            return Messages.format("destinations.tooltip.rate", Messages.countryName(v.country()), valueText(v.value()));
        }
        return Messages.format("destinations.tooltip", Messages.countryName(v.country()), valueText(v.value()),
                Formats.percent(v.share(), 1));
    }

    /** A figure in the map's units. */
    private String valueText(double v) {
        if (values != null && values.scale() == Scale.PER_100K && values.measure().kind() != Measure.Kind.RATE) {
            return Messages.format("map.value.per100k", decimal(v));
        }
        return Formats.value(values == null ? Measure.ASYLUM_SEEKERS : values.measure(), v);
    }

    private static String legendTitle(CountryValues v) {
        String unit = Messages.measureAxis(v.measure());
        return v.scale() == Scale.PER_100K && v.measure().kind() != Measure.Kind.RATE
                ? Messages.format("map.legend.per100k", unit) : unit;
    }

    /** "0–9", "10–99", "100,000 or more" for counts; "under 0.5", "0.5 to under 1", "1 or more" otherwise. */
    String classLabel(int c) {
        double lower = classes.lower(c);
        var upper = classes.upper(c);
        if (classes.count() == 1) {
            return bound(0);
        }
        if (upper.isEmpty()) {
            return Messages.format("map.class.atLeast", bound(lower));
        }
        if (classes.wholeNumbers()) {
            double last = upper.getAsDouble() - 1;
            return last <= lower ? bound(lower) : Messages.format("map.class.range", bound(lower), bound(last));
        }
        return c == 0 ? Messages.format("map.class.below", bound(upper.getAsDouble()))
                : Messages.format("map.class.rangeBelow", bound(lower), bound(upper.getAsDouble()));
    }

    private String bound(double v) {
        if (values != null && values.measure().kind() == Measure.Kind.RATE) {
            return Formats.percent(v, 0);
        }
        return classes.wholeNumbers() ? Formats.value(Measure.ASYLUM_SEEKERS, v) : decimal(v);
    }

    /** A figure per 100,000: as many decimals as a small one needs, up to three ("0.004", "12.5", "1,250"). */
    private static String decimal(double v) {
        NumberFormat f = NumberFormat.getNumberInstance(AppLocale.current());
        f.setMaximumFractionDigits(v >= 100 ? 0 : v >= 1 ? 1 : 3);
        return f.format(v);
    }

    // For tests and export.

    /** Every shape, by two-letter code; the same nodes for the map's whole life. */
    public Map<String, SVGPath> shapes() {
        return Collections.unmodifiableMap(shapes);
    }

    /** The figure a shape shows now, or null for no data. */
    public CountryValues.CountryValue valueOf(String iso2) {
        return shown.get(iso2);
    }

    /** The colour class (0 to 5) a shape is drawn in, or -1 for no data. */
    public int colourOf(String iso2) {
        SVGPath path = shapes.get(iso2);
        for (int i = 0; i < CLASSES.size(); i++) {
            if (path.getPseudoClassStates().contains(CLASSES.get(i))) {
                return i;
            }
        }
        return -1;
    }

    /** What the list under the map holds, largest first. */
    public List<Unplaced> unplaced() {
        return List.copyOf(unplaced);
    }

    public Label unplacedLabel() {
        return unplacedLabel;
    }

    public MapClasses classes() {
        return classes;
    }

    /** The legend's entries shown now, the classes then "no data". */
    public List<Label> legendItems() {
        List<Label> out = new ArrayList<>(legendItems.subList(0, classes.count()));
        out.add(noDataItem);
        return out;
    }

    /** The text of the hovered country's tooltip. */
    public ReadOnlyStringProperty hoverTextProperty() {
        return hoverText.getReadOnlyProperty();
    }

    /** The shapes scaled to fill the space they have, keeping the map's proportions, centred. */
    private static final class MapArea extends Region {
        private final Group group;
        private final Affine fit = new Affine();

        MapArea(Group group) {
            this.group = group;
            getStyleClass().add("map-area");
            group.setManaged(false);
            group.getTransforms().add(fit);
            getChildren().add(group);
            setMinSize(0, 0);
        }

        @Override
        protected double computePrefWidth(double height) {
            return 480;
        }

        @Override
        protected double computePrefHeight(double width) {
            return 300;
        }

        @Override
        protected void layoutChildren() {
            Bounds b = group.getLayoutBounds();
            if (b.getWidth() <= 0 || b.getHeight() <= 0) {
                return;
            }
            double s = Math.min(getWidth() / b.getWidth(), getHeight() / b.getHeight());
            double x = (getWidth() - b.getWidth() * s) / 2 - b.getMinX() * s;
            double y = (getHeight() - b.getHeight() * s) / 2 - b.getMinY() * s;
            fit.setToTransform(s, 0, x, 0, s, y);
        }
    }
}
