package org.asylumtrends.ui.origin;

import javafx.collections.FXCollections;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.util.StringConverter;
import org.asylumtrends.data.AsylumDataset;
import org.asylumtrends.data.Country;
import org.asylumtrends.text.Messages;
import org.asylumtrends.ui.model.MainModel;
import org.controlsfx.control.SearchableComboBox;

/**
 * Chooses the country of origin when the data has several (a UNHCR table for all origins): searchable, sorted
 * by name. Hidden when there is only one origin.
 */
public final class OriginChooser extends HBox {
    private final SearchableComboBox<Country> origins = new SearchableComboBox<>();
    private boolean updating;

    public OriginChooser(MainModel model) {
        getStyleClass().add("origin-chooser");
        setAlignment(Pos.CENTER_LEFT);
        setSpacing(8);
        Label caption = new Label(Messages.get("origin.caption"));
        caption.getStyleClass().add("filter-caption");
        caption.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE); // never "M…" in a small window
        origins.setId("originChoice");
        origins.setPrefWidth(260);
        origins.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE); // never a bare arrow in a small window
        origins.setConverter(new StringConverter<>() {
            @Override
            public String toString(Country c) {
                return c == null ? "" : Messages.format("origin.item", c.name(), c.iso3());
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
            if (!updating && c != null) {
                model.selectOrigin(c.iso3());
            }
        });
        model.datasetProperty().addListener((o, a, data) -> show(data, model.originProperty().get()));
        model.originProperty().addListener((o, a, iso) -> select(model.getDataset(), iso));
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
