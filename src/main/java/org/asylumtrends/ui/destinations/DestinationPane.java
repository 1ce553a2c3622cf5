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
    }

    private void show(ChartData data) {
        chart.applyCss(); // the axis' font, which decides where a long name is cut, comes from the style sheet
        if (data != null) {
            chart.show(data);
        }
    }

    /** The chart on screen: the same one for every ranking. */
    public DestinationChart chart() {
        return chart;
    }
}
