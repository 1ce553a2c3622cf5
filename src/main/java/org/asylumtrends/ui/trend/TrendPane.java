package org.asylumtrends.ui.trend;

import javafx.beans.value.ObservableValue;
import javafx.scene.control.Label;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.asylumtrends.data.ChartData;
import org.asylumtrends.ui.Messages;

/** The trend chart with its footnote on preliminary figures, shown only when a preliminary year is in view. */
public final class TrendPane extends VBox {
    private final TrendChart chart = new TrendChart();
    private final Label footnote = new Label();

    public TrendPane(ObservableValue<ChartData> chartData) {
        getStyleClass().add("trend-pane");
        footnote.getStyleClass().add("footnote");
        footnote.setWrapText(true);
        footnote.managedProperty().bind(footnote.visibleProperty());
        VBox.setVgrow(chart, Priority.ALWAYS);
        getChildren().addAll(chart, footnote);
        chartData.addListener((obs, old, data) -> show(data));
        if (chartData.getValue() != null) {
            show(chartData.getValue());
        }
    }

    private void show(ChartData data) {
        if (data == null) {
            return;
        }
        chart.show(data);
        footnote.setText(Messages.format("trend.preliminaryNote", data.metadata().preliminaryNote()));
        footnote.setVisible(data.hasPreliminary());
    }

    public TrendChart chart() {
        return chart;
    }

    public Label footnote() {
        return footnote;
    }
}
