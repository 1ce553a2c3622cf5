package org.asylumtrends.ui.origin;

import java.util.function.Consumer;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.util.StringConverter;
import org.asylumtrends.data.AsylumDataset;
import org.asylumtrends.data.Country;
import org.asylumtrends.data.Selection;
import org.asylumtrends.text.Messages;
import org.controlsfx.control.SearchableComboBox;

/**
 * Chooses the country of origin when the data has several (a UNHCR table for all origins): searchable, sorted
 * by name. Hidden when there is only one origin.
 */
public final class OriginChooser extends HBox {
    private final SearchableComboBox<Country> origins = new SearchableComboBox<>();
    private boolean updating;

    /** Shows the origins of {@code dataset} and the selection's; a choice is handed to {@code select}. */
    public OriginChooser(ObservableValue<AsylumDataset> dataset, ObservableValue<Selection> selection,
                         Consumer<Selection> select) {
        getStyleClass().add("origin-chooser");
        setAlignment(Pos.CENTER_LEFT);
        setSpacing(8);
        Label caption = new Label(Messages.get("origin.caption"));
        caption.getStyleClass().add("filter-caption");
        caption.setLabelFor(origins); // a screen reader names the chooser by its caption
        caption.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE); // never "M…" in a small window
        origins.setId("originChoice");
        origins.setPrefWidth(260);
        origins.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE); // never a bare arrow in a small window
        origins.setConverter(new StringConverter<>() {
            @Override
            public String toString(Country c) {
                return c == null ? "" : Messages.format("origin.item", Messages.countryName(c), c.iso3());
            }

            @Override
            public Country fromString(String s) {
                return null;
            }
        });
        getChildren().addAll(caption, origins);
        managedProperty().bind(visibleProperty());
        setVisible(false);
        origins.valueProperty().addListener((o, a, c) -> {
            if (!updating && c != null && !c.iso3().equals(selection.getValue().origin())) {
                select.accept(selection.getValue().withOrigin(c.iso3()));
            }
        });
        dataset.addListener((o, a, data) -> show(data, selection.getValue().origin()));
        selection.addListener((o, a, s) -> {
            if (!s.origin().equals(a.origin())) {
                select(dataset.getValue(), s.origin());
            }
        });
    }

    private void show(AsylumDataset data, String selected) {
        if (data == null) {
            return;
        }
        updating = true;
        try {
            origins.setItems(FXCollections.observableArrayList(data.origins()));
            setVisible(data.origins().size() > 1);
        } finally {
            updating = false;
        }
        select(data, selected);
    }

    private void select(AsylumDataset data, String iso) {
        if (data == null) {
            return;
        }
        updating = true;
        try {
            origins.setValue(data.origin(iso).orElse(null));
        } finally {
            updating = false;
        }
    }

    public SearchableComboBox<Country> combo() {
        return origins;
    }
}
