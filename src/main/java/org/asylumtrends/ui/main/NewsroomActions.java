package org.asylumtrends.ui.main;

import java.io.File;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.concurrent.Task;
import javafx.scene.control.Alert;
import javafx.scene.image.WritableImage;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.asylumtrends.data.Annotation;
import org.asylumtrends.data.Editorial;
import org.asylumtrends.export.FigureBuilder;
import org.asylumtrends.export.FigureContent;
import org.asylumtrends.export.FigureSize;
import org.asylumtrends.text.Messages;
import org.asylumtrends.ui.TaskRunner;
import org.asylumtrends.ui.model.MainModel;
import org.asylumtrends.ui.model.ViewHistory;
import org.asylumtrends.ui.newsroom.AnnotationDialog;
import org.asylumtrends.ui.open.DataOpener;
import org.asylumtrends.view.View;
import org.asylumtrends.view.ViewData;
import org.asylumtrends.view.ViewFile;

/**
 * Connects the newsroom features to the window (issue 17): undo and redo, File > Save View… and opening a view,
 * copying the chart, the texts panel, annotations, and the Help menu. Reading and writing view files (and the
 * checksums of the data files) run in tasks; the FX thread only applies what they return.
 */
public final class NewsroomActions {
    private final MainWindow window;
    private final MainModel model;
    private final ViewHistory history;
    private final DataOpener opener;
    private final TaskRunner runner;
    private Function<Window, File> saveChooser = NewsroomActions::chooseViewTarget;
    /** A view read from a file whose data are being loaded; applied once they are shown. */
    private ViewFile.Saved pending;
    private List<String> pendingChanges = List.of();
    /** The panels and size of the figure, as the last view opened had them (else the export dialog's defaults). */
    private FigureContent panels = FigureContent.BOTH;
    private FigureSize size = FigureSize.WIDE;

    NewsroomActions(MainWindow window, MainModel model, DataOpener opener, TaskRunner runner, Consumer<String> browser) {
        this.window = window;
        this.model = model;
        this.opener = opener;
        this.runner = runner;
        this.history = new ViewHistory(model);
        MainMenu menu = window.menu();
        menu.undoItem().setOnAction(e -> history.undo());
        menu.redoItem().setOnAction(e -> history.redo());
        menu.undoItem().disableProperty().bind(history.canUndoProperty().not());
        menu.redoItem().disableProperty().bind(history.canRedoProperty().not());
        menu.saveViewItem().setOnAction(e -> saveView());
        menu.saveViewItem().disableProperty().bind(model.chartDataProperty().isNull());
        menu.copyItem().setOnAction(e -> copy());
        menu.copyAltItem().setOnAction(e -> window.textsPanel().copyAltText());
        menu.textsPanelItem().selectedProperty().addListener((o, was, shown) -> window.showTextsPanel(shown));
        menu.addAnnotationItem().setOnAction(e -> addAnnotation(LocalDate.of(model.getSelection().years().to(), 7, 1)));
        window.setOnAnnotationRequest(this::addAnnotation);
        menu.methodologyItem().setOnAction(e -> HelpDialogs.methodology(owner(), browser));
        menu.shortcutsItem().setOnAction(e -> HelpDialogs.shortcuts(owner()));
        menu.unhcrLinkItem().setOnAction(e -> browser.accept(HelpDialogs.UNHCR_URL));
        menu.licenceLinkItem().setOnAction(e -> browser.accept(HelpDialogs.LICENCE_URL));
        var slider = window.yearFilter().slider();
        slider.lowValueChangingProperty().addListener((o, was, changing) -> gesture(changing));
        slider.highValueChangingProperty().addListener((o, was, changing) -> gesture(changing));
        opener.currentLoadProperty().addListener((o, old, now) -> {
            if (now == null && old != null && old.getState() != javafx.concurrent.Worker.State.SUCCEEDED) {
                pending = null; // the view's data did not load: the view is not applied to other data later
            }
        });
        model.datasetProperty().addListener((o, a, b) -> applyPending());
    }

    public ViewHistory history() {
        return history;
    }

    /** For tests: where File > Save View… "saves". */
    public void setSaveChooser(Function<Window, File> chooser) {
        this.saveChooser = chooser;
    }

    /** The whole view as it is now. */
    public View currentView() {
        return new View(model.getSelection(), model.getEditorial(), panels, size);
    }

    private void gesture(boolean changing) {
        if (changing) {
            history.beginGesture();
        } else {
            history.endGesture();
        }
    }

    /** Asks for an annotation near {@code date} and adds it (one undo step). */
    void addAnnotation(LocalDate date) {
        AnnotationDialog dialog = new AnnotationDialog(owner(), date);
        dialog.showAndWait().ifPresent(this::add);
    }

    /** Adds an annotation to the view, keeping them in date order. */
    public void add(Annotation a) {
        Editorial e = model.getEditorial();
        if (e.annotations().size() >= Editorial.MAX_ANNOTATIONS) {
            window.statusBar().notice(Messages.format("annotation.tooMany", Editorial.MAX_ANNOTATIONS));
            return;
        }
        List<Annotation> all = new ArrayList<>(e.annotations());
        all.add(a);
        all.sort(java.util.Comparator.comparing(Annotation::from).thenComparing(Annotation::to));
        model.edit(e.withAnnotations(all));
    }

    /**
     * Edit > Copy: the detail table's selected rows on its tab, the chart data (with their source lines) on theirs,
     * else the figure as an image with its alt text.
     */
    void copy() {
        var selected = window.tabs().getSelectionModel().getSelectedItem();
        if (selected != null && selected.getContent() == window.dataTable()) {
            window.dataTable().copySelection();
            return;
        }
        if (selected != null && selected.getContent() == window.chartDataTable()) {
            window.chartDataTable().copyAll();
            return;
        }
        copyChart();
    }

    /** The figure as exported (title, charts, annotations, source) as an image, and its alt text as text. */
    public void copyChart() {
        if (model.getChartData() == null) {
            return;
        }
        WritableImage image = FigureBuilder.build(model.getChartData(), panels, size, model.getEditorial()).snapshot(1);
        ClipboardContent content = new ClipboardContent();
        content.putImage(image);
        content.putString(window.textsPanel().currentAltText());
        Clipboard.getSystemClipboard().setContent(content);
        window.statusBar().flash(Messages.get("copy.done"));
    }

    private void saveView() {
        File target = saveChooser.apply(owner());
        if (target == null) {
            return;
        }
        Path file = target.toPath();
        View view = currentView();
        boolean bundled = opener.includesBundled();
        List<Path> files = List.copyOf(opener.loadedFiles());
        Task<Void> task = new Task<>() {
            @Override
            protected Void call() throws Exception {
                ViewFile.write(file, view, ViewData.of(bundled, ViewData.shippedRelease(), files));
                return null;
            }
        };
        task.setOnSucceeded(e -> window.statusBar().flashSaved(file));
        task.setOnFailed(e -> error("view.saveFailed", task.getException()));
        runner.run(task);
    }

    /** Opens a saved view: reads it and checks its data in a task, then loads its data if others are shown. */
    public void openView(Path file) {
        Task<ViewFile.Saved> task = new Task<>() {
            List<String> changes = List.of();

            @Override
            protected ViewFile.Saved call() throws Exception {
                ViewFile.Saved saved = ViewFile.read(file);
                changes = saved.data().changesSince(ViewData.shippedRelease());
                return saved;
            }

            @Override
            protected void succeeded() {
                pendingChanges = changes;
                opened(file, getValue());
            }
        };
        task.setOnFailed(e -> error("view.openFailed", task.getException()));
        runner.run(task);
    }

    private void opened(Path file, ViewFile.Saved saved) {
        pending = saved;
        // First: a view on the data already shown is applied at once below, and its "View opened." must stay.
        window.statusBar().notice(Messages.format("view.opening", file.getFileName()));
        ViewData d = saved.data();
        boolean sameData = d.withBundled() == opener.includesBundled() && d.paths().equals(opener.loadedFiles())
                && model.getDataset() != null;
        if (sameData) {
            applyPending();
        } else if (d.paths().isEmpty()) {
            opener.openBundled();
        } else {
            opener.restore(d.paths(), d.withBundled(), gone -> {
                pending = null;
                window.statusBar().notice(Messages.format("view.changed.missing", gone));
            });
        }
    }

    private void applyPending() {
        ViewFile.Saved saved = pending;
        if (saved == null || model.getDataset() == null) {
            return;
        }
        pending = null;
        View view = saved.view();
        panels = view.panels();
        size = view.size();
        model.select(view.selection());
        model.edit(view.editorial());
        window.statusBar().notice(pendingChanges.isEmpty() ? Messages.get("view.opened")
                : String.join(" ", pendingChanges));
    }

    private void error(String key, Throwable failure) {
        Alert alert = new Alert(Alert.AlertType.ERROR, String.valueOf(failure.getMessage()));
        alert.setHeaderText(Messages.get(key));
        alert.getDialogPane().setId("viewErrorDialog");
        alert.initOwner(owner());
        alert.show();
    }

    private Window owner() {
        return window.getScene() == null ? null : window.getScene().getWindow();
    }

    private static File chooseViewTarget(Window owner) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Messages.get("view.chooser.title"));
        chooser.setInitialFileName("asylum-trends-view." + ViewFile.EXTENSION);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(Messages.get("view.chooser.filter"),
                "*." + ViewFile.EXTENSION));
        File f = org.asylumtrends.ui.ChooserFolder.startIn(chooser).showSaveDialog(owner);
        org.asylumtrends.ui.ChooserFolder.used(f);
        if (f != null && !ViewFile.isViewFile(f.toPath())) {
            f = new File(f.getPath() + "." + ViewFile.EXTENSION);
        }
        return f;
    }
}
