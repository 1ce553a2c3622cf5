package org.asylumtrends.ui.destinations;

import javafx.beans.value.ObservableValue;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.asylumtrends.data.ChartData;

/** The destination chart bound to the selection. */
public final class DestinationPane extends VBox {
    private final DestinationChart chart = new DestinationChart();

    public DestinationPane(ObservableValue<ChartData> chartData) {
        getStyleClass().add("destination-pane");
        VBox.setVgrow(chart, Priority.ALWAYS);
        getChildren().add(chart);
        chartData.addListener((obs, old, data) -> {
            if (data != null) {
                chart.show(data);
            }
        });
        if (chartData.getValue() != null) {
            chart.show(chartData.getValue());
        }
    }

    public DestinationChart chart() {
        return chart;
    }
}
