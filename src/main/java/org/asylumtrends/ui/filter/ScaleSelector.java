package org.asylumtrends.ui.filter;

import java.util.function.Consumer;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.geometry.Pos;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.util.StringConverter;
import org.asylumtrends.data.Scale;
import org.asylumtrends.data.Selection;
import org.asylumtrends.text.Messages;
import org.asylumtrends.text.ScaleText;

/** Chooses how the lines are drawn: Linear, Log, Indexed or Per 100,000 (issue 15). */
public final class ScaleSelector extends HBox {
    private final ComboBox<Scale> scales = new ComboBox<>(FXCollections.observableArrayList(Scale.values()));

    public ScaleSelector(ObservableValue<Selection> selection, Consumer<Selection> select) {
        getStyleClass().add("scale-selector");
        setAlignment(Pos.CENTER_LEFT);
        setSpacing(8);
        Label caption = new Label(Messages.get("scale.caption"));
        caption.getStyleClass().add("filter-caption");
        caption.setMinWidth(Region.USE_PREF_SIZE);
        caption.setLabelFor(scales);
        scales.setId("scaleChoice");
        scales.setMinWidth(Region.USE_PREF_SIZE);
        scales.setConverter(new StringConverter<>() {
            @Override
            public String toString(Scale s) {
                return s == null ? "" : ScaleText.name(s);
            }

            @Override
            public Scale fromString(String s) {
                return null;
            }
        });
        // Per 100,000 is offered for counts of people only (Selection.withMeasure): greyed out for a rate.
        scales.setCellFactory(list -> new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(Scale s, boolean empty) {
                super.updateItem(s, empty);
                setText(empty || s == null ? null : ScaleText.name(s));
                setDisable(!empty && s != null && !s.appliesTo(selection.getValue().measure()));
            }
        });
        scales.setValue(selection.getValue().scale());
        scales.valueProperty().addListener((o, a, s) -> {
            if (s != null && !s.appliesTo(selection.getValue().measure())) {
                javafx.application.Platform.runLater(() -> scales.setValue(selection.getValue().scale()));
            } else if (s != null && s != selection.getValue().scale()) {
                select.accept(selection.getValue().withScale(s));
            }
        });
        selection.addListener((o, a, s) -> {
            scales.setValue(s.scale());
            if (a != null && a.measure().kind() != s.measure().kind()
                    && scales.getSkin() instanceof javafx.scene.control.skin.ComboBoxListViewSkin<?> skin
                    && skin.getPopupContent() instanceof javafx.scene.control.ListView<?> list) {
                list.refresh(); // Per 100,000 greyed out, or no longer
            }
        });
        getChildren().addAll(caption, scales);
    }

    public ComboBox<Scale> scales() {
        return scales;
    }
}
