package org.asylumtrends.ui.destinations;

import org.asylumtrends.chart.DestinationChart;
import javafx.beans.value.ObservableValue;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.asylumtrends.data.ChartData;
import org.asylumtrends.chart.TooltipPool;

/**
 * The destination chart bound to the selection. One chart, reused: each ranking sets the country axis' categories
 * in the model's order (a chart left to order them itself kept the earlier rankings' order and drew Italy, 5,497,
 * above the United Kingdom, 13,517), and keeps its bars' nodes. The tooltips are kept, they are popup windows and
 * costly to make.
 */
public final class DestinationPane extends VBox {
    private final TooltipPool tooltips = new TooltipPool();
    private final DestinationChart chart = new DestinationChart(tooltips);
    private ChartData shown;
    private String highlighted;
    /** The names shown were cut out of the scene, in the default font. */
    private boolean cutUnstyled;

    public DestinationPane(ObservableValue<ChartData> chartData) {
        getStyleClass().add("destination-pane");
        VBox.setVgrow(chart, Priority.ALWAYS);
        getChildren().setAll(chart);
        chartData.addListener((obs, old, data) -> {
            if (data != null) {
                show(data);
            }
        });
        show(chartData.getValue());
        // Names cut while the pane was out of the scene (the bars panel hidden) were cut in JavaFX's default axis
        // font, 8 px, not the style sheet's: cut them again when it is shown, before its first frame.
        chart.sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null && cutUnstyled && shown != null) {
                show(shown);
            }
        });
    }

    private void show(ChartData data) {
        if (chart.getScene() != null && chart.getWidth() == 0) {
            // The axis' font, which decides where a long name is cut, comes from the style sheet: styled here until
            // the chart's first frame, which styles it. Styling it before every ranking styled the other panels'
            // new nodes early too (5 % of a year change's time).
            chart.applyCss();
        }
        if (data != null) {
            cutUnstyled = chart.getScene() == null;
            chart.show(data);
        }
        shown = data;
        markHighlighted();
    }

    /**
     * Marks the bar of a country (ISO3), e.g. one clicked on the map: its own bar, or "Other" when it is one of
     * those; null for none. Kept for the next charts until changed.
     */
    public void highlight(String iso3) {
        highlighted = iso3;
        markHighlighted();
    }

    private void markHighlighted() {
        if (chart == null) {
            return;
        }
        var rows = chart.rows();
        var bars = chart.bars();
        boolean inOther = shown != null && highlighted != null
                && shown.ranking().otherCountries().stream().anyMatch(c -> c.iso3().equals(highlighted));
        for (int i = 0; i < rows.size() && i < bars.size(); i++) {
            javafx.scene.Node bar = bars.get(i).getNode();
            if (bar == null) {
                continue;
            }
            boolean on = highlighted != null && (rows.get(i).iso3().equals(highlighted) || rows.get(i).isOther() && inOther);
            bar.getStyleClass().remove("highlighted");
            if (on) {
                bar.getStyleClass().add("highlighted");
            }
        }
    }

    /** The country whose bar is marked, or null. */
    public String highlighted() {
        return highlighted;
    }

    /** The chart on screen: the same one for every ranking. */
    public DestinationChart chart() {
        return chart;
    }
}
