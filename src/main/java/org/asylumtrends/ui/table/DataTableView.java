package org.asylumtrends.ui.table;

import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.transformation.FilteredList;
import javafx.collections.transformation.SortedList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.asylumtrends.data.AsylumDataset;
import org.asylumtrends.data.ChartData;
import org.asylumtrends.data.Measure;
import org.asylumtrends.data.Observation;
import org.asylumtrends.data.ObservationCsv;
import org.asylumtrends.text.Formats;
import org.asylumtrends.text.Messages;

/**
 * The figures behind the charts: year × country of asylum × every measure, for the origin and years shown.
 * Sortable, filterable by text, numbers right-aligned; Shortcut+C copies the selected rows as tab-separated
 * text, and Export CSV hands the visible rows to a background writer.
 */
public final class DataTableView extends VBox {
    private final TableView<Observation> table = new TableView<>();
    private final TextField filter = new TextField();
    private final Label count = new Label();
    /** Whose rows these are: "From China (CHN), by country of asylum", or in an "in" view by country of origin. */
    private final Label caption = new Label();
    private final TableColumn<Observation, String> countryColumn;
    /**
     * Whether the rows are an "in" view's: every origin in one country of asylum, so the country shown is the
     * origin. The table listed the country of asylum's own people abroad instead, under "Country of asylum".
     */
    private boolean ofOrigins;
    private final Button exportCsv = new Button(Messages.get("table.exportCsv"));
    private final FilteredList<Observation> filtered = new FilteredList<>(FXCollections.observableArrayList());

    /**
     * Shows the rows of {@code dataset} behind each new {@code chartData} within its years: the origin's, or in an
     * "in" view the country of asylum's.
     */
    private final ObservableValue<AsylumDataset> dataset;
    private final ObservableValue<ChartData> chartData;
    /** The rows are listed only while the table is shown, or when asked for (see WhenShown). */
    private final WhenShown refresh;

    public DataTableView(ObservableValue<AsylumDataset> dataset, ObservableValue<ChartData> chartData) {
        getStyleClass().add("data-table-view");
        setSpacing(6);
        setPadding(new Insets(8, 12, 8, 12));
        filter.setId("tableFilter");
        filter.setPromptText(Messages.get("table.filter.prompt"));
        filter.setPrefColumnCount(28);
        count.setId("tableCount");
        exportCsv.setId("tableExportCsv");
        HBox bar = new HBox(10, new Label(Messages.get("table.filter")), filter, count);
        bar.setAlignment(Pos.CENTER_LEFT);
        HBox spacer = new HBox();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        bar.getChildren().addAll(spacer, exportCsv);

        table.setId("dataTable");
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        table.setPlaceholder(new Label(Messages.get("table.empty")));
        table.getColumns().add(textColumn(Messages.get("table.column.year"), o -> Integer.toString(o.year()), true));
        countryColumn = textColumn(Messages.get("table.column.country"), o -> Messages.countryName(other(o)), false);
        table.getColumns().add(countryColumn);
        table.getColumns().add(textColumn(Messages.get("table.column.iso3"), o -> other(o).iso3(), false));
        for (Measure m : Measure.values()) {
            table.getColumns().add(numberColumn(m));
        }
        SortedList<Observation> sorted = new SortedList<>(filtered);
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        VBox.setVgrow(table, Priority.ALWAYS);
        caption.setId("tableCaption");
        getChildren().addAll(caption, bar, table);

        filter.textProperty().addListener((o, a, text) -> applyFilter(text));
        table.setOnKeyPressed(e -> {
            if (new KeyCodeCombination(KeyCode.C, KeyCombination.SHORTCUT_DOWN).match(e)) {
                copySelection();
                e.consume();
            }
        });
        this.dataset = dataset;
        this.chartData = chartData;
        this.refresh = new WhenShown(this, () -> show(this.dataset.getValue(), this.chartData.getValue()));
        chartData.addListener((o, a, data) -> refresh.changed());
    }

    private void show(AsylumDataset dataset, ChartData data) {
        if (data == null || dataset == null) {
            return;
        }
        ofOrigins = data.asylumView();
        String iso3 = data.origin().iso3();
        caption.setText(Messages.format(ofOrigins ? "table.caption.in" : "table.caption.from",
                Messages.countryName(data.origin()), iso3));
        countryColumn.setText(Messages.get(ofOrigins ? "table.column.origin" : "table.column.country"));
        List<Observation> rows = (ofOrigins ? dataset.observationsIn(iso3) : dataset.observations(iso3)).stream()
                .filter(o -> data.selected().contains(o.year()))
                .sorted(java.util.Comparator.comparingInt(Observation::year).thenComparing(this::other))
                .toList();
        ((javafx.collections.ObservableList<Observation>) filtered.getSource()).setAll(rows);
        applyFilter(filter.getText());
    }

    private void applyFilter(String text) {
        String needle = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        filtered.setPredicate(needle.isEmpty() ? null : o -> Integer.toString(o.year()).contains(needle)
                || other(o).name().toLowerCase(Locale.ROOT).contains(needle)
                || Messages.countryName(other(o)).toLowerCase(Locale.ROOT).contains(needle)
                || other(o).iso3().toLowerCase(Locale.ROOT).contains(needle));
        count.setText(Messages.format("table.count", filtered.size(), filtered.getSource().size()));
    }

    /** The country a row is listed by: its country of asylum, or in an "in" view its origin. */
    private org.asylumtrends.data.Country other(Observation o) {
        return ofOrigins ? o.origin() : o.asylum();
    }

    public Label caption() {
        return caption;
    }

    /** Copies the selected rows, with a header line, as tab-separated text. */
    public void copySelection() {
        List<Observation> selected = List.copyOf(table.getSelectionModel().getSelectedItems());
        if (!selected.isEmpty()) {
            ClipboardContent content = new ClipboardContent();
            content.putString(ObservationCsv.toTsv(selected));
            Clipboard.getSystemClipboard().setContent(content);
        }
    }

    /** The rows as shown (filtered and sorted), for the CSV export. */
    public List<Observation> visibleRows() {
        refresh.now();
        return List.copyOf(table.getItems());
    }

    public Button exportCsvButton() {
        return exportCsv;
    }

    public TableView<Observation> table() {
        refresh.now();
        return table;
    }

    public TextField filterField() {
        return filter;
    }

    private static TableColumn<Observation, String> textColumn(String title, java.util.function.Function<Observation, String> f,
                                                               boolean numeric) {
        TableColumn<Observation, String> c = new TableColumn<>(title);
        c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(f.apply(cell.getValue())));
        if (numeric) {
            c.getStyleClass().add("numeric-column");
        } else {
            c.setPrefWidth(title.equals(Messages.get("table.column.country")) ? 300 : 60);
        }
        return c;
    }

    /** A measure column: sorts by value, shows separators, leaves a missing figure blank (not 0). */
    private static TableColumn<Observation, Double> numberColumn(Measure m) {
        TableColumn<Observation, Double> c = new TableColumn<>(Messages.measureName(m));
        c.setId("column-" + m.id());
        c.setCellValueFactory(cell -> {
            OptionalDouble v = m.valueOf(cell.getValue().counts());
            return new ReadOnlyObjectWrapper<>(v.isPresent() ? v.getAsDouble() : null);
        });
        c.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(Double value, boolean empty) {
                super.updateItem(value, empty);
                setText(empty || value == null ? null : Formats.value(m, value));
            }
        });
        c.getStyleClass().add("numeric-column");
        c.setPrefWidth(Math.max(110, 7.2 * c.getText().length() + 28)); // the header names the measure in full
        return c;
    }
}
