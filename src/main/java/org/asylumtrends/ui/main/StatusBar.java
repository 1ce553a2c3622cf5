package org.asylumtrends.ui.main;

import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.asylumtrends.data.AsylumDataset;
import org.asylumtrends.data.DatasetMetadata;
import org.asylumtrends.ui.Messages;

/** Source, release and licence of what is shown, and the origin: every figure carries its source. */
final class StatusBar extends HBox {
    private final Label source = new Label(Messages.get("status.loading"));
    private final Label origin = new Label();

    StatusBar(MainModel model) {
        getStyleClass().add("status-bar");
        setAlignment(Pos.CENTER_LEFT);
        setSpacing(16);
        source.setId("statusSource");
        origin.setId("statusOrigin");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        getChildren().addAll(source, spacer, origin);
        model.datasetProperty().addListener((o, a, data) -> showSource(data));
        model.chartDataProperty().addListener((o, a, data) -> {
            if (data != null) {
                origin.setText(Messages.format("status.origin", data.origin().name() + " (" + data.origin().iso3() + ")"));
            }
        });
    }

    private void showSource(AsylumDataset data) {
        if (data != null) {
            DatasetMetadata m = data.metadata();
            source.setText(Messages.format("status.source", m.source(), m.release(), m.licence()));
        }
    }

    Label sourceLabel() {
        return source;
    }
}
