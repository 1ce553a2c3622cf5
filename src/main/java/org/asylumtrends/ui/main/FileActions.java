package org.asylumtrends.ui.main;

import org.asylumtrends.ui.model.MainModel;
import java.io.File;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import javafx.concurrent.Task;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.input.TransferMode;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.asylumtrends.data.Observation;
import org.asylumtrends.data.ChartData;
import org.asylumtrends.data.ChartDataCsv;
import org.asylumtrends.data.ObservationCsv;
import org.asylumtrends.ui.table.ChartDataTableView;
import org.asylumtrends.export.AtomicFileWriter;
import org.asylumtrends.export.ExportException;
import org.asylumtrends.text.Messages;
import org.asylumtrends.ui.ChooserFolder;
import org.asylumtrends.ui.TaskRunner;
import org.asylumtrends.ui.open.DataOpener;
import org.asylumtrends.ui.open.RecentFiles;

/**
 * Connects the window's file actions: File > Open (several files), drag-and-drop, the recent list, and the
 * table's CSV export. Choosing files is the only thing done here on the FX thread; reading and writing run in
 * tasks. The file choosers can be replaced, so that tests can "choose" files.
 */
public final class FileActions {
    private final MainWindow window;
    private final DataOpener opener;
    private final AppPreferences preferences;
    private final TaskRunner runner;
    private RecentFiles recent;
    private Function<Window, List<File>> openChooser = owner -> chooseFiles(owner, "open.dialog.title");
    private Function<Window, List<File>> addChooser = owner -> chooseFiles(owner, "open.addDialog.title");
    /** Asks where a CSV goes, given the name it suggests. */
    private java.util.function.BiFunction<Window, String, File> csvChooser = FileActions::chooseCsvTarget;
    /** Opens a saved view (issue 17); File > Open, drops and the command line hand view files here. */
    private java.util.function.Consumer<Path> viewOpener = view -> { };

    FileActions(MainWindow window, MainModel model, AppPreferences preferences, TaskRunner runner) {
        this.window = window;
        this.preferences = preferences;
        this.runner = runner;
        this.recent = RecentFiles.parse(preferences.recentFilesAsRead());
        this.opener = new DataOpener(model.erasProperty(), model::showDataset, runner, this::showLoadError,
                this::remember);
        window.statusBar().follow(opener.currentLoadProperty(), opener::cancel);
        window.menu().openItem().setOnAction(e -> open(openChooser.apply(owner())));
        window.menu().addFilesItem().setOnAction(e -> opener.add(addChooser.apply(owner())));
        opener.setOnLoaded(this::loaded);
        window.menu().showRecent(recent, this::openPaths);
        window.menu().openBundledItem().setOnAction(e -> opener.openBundled());
        window.dataTable().exportCsvButton().setOnAction(e -> exportTable());
        window.chartDataTable().exportCsvButton().setOnAction(e -> exportChartData());
    }

    /** Accepts files dropped anywhere on the window. */
    void acceptDrops(Scene scene) {
        scene.setOnDragOver(e -> {
            if (e.getDragboard().hasFiles()) {
                e.acceptTransferModes(TransferMode.COPY);
            }
            e.consume();
        });
        scene.setOnDragDropped(e -> {
            boolean ok = e.getDragboard().hasFiles();
            if (ok) {
                open(e.getDragboard().getFiles());
            }
            e.setDropCompleted(ok);
            e.consume();
        });
    }

    /** Data files are opened as data; a saved view ({@code .atview}) is opened as a view, with its own data. */
    void open(List<File> files) {
        if (files == null || files.isEmpty()) {
            return;
        }
        List<File> views = files.stream().filter(f -> org.asylumtrends.view.ViewFile.isViewFile(f.toPath())).toList();
        if (!views.isEmpty()) {
            viewOpener.accept(views.get(0).toPath());
            return;
        }
        opener.open(files);
    }

    /** Where view files go: the newsroom actions' {@code openView}. */
    void setViewOpener(java.util.function.Consumer<Path> opener) {
        this.viewOpener = opener;
    }

    public DataOpener opener() {
        return opener;
    }

    /** For tests: what File > Open "chooses". */
    public void setOpenChooser(Function<Window, List<File>> chooser) {
        this.openChooser = chooser;
    }

    /** For tests: what File > Add files… "chooses". */
    public void setAddChooser(Function<Window, List<File>> chooser) {
        this.addChooser = chooser;
    }

    /**
     * Opens again what was shown when the app closed, once the bundled data are on screen. A file that is no
     * longer there is named in the status bar, and the bundled data stay.
     */
    void restore(AppPreferences.OpenedData data) {
        opener.restore(data.files(), data.withBundled(), gone -> {
            window.statusBar().notice(Messages.format("open.restoreMissing", gone.getFileName(),
                    gone.toAbsolutePath().getParent()));
            preferences.saveOpenedData(AppPreferences.OpenedData.BUNDLED);
        });
    }

    /** After every load: remember what is shown for the next start, and say what was loaded and how. */
    private void loaded(org.asylumtrends.data.AsylumDataset data) {
        preferences.saveOpenedData(new AppPreferences.OpenedData(opener.loadedFiles(), opener.includesBundled()));
        List<String> notes = data.metadata().notes().stream().map(Messages::describe).toList();
        window.statusBar().notice(notes.isEmpty() ? "" : Messages.format("open.loaded", String.join(Messages.get("list.semicolon"), notes)));
    }

    /** For tests: where Export CSV "saves". */
    public void setCsvChooser(Function<Window, File> chooser) {
        this.csvChooser = (owner, name) -> chooser.apply(owner);
    }

    /** For tests: where Export CSV "saves", given the name it suggests. */
    public void setCsvChooser(java.util.function.BiFunction<Window, String, File> chooser) {
        this.csvChooser = chooser;
    }

    private void openPaths(List<Path> paths) {
        opener.open(paths.stream().map(Path::toFile).toList());
    }

    private void remember(List<Path> paths) {
        // Read again first: another instance of the app may have opened files since this one started, and saving
        // the list this one read at start would drop them.
        recent = RecentFiles.parse(preferences.recentFiles());
        recent.add(paths);
        preferences.saveRecentFiles(recent.format());
        window.menu().showRecent(recent, this::openPaths);
    }

    private void showLoadError(String message) {
        Alert alert = new Alert(Alert.AlertType.ERROR);
        alert.setTitle(Messages.get("error.load.title"));
        alert.setHeaderText(Messages.get("error.load.header") + " " + Messages.get("error.load.file"));
        alert.setContentText(message);
        alert.getDialogPane().setId("loadErrorDialog");
        alert.getDialogPane().setPrefWidth(620);
        alert.initOwner(owner());
        alert.show();
    }

    private void exportTable() {
        List<Observation> rows = window.dataTable().visibleRows();
        writeCsv("asylum-trends-table.csv", text -> ObservationCsv.writeCsv(rows, text));
    }

    /** The chart-data table (issue 15): the lines' numbers with their source, release and scale lines. */
    private void exportChartData() {
        ChartData data = window.chartDataTable().shown();
        if (data != null) {
            List<String> preamble = ChartDataTableView.preamble(data);
            var listed = window.chartDataTable().listedAnnotations();
            // Named as the view's figure is: "asylum-seekers-in-KOR-JPN-2012-2024-per-100k-chart-data.csv".
            String name = org.asylumtrends.export.FigureExport.baseName(data, false) + "-chart-data.csv";
            writeCsv(name, text -> ChartDataCsv.writeCsv(preamble, data.lines(), data.measure(), listed, text));
        }
    }

    private interface CsvBody {
        void write(Writer text) throws java.io.IOException;
    }

    private void writeCsv(String suggested, CsvBody body) {
        File target = csvChooser.apply(owner(), suggested);
        if (target == null) {
            return;
        }
        Task<Void> task = new Task<>() {
            @Override
            protected Void call() throws Exception {
                // Through the export layer's writer, which words a missing or unwritable folder or a full disk.
                AtomicFileWriter.write(target.toPath(), out -> {
                    Writer text = new OutputStreamWriter(out, StandardCharsets.UTF_8);
                    body.write(text);
                    text.flush();
                });
                return null;
            }
        };
        task.setOnSucceeded(e -> window.statusBar().flashSaved(target.toPath()));
        task.setOnFailed(e -> {
            Throwable failure = task.getException();
            Alert alert = new Alert(Alert.AlertType.ERROR, failure instanceof ExportException
                    ? failure.getMessage()
                    : Messages.format("table.export.failed", target, String.valueOf(failure.getMessage())));
            alert.getDialogPane().setId("tableExportErrorDialog");
            alert.initOwner(owner());
            alert.show();
        });
        runner.run(task);
    }

    private Window owner() {
        return window.getScene() == null ? null : window.getScene().getWindow();
    }

    private static List<File> chooseFiles(Window owner, String titleKey) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Messages.get(titleKey));
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter(Messages.get("open.filter.csv"), "*.csv", "*.CSV", "*.atview"),
                new FileChooser.ExtensionFilter(Messages.get("open.filter.view"), "*.atview"),
                new FileChooser.ExtensionFilter(Messages.get("open.filter.all"), "*"));
        List<File> chosen = ChooserFolder.startIn(chooser).showOpenMultipleDialog(owner);
        if (chosen != null && !chosen.isEmpty()) {
            ChooserFolder.used(chosen.get(0));
        }
        return chosen;
    }

    private static File chooseCsvTarget(Window owner, String suggested) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Messages.get("table.export.title"));
        chooser.setInitialFileName(suggested);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("CSV", "*.csv"));
        File chosen = ChooserFolder.startIn(chooser).showSaveDialog(owner);
        ChooserFolder.used(chosen);
        return chosen;
    }
}
