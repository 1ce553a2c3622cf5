package org.asylumtrends.ui.map;

import java.util.function.BiConsumer;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.Label;
import javafx.scene.input.ContextMenuEvent;
import javafx.scene.layout.StackPane;
import org.asylumtrends.chart.ChoroplethMap;
import org.asylumtrends.chart.WorldShapes;
import org.asylumtrends.data.ChartData;

/**
 * The map bound to the selection: one {@link ChoroplethMap}, made once the shapes are read (on their own thread,
 * never the FX thread) and recoloured on every change of the chart data. A click on a country is passed on (the
 * window highlights its bar), and so are a double-click and a right-click (the window opens the country's view).
 */
public final class MapPane extends StackPane {
    private final ObservableValue<ChartData> chartData;
    private ChoroplethMap map;
    private String highlighted;
    private ChartData shownData;
    private Consumer<String> onCountryClicked = iso3 -> { };
    private Consumer<String> onCountryOpened = iso3 -> { };
    private BiConsumer<String, ContextMenuEvent> onCountryMenu = (iso3, e) -> { };

    public MapPane(ObservableValue<ChartData> chartData) {
        this.chartData = chartData;
        getStyleClass().add("map-pane");
        setMinSize(0, 0);
        var shapes = WorldShapes.loading();
        if (shapes.isDone() && !shapes.isCompletedExceptionally()) {
            build(shapes.join());
        } else {
            getChildren().add(new Label()); // an empty pane for the few milliseconds the shapes take
            shapes.whenComplete((world, failed) -> Platform.runLater(() -> {
                if (world != null) {
                    build(world);
                } else {
                    getChildren().setAll(new Label(failed.getMessage())); // a damaged installation says so
                }
            }));
        }
        chartData.addListener((obs, old, data) -> show(data));
        // Hidden (View > Panels), the map is out of the scene and skips the work; shown again, it catches up.
        sceneProperty().addListener((obs, old, scene) -> show(chartData.getValue()));
    }

    private void build(WorldShapes world) {
        map = new ChoroplethMap(world);
        StackPane.setAlignment(map, javafx.geometry.Pos.TOP_LEFT);
        map.setOnCountryClicked(iso3 -> onCountryClicked.accept(iso3));
        map.setOnCountryOpened(iso3 -> onCountryOpened.accept(iso3));
        map.setOnCountryMenuRequested((iso3, e) -> onCountryMenu.accept(iso3, e));
        getChildren().setAll(map);
        shownData = null;
        show(chartData.getValue());
        map.highlight(highlighted);
    }

    private void show(ChartData data) {
        if (map != null && data != null && getScene() != null && data != shownData) {
            shownData = data;
            map.setTitle(ChoroplethMap.title(data));
            map.markListed(data.origin().iso3(), data.asylumView());
            map.show(data.countries());
        }
    }

    /** Outlines a country (ISO3), or none for null. */
    public void highlight(String iso3) {
        highlighted = iso3;
        if (map != null) {
            map.highlight(iso3);
        }
    }

    public void setOnCountryClicked(Consumer<String> action) {
        onCountryClicked = action == null ? iso3 -> { } : action;
    }

    public void setOnCountryOpened(Consumer<String> action) {
        onCountryOpened = action == null ? iso3 -> { } : action;
    }

    public void setOnCountryMenuRequested(BiConsumer<String, ContextMenuEvent> action) {
        onCountryMenu = action == null ? (iso3, e) -> { } : action;
    }

    /** The map on screen, or null while its shapes are still being read. */
    public ChoroplethMap map() {
        return map;
    }
}
