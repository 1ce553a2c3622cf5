package org.asylumtrends.ui.filter;

import java.util.function.Consumer;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.geometry.Pos;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.util.Duration;
import org.asylumtrends.data.AsylumDataset;
import org.asylumtrends.data.Measure;
import org.asylumtrends.data.RangeAggregation;
import org.asylumtrends.data.Selection;
import org.asylumtrends.text.Messages;

/**
 * Chooses the measure, says what it counts (a label the window places under the selectors), and for stocks offers the sum over years under that
 * name (not hidden: the article's "over a million" is such a sum).
 */
public final class MeasureSelector extends HBox {
    private final ComboBox<Measure> measures = new ComboBox<>();
    private final Label description = new Label();
    private final CheckBox sumOverYears = new CheckBox(Messages.get("filter.sumOverYears"));
    private boolean updating;

    /** Shows the measures of {@code dataset} and the selection's; a choice is handed to {@code select}. */
    public MeasureSelector(ObservableValue<AsylumDataset> dataset, ObservableValue<Selection> selection,
                           Consumer<Selection> select) {
        getStyleClass().add("measure-selector");
        setAlignment(Pos.CENTER_LEFT);
        setSpacing(12);
        Label caption = new Label(Messages.get("filter.measure"));
        caption.getStyleClass().add("filter-caption");
        caption.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE); // never "M…" in a small window
        caption.setLabelFor(measures);
        measures.setId("measureChoice");
        measures.setCellFactory(list -> new MeasureCell());
        measures.setButtonCell(new MeasureCell());
        measures.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(Measure m) {
                return m == null ? "" : Messages.measureName(m);
            }

            @Override
            public Measure fromString(String s) {
                return null;
            }
        });
        measures.setVisibleRowCount(Measure.values().length);
        // The box keeps the width of its longest measure: squeezed by a long description it read "New a…".
        measures.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        description.setId("measureDescription");
        description.getStyleClass().add("measure-description");
        description.setWrapText(true);
        description.setMaxWidth(Double.MAX_VALUE);
        // Not in this row: the window puts it under the selectors, across its whole width. Beside them, squeezed,
        // it wrapped into a tall column that pushed the status bar out of a small window.
        description.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        sumOverYears.setId("sumOverYears");
        sumOverYears.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE); // never "M…" in a small window
        Tooltip tip = new Tooltip(Messages.get("filter.sumOverYears.tooltip"));
        tip.setWrapText(true);
        tip.setMaxWidth(420);
        tip.setShowDelay(Duration.millis(200));
        sumOverYears.setTooltip(tip);
        getChildren().addAll(caption, measures); // the window places the switch and the description (see above)

        measures.valueProperty().addListener((o, a, m) -> {
            if (m != null && m != selection.getValue().measure()) {
                select.accept(selection.getValue().withMeasure(m));
            }
        });
        sumOverYears.selectedProperty().addListener((o, a, sum) -> {
            if (!updating) {
                select.accept(selection.getValue().withAggregation(
                        sum ? RangeAggregation.SUM_OVER_YEARS : RangeAggregation.LAST_YEAR));
            }
        });
        dataset.addListener((o, a, data) -> showMeasuresOf(data, selection.getValue().measure()));
        selection.addListener((o, a, s) -> {
            if (s.measure() != a.measure()) {
                showMeasure(s.measure());
            }
            showAggregation(s);
        });
        showMeasure(selection.getValue().measure());
        showAggregation(selection.getValue());
    }

    /**
     * Ticked only when a stock is summed. For a flow the box is greyed out and unticked: flows always sum, and a
     * ticked grey box read as if the user's choice were in force. The model keeps the choice for the next stock.
     */
    private void showAggregation(Selection s) {
        boolean sum = s.measure().isStock() && s.aggregation() == RangeAggregation.SUM_OVER_YEARS;
        if (sumOverYears.isSelected() != sum) {
            updating = true;
            try {
                sumOverYears.setSelected(sum);
            } finally {
                updating = false;
            }
        }
    }

    private void showMeasuresOf(AsylumDataset data, Measure current) {
        if (data != null) {
            measures.setItems(FXCollections.observableArrayList(data.measures()));
            measures.setValue(current);
        }
    }

    private void showMeasure(Measure m) {
        measures.setValue(m);
        description.setText(Messages.measureDescription(m));
        sumOverYears.setDisable(!m.isStock());
    }

    public ComboBox<Measure> measures() {
        return measures;
    }

    /** The "Sum over years" switch; not a child of this row, so that it can go onto the next line alone. */
    public CheckBox sumOverYears() {
        return sumOverYears;
    }

    /** What the measure counts, in a sentence; not a child of this row (see the constructor). */
    public Label description() {
        return description;
    }

    private static final class MeasureCell extends ListCell<Measure> {
        @Override
        protected void updateItem(Measure m, boolean empty) {
            super.updateItem(m, empty);
            setText(empty || m == null ? null : Messages.measureName(m));
        }
    }
}
