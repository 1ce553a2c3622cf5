package org.asylumtrends.ui.origin;

import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.util.StringConverter;
import org.asylumtrends.data.AsylumDataset;
import org.asylumtrends.data.Country;
import org.asylumtrends.data.ListedSeries;
import org.asylumtrends.data.Selection;
import org.asylumtrends.text.Messages;
import org.controlsfx.control.SearchableComboBox;

/**
 * Chooses the first listed country, the one the bars and the summary are about: an origin in a "from" view, a
 * country of asylum in an "in" view. Searchable (name or ISO3), sorted by name. Hidden when the side has only one
 * country. The others compared with it are the {@link CompareBar}'s.
 */
public final class OriginChooser extends HBox {
    private final SearchableComboBox<Country> origins = new SearchableComboBox<>();
    private final Label caption = new Label();
    private boolean updating;
    private boolean asylumSide;

    /** Shows the origins of {@code dataset} and the selection's; a choice is handed to {@code select}. */
    public OriginChooser(ObservableValue<AsylumDataset> dataset, ObservableValue<Selection> selection,
                         Consumer<Selection> select) {
        getStyleClass().add("origin-chooser");
        setAlignment(Pos.CENTER_LEFT);
        setSpacing(8);
        caption.setText(Messages.get("origin.caption"));
        caption.getStyleClass().add("filter-caption");
        caption.setLabelFor(origins); // a screen reader names the chooser by its caption
        caption.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE); // never "M…" in a small window
        origins.setId("originChoice");
        origins.setPrefWidth(260);
        origins.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE); // never a bare arrow in a small window
        // A row of two lines of compare chips stretched the box to 60 px: it keeps its height, centred in the row.
        origins.setMaxHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        origins.setConverter(new StringConverter<>() {
            @Override
            public String toString(Country c) {
                return c == null ? "" : Messages.countryItem(c);
            }

            @Override
            public Country fromString(String s) {
                return null;
            }
        });
        CountrySearch.attach(origins); // "Rus" and Enter took Belarus, the first name containing it
        // Text typed that leaves the shown country out of the list empties the box; closed without a choice (a click
        // elsewhere), it showed nothing while the charts went on showing that country.
        origins.showingProperty().addListener((o, was, showing) -> {
            if (!showing && origins.getValue() == null && selection.getValue() != null) {
                Platform.runLater(() -> select(dataset.getValue(), selection.getValue().listed().get(0)));
            }
        });
        getChildren().addAll(caption, origins);
        managedProperty().bind(visibleProperty());
        setVisible(false);
        origins.valueProperty().addListener((o, a, c) -> {
            if (!updating && c != null) {
                select.accept(withFirst(selection.getValue(), c.iso3()));
            }
        });
        dataset.addListener((o, a, data) -> show(data, selection.getValue()));
        selection.addListener((o, a, s) -> {
            if (s.isAsylumView() != asylumSide) {
                show(dataset.getValue(), s);
            } else if (!s.listed().get(0).equals(a.listed().get(0))) {
                select(dataset.getValue(), s.listed().get(0));
            }
        });
    }

    /** The selection with {@code iso3} first: moved to the front if listed, else in place of the first. */
    static Selection withFirst(Selection s, String iso3) {
        java.util.List<String> listed = new java.util.ArrayList<>(s.listed());
        if (listed.get(0).equals(iso3)) {
            return s;
        }
        if (!listed.remove(iso3)) {
            listed.remove(0);
        }
        listed.add(0, iso3);
        return s.isAsylumView() ? s.withAsylums(listed) : s.withOrigins(listed);
    }

    private void show(AsylumDataset data, Selection selection) {
        if (data == null) {
            return;
        }
        updating = true;
        try {
            asylumSide = selection.isAsylumView();
            caption.setText(Messages.get(asylumSide ? "origin.caption.asylum" : "origin.caption"));
            java.util.List<Country> items = ListedSeries.listable(data, asylumSide);
            origins.setItems(FXCollections.observableArrayList(items));
            setVisible(items.size() > 1);
        } finally {
            updating = false;
        }
        select(data, selection.listed().get(0));
    }

    private void select(AsylumDataset data, String iso) {
        if (data == null) {
            return;
        }
        updating = true;
        try {
            origins.setValue(origins.getItems().stream().filter(c -> c.iso3().equals(iso)).findFirst().orElse(null));
        } finally {
            updating = false;
        }
    }

    public SearchableComboBox<Country> combo() {
        return origins;
    }
}
