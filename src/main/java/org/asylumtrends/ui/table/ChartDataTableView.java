package org.asylumtrends.ui.table;

import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.asylumtrends.data.Annotation;
import org.asylumtrends.data.ChartData;
import org.asylumtrends.data.ChartDataCsv;
import org.asylumtrends.data.Editorial;
import org.asylumtrends.data.ScaledPoint;
import org.asylumtrends.data.TrendLine;
import org.asylumtrends.text.Formats;
import org.asylumtrends.text.Messages;
import org.asylumtrends.text.ScaleText;

/**
 * The numbers behind the trend chart's lines: a row per year, a column per line, on the scale drawn (named above
 * the table and in each column's header). A year without a figure, or a value the scale cannot make, is an empty
 * cell. Copy (Shortcut+C) and Export CSV carry the source, release and scale lines, and the population's source
 * when the scale is per 100,000. The user's annotations on the years shown are a last column, "Annotation", in the
 * row of their year (issue 17: what the chart marks, the table lists), in the window, the copy and the CSV alike.
 */
public final class ChartDataTableView extends VBox {
    private final TableView<Integer> table = new TableView<>();
    private final Label scale = new Label();
    private final Button copy = new Button(Messages.get("chartData.copy"));
    private final Button exportCsv = new Button(Messages.get("chartData.exportCsv"));
    private ChartData shown;
    private SortedMap<Integer, List<Annotation>> listed = new java.util.TreeMap<>();
    /**
     * Columns and rows are made for {@link #shown} only while the tab is shown (see WhenShown); copy and CSV read
     * {@link #shown} and {@link #listed}, which every change keeps current.
     */
    private final WhenShown refresh = new WhenShown(this, this::fill);

    public ChartDataTableView(ObservableValue<ChartData> chartData) {
        this(chartData, new javafx.beans.property.SimpleObjectProperty<>(Editorial.NONE));
    }

    /** As above, with the author's annotations listed against their years. */
    public ChartDataTableView(ObservableValue<ChartData> chartData, ObservableValue<Editorial> editorial) {
        getStyleClass().add("chart-data-view");
        setSpacing(6);
        setPadding(new Insets(8, 12, 8, 12));
        scale.setId("chartDataScale");
        copy.setId("chartDataCopy");
        exportCsv.setId("chartDataExportCsv");
        HBox spacer = new HBox();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(10, scale, spacer, copy, exportCsv);
        bar.setAlignment(Pos.CENTER_LEFT);
        table.setId("chartDataTable");
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        table.setPlaceholder(new Label(Messages.get("table.empty")));
        VBox.setVgrow(table, Priority.ALWAYS);
        getChildren().addAll(bar, table);
        copy.setOnAction(e -> copyAll());
        table.setOnKeyPressed(e -> {
            if (new KeyCodeCombination(KeyCode.C, KeyCombination.SHORTCUT_DOWN).match(e)) {
                copyAll();
                e.consume();
            }
        });
        chartData.addListener((o, a, data) -> show(data, editorial.getValue()));
        editorial.addListener((o, a, words) -> show(chartData.getValue(), words));
        show(chartData.getValue(), editorial.getValue());
    }

    private void show(ChartData data, Editorial editorial) {
        if (data == null) {
            return;
        }
        shown = data;
        listed = ChartDataCsv.annotationsByYear(editorial == null ? List.of() : editorial.annotations(),
                data.selected());
        refresh.changed();
    }

    private void fill() {
        ChartData data = shown;
        if (data == null) {
            return;
        }
        scale.setText(Messages.format("chartData.scale",
                ScaleText.axisTitle(data.measure(), data.scale(), data.selected().from())));
        List<TableColumn<Integer, String>> columns = new ArrayList<>();
        TableColumn<Integer, String> year = new TableColumn<>(Messages.get("chartData.column.year"));
        year.setCellValueFactory(c -> new ReadOnlyStringWrapper(Integer.toString(c.getValue())));
        year.getStyleClass().add("numeric-column");
        columns.add(year);
        for (TrendLine line : data.lines().lines()) {
            TableColumn<Integer, String> c = new TableColumn<>(Messages.format("chartData.column.series",
                    Messages.countryName(line.country()), ScaleText.name(data.scale())));
            c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(line.point(cell.getValue())
                    .filter(ScaledPoint::isDefined).map(p -> cellText(data, p)).orElse("")));
            c.getStyleClass().add("numeric-column");
            c.setPrefWidth(Math.max(120, 7.2 * c.getText().length() + 20));
            columns.add(c);
        }
        if (!listed.isEmpty()) {
            SortedMap<Integer, List<Annotation>> byYear = listed;
            TableColumn<Integer, String> notes = new TableColumn<>(Messages.get("chartData.column.annotation"));
            notes.setId("chartDataAnnotations");
            notes.setCellValueFactory(cell -> new ReadOnlyStringWrapper(String.join("; ",
                    byYear.getOrDefault(cell.getValue(), List.of()).stream().map(Formats::annotation).toList())));
            notes.setPrefWidth(260);
            columns.add(notes);
        }
        table.getColumns().setAll(columns);
        table.setItems(FXCollections.observableArrayList(ChartDataCsv.years(data.lines(), listed)));
    }

    /** A value as the chart's tooltip words it; a preliminary one says so, as its hollow marker does on the chart. */
    private static String cellText(ChartData data, ScaledPoint p) {
        String value = Formats.scaled(data.measure(), data.scale(), p.value());
        return p.preliminary() ? Messages.format("chartData.preliminary", value) : value;
    }

    /** The years shown that are preliminary in any line, in order. */
    private static List<Integer> preliminaryYears(ChartData data) {
        return data.lines().lines().stream().flatMap(l -> l.points().stream()).filter(ScaledPoint::preliminary)
                .map(ScaledPoint::year).distinct().sorted().toList();
    }

    /**
     * Source, release, scale, (per 100,000) the population's source and which years are preliminary: the lines
     * copy and CSV start with (their cells are machine numbers, so the mark of a preliminary value is here).
     */
    public static List<String> preamble(ChartData data) {
        List<String> lines = new ArrayList<>();
        // What the columns are, and on which side: "Asylum-seekers in Rep. of Korea and Japan, 2012–2024" (the
        // columns "Rep. of Korea (KOR) [per-100k]" did not say the people were in Korea, not from it).
        lines.add(org.asylumtrends.chart.TrendChart.title(data));
        lines.add(Messages.format("chartData.source", Messages.credit(data.metadata())));
        // "Release: 2025.12.1", not "Release: release 2025.12.1"; what opened files say they are when unreleased.
        String release = data.metadata().release();
        lines.add(Messages.format("chartData.release", release.isBlank() ? Messages.releaseLabel(data.metadata()) : release));
        lines.add(Messages.format("chartData.scale",
                ScaleText.axisTitle(data.measure(), data.scale(), data.selected().from())));
        ScaleText.populationCredit(data).ifPresent(lines::add);
        List<Integer> preliminary = preliminaryYears(data);
        if (!preliminary.isEmpty()) {
            lines.add(Messages.format("chartData.preliminaryYears", String.join(Messages.get("list.separator"),
                    preliminary.stream().map(String::valueOf).toList()), Messages.preliminaryNote(data.metadata())));
        }
        return lines;
    }

    /** Copies the whole table with its preamble as tab-separated text. */
    public void copyAll() {
        if (shown != null) {
            ClipboardContent content = new ClipboardContent();
            content.putString(ChartDataCsv.toTsv(preamble(shown), shown.lines(), shown.measure(), listed));
            Clipboard.getSystemClipboard().setContent(content);
        }
    }

    /** The data shown, for the CSV export (written elsewhere, off the FX thread). */
    public ChartData shown() {
        return shown;
    }

    /** The annotations listed, by year, for the CSV export. */
    public SortedMap<Integer, List<Annotation>> listedAnnotations() {
        return listed;
    }

    public TableView<Integer> table() {
        return table;
    }

    public Label scaleLabel() {
        return scale;
    }

    public Button exportCsvButton() {
        return exportCsv;
    }
}
