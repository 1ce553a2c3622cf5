package org.asylumtrends.ui.export;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import javafx.concurrent.Task;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.image.ImageView;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.asylumtrends.data.ChartData;
import org.asylumtrends.data.Editorial;
import org.asylumtrends.export.AtomicFileWriter;
import org.asylumtrends.export.ExportException;
import org.asylumtrends.export.ExportSettings;
import org.asylumtrends.export.FigureBuilder;
import org.asylumtrends.export.FigureContent;
import org.asylumtrends.export.FigureExport;
import org.asylumtrends.export.FigureSize;
import org.asylumtrends.export.ImageFormat;
import org.asylumtrends.text.Messages;
import org.asylumtrends.ui.TaskRunner;
import org.asylumtrends.ui.theme.ThemeManager;

/**
 * File > Export…: choose the chart, size, format and (for PNG) scale, see the figure as it will be saved, and save
 * it. The figure is laid out and captured on the FX thread; encoding and writing run on the task runner, into a
 * temporary file moved into place, so a failed save leaves nothing half-written. Every figure carries the source
 * and licence; there is no option to leave them out.
 */
public final class ExportDialog {
    private static final double PREVIEW_WIDTH = 560;
    private static final double PREVIEW_HEIGHT = 420;
    private final ChartData data;
    /** The author's texts and annotations: the export shows what the window shows (issue 17). */
    private final Editorial editorial;
    private final TaskRunner runner;
    private final Stage stage = new Stage();
    private final ComboBox<FigureContent> chart = new ComboBox<>();
    private final ComboBox<FigureSize> size = new ComboBox<>();
    private final ToggleGroup format = new ToggleGroup();
    private final ComboBox<Integer> scale = new ComboBox<>();
    /** Print colours, or as the window shows them (issue 18). */
    private final ComboBox<PaletteChoice> palette = new ComboBox<>();
    private final Window owner;
    private final Label output = new Label();
    private final ImageView preview = new ImageView();
    private final Label status = new Label();
    private final ProgressIndicator busy = new ProgressIndicator();
    private final Button save = new Button(Messages.get("export.dialog.save"));
    private java.util.function.Consumer<Path> onSaved = path -> { };
    private String lastError;
    private String lastNotes;

    /** Opens the dialog over {@code owner} (may be null) for what the window shows now. */
    public static ExportDialog show(Window owner, ChartData data, TaskRunner runner) {
        return show(owner, data, Editorial.NONE, runner);
    }

    /** As above, with the author's headline, notes, byline, alt text and annotations. */
    public static ExportDialog show(Window owner, ChartData data, Editorial editorial, TaskRunner runner) {
        ExportDialog dialog = new ExportDialog(owner, data, editorial, runner);
        dialog.stage.show();
        return dialog;
    }

    /** As above, starting from the colours last chosen; {@code chosen} hears every change, e.g. to remember it. */
    public static ExportDialog show(Window owner, ChartData data, Editorial editorial, TaskRunner runner,
                                    PaletteChoice initial, java.util.function.Consumer<PaletteChoice> chosen) {
        ExportDialog dialog = new ExportDialog(owner, data, editorial, runner);
        dialog.palette.setValue(Objects.requireNonNull(initial, "initial"));
        dialog.palette.valueProperty().addListener((o, a, b) -> chosen.accept(b));
        dialog.stage.show();
        return dialog;
    }

    /**
     * As above, starting with the panels and size of the view on screen (those of a saved view once it is opened), so
     * that the window's export of a reopened view is the figure {@code export --view} makes of it.
     */
    public static ExportDialog show(Window owner, ChartData data, Editorial editorial, FigureContent panels,
                                    FigureSize figureSize, TaskRunner runner) {
        ExportDialog dialog = new ExportDialog(owner, data, editorial, runner);
        dialog.start(panels, figureSize);
        dialog.stage.show();
        return dialog;
    }

    /** The window's export: the view's panels and size, and the colours last chosen ({@code chosen} remembers). */
    public static ExportDialog show(Window owner, ChartData data, Editorial editorial, FigureContent panels,
                                    FigureSize figureSize, TaskRunner runner, PaletteChoice initial,
                                    java.util.function.Consumer<PaletteChoice> chosen) {
        ExportDialog dialog = withPalette(owner, data, editorial, panels, figureSize, runner, initial, chosen);
        dialog.stage.show();
        return dialog;
    }

    /**
     * As above, with the format last chosen too, set before the dialog is shown: set after, it drew the preview a
     * second time on the FX thread, and the format flicked from PNG to the remembered one.
     */
    public static ExportDialog show(Window owner, ChartData data, Editorial editorial, FigureContent panels,
                                    FigureSize figureSize, TaskRunner runner, PaletteChoice initial,
                                    java.util.function.Consumer<PaletteChoice> chosen, ImageFormat initialFormat,
                                    java.util.function.Consumer<ImageFormat> formatChosen) {
        ExportDialog dialog = withPalette(owner, data, editorial, panels, figureSize, runner, initial, chosen);
        dialog.rememberFormat(initialFormat, formatChosen);
        dialog.stage.show();
        return dialog;
    }

    private static ExportDialog withPalette(Window owner, ChartData data, Editorial editorial, FigureContent panels,
                                            FigureSize figureSize, TaskRunner runner, PaletteChoice initial,
                                            java.util.function.Consumer<PaletteChoice> chosen) {
        ExportDialog dialog = new ExportDialog(owner, data, editorial, runner);
        dialog.start(panels, figureSize);
        dialog.palette.setValue(Objects.requireNonNull(initial, "initial"));
        dialog.palette.valueProperty().addListener((o, a, b) -> chosen.accept(b));
        return dialog;
    }

    /** Chooses the panels and size, adding them to the choices if a view file gave others than the presets. */
    void start(FigureContent panels, FigureSize figureSize) {
        if (!chart.getItems().contains(panels)) {
            chart.getItems().add(panels);
        }
        chart.setValue(panels);
        if (!size.getItems().contains(figureSize)) {
            size.getItems().add(figureSize);
        }
        size.setValue(figureSize);
    }

    ExportDialog(Window owner, ChartData data, TaskRunner runner) {
        this(owner, data, Editorial.NONE, runner);
    }

    ExportDialog(Window owner, ChartData data, Editorial editorial, TaskRunner runner) {
        this.data = Objects.requireNonNull(data, "data");
        this.editorial = Objects.requireNonNull(editorial, "editorial");
        this.runner = Objects.requireNonNull(runner, "runner");
        this.owner = owner;
        if (owner != null) {
            stage.initOwner(owner);
            stage.initModality(Modality.WINDOW_MODAL);
        }
        stage.setTitle(Messages.get("export.dialog.title"));

        ExportSettings defaults = ExportSettings.defaults();
        chart.getItems().setAll(FigureContent.choices());
        chart.setConverter(converter(FigureContent::displayName));
        chart.setValue(defaults.content());
        size.getItems().setAll(FigureSize.presets());
        size.setValue(defaults.size());
        HBox formats = new HBox(12);
        for (ImageFormat f : ImageFormat.values()) {
            RadioButton b = new RadioButton(f.displayName());
            b.setUserData(f);
            b.setToggleGroup(format);
            b.setSelected(f == defaults.format());
            formats.getChildren().add(b);
        }
        scale.getItems().setAll(List.of(1, 2, 3));
        scale.setConverter(converter(s -> Messages.format("export.dialog.scale.value", s)));
        scale.setValue(defaults.scale());
        palette.getItems().setAll(PaletteChoice.values());
        palette.setConverter(converter(c -> Messages.get(c == PaletteChoice.PRINT ? "export.dialog.palette.print"
                : "export.dialog.palette.screen")));
        palette.setValue(PaletteChoice.PRINT);

        GridPane form = new GridPane();
        form.getStyleClass().add("export-form");
        form.addRow(0, caption("export.dialog.chart"), chart);
        form.addRow(1, caption("export.dialog.size"), size);
        form.addRow(2, caption("export.dialog.format"), formats);
        form.addRow(3, caption("export.dialog.scale"), scale);
        form.addRow(4, caption("export.dialog.palette"), palette);
        chart.setPrefWidth(230);
        size.setPrefWidth(230);
        palette.setPrefWidth(230);
        form.setMinWidth(Region.USE_PREF_SIZE);
        form.add(output, 1, 5);
        output.getStyleClass().add("export-output");
        output.setWrapText(true);
        output.setMaxWidth(230);
        Label source = new Label(Messages.format("export.dialog.source", Messages.credit(data.metadata())));
        source.getStyleClass().add("export-source");
        source.setWrapText(true);
        source.setMaxWidth(300);
        form.add(source, 0, 6, 2, 1);

        preview.setPreserveRatio(true);
        preview.setSmooth(true);
        StackPane previewBox = new StackPane(preview);
        previewBox.getStyleClass().add("export-preview");
        previewBox.setMinSize(PREVIEW_WIDTH + 18, PREVIEW_HEIGHT + 18);
        previewBox.setAlignment(Pos.CENTER);

        HBox body = new HBox(16, form, previewBox);
        HBox.setHgrow(previewBox, Priority.ALWAYS);

        Button cancel = new Button(Messages.get("export.dialog.cancel"));
        cancel.setCancelButton(true);
        cancel.setOnAction(e -> stage.close());
        save.setDefaultButton(true);
        save.setOnAction(e -> chooseFileAndSave());
        ButtonBar.setButtonData(save, ButtonBar.ButtonData.OK_DONE);
        ButtonBar.setButtonData(cancel, ButtonBar.ButtonData.CANCEL_CLOSE);
        ButtonBar buttons = new ButtonBar();
        buttons.getButtons().addAll(save, cancel);
        busy.setVisible(false);
        busy.setPrefSize(18, 18);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bottom = new HBox(8, busy, status, spacer, buttons);
        bottom.setAlignment(Pos.CENTER_LEFT);

        VBox root = new VBox(body, bottom);
        root.getStyleClass().add("export-dialog");
        VBox.setMargin(bottom, new Insets(4, 0, 0, 0));
        Scene scene = new Scene(root);
        ThemeManager.styleLike(owner, scene);
        stage.setScene(scene);

        chart.valueProperty().addListener((o, a, b) -> refresh());
        size.valueProperty().addListener((o, a, b) -> refresh());
        format.selectedToggleProperty().addListener((o, a, b) -> refresh());
        scale.valueProperty().addListener((o, a, b) -> refresh());
        palette.valueProperty().addListener((o, a, b) -> refresh());
        refresh();
    }

    /**
     * Starts in the format last chosen and tells {@code chosen} of every change, e.g. to remember it between runs:
     * a newsroom that publishes SVG found PNG chosen again after every start.
     */
    public ExportDialog rememberFormat(ImageFormat initial, java.util.function.Consumer<ImageFormat> chosen) {
        selectFormat(Objects.requireNonNull(initial, "initial"));
        format.selectedToggleProperty().addListener((o, a, b) -> {
            if (b != null) {
                chosen.accept((ImageFormat) b.getUserData());
            }
        });
        return this;
    }

    /** Called on the FX thread with the file once a figure has been saved, e.g. to say so in a status bar. */
    public ExportDialog setOnSaved(java.util.function.Consumer<Path> handler) {
        this.onSaved = Objects.requireNonNull(handler, "handler");
        return this;
    }

    /** What the controls say now. */
    ExportSettings settings() {
        ImageFormat f = (ImageFormat) format.getSelectedToggle().getUserData();
        return new ExportSettings(chart.getValue(), size.getValue(), f, f.isRaster() ? scale.getValue() : 1,
                palette.getValue().palette(ThemeManager.themeOf(owner)));
    }

    /** Updates the output line and redraws the preview: the figure exactly as it will be saved, scaled down. */
    private void refresh() {
        if (format.getSelectedToggle() == null) {
            return;
        }
        ExportSettings s = settings();
        scale.setDisable(!s.format().isRaster());
        if (s.format().isRaster()) {
            output.setText(Messages.format("export.dialog.output.raster", s.pixelWidth(), s.pixelHeight()));
        } else if (s.format() == ImageFormat.PDF && s.size().isA4()) {
            output.setText(Messages.get("export.dialog.output.a4"));
        } else {
            output.setText(Messages.format("export.dialog.output.vector", s.size().width(), s.size().height()));
        }
        double fit = Math.min(PREVIEW_WIDTH / s.size().width(), PREVIEW_HEIGHT / s.size().height());
        double pixelScale = Math.max(1, stage.getOutputScaleX());
        preview.setImage(FigureBuilder.build(data, s.content(), s.size(), editorial, s.palette())
                .snapshot(fit * pixelScale));
        preview.setFitWidth(s.size().width() * fit);
        preview.setFitHeight(s.size().height() * fit);
    }

    private void chooseFileAndSave() {
        ExportSettings s = settings();
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Messages.format("export.dialog.chooser.title", s.format().displayName()));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(
                Messages.format("export.dialog.chooser.filter", s.format().displayName(), s.format().extension()),
                "*." + s.format().extension()));
        chooser.setInitialFileName(FigureExport.suggestedFileName(data, s));
        org.asylumtrends.ui.ChooserFolder.startIn(chooser);
        File chosen = chooser.showSaveDialog(stage);
        if (chosen == null) {
            return;
        }
        Path target = s.format().withExtension(chosen.toPath());
        // Asked here as well as by the platform's chooser: not every chooser asks, and none has seen a name to
        // which the extension was added.
        if (AtomicFileWriter.wouldReplace(target) && !confirmReplace(target)) {
            return;
        }
        saveTo(target);
    }

    private boolean confirmReplace(Path target) {
        ButtonType replace = new ButtonType(Messages.get("export.dialog.overwrite.replace"), ButtonBar.ButtonData.OK_DONE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, Messages.get("export.dialog.overwrite.text"), replace,
                ButtonType.CANCEL);
        alert.initOwner(stage);
        alert.setTitle(Messages.get("export.dialog.overwrite.title"));
        alert.setHeaderText(Messages.format("export.dialog.overwrite.header", target));
        return alert.showAndWait().filter(replace::equals).isPresent();
    }

    /**
     * Saves the figure to {@code target} without asking: lays it out and captures it here, on the FX thread, then
     * encodes and writes it on the task runner. Closes the dialog once the file is in place.
     */
    void saveTo(Path target) {
        ExportSettings s = settings();
        FigureExport figure;
        try {
            figure = FigureExport.prepare(data, s, editorial);
        } catch (ExportException tooLarge) {
            showError(tooLarge.getMessage());
            return;
        }
        Task<Path> task = new Task<>() {
            @Override
            protected Path call() throws Exception {
                figure.writeTo(target);
                return target;
            }
        };
        task.setOnSucceeded(e -> {
            busy.setVisible(false);
            save.setDisable(false);
            org.asylumtrends.ui.ChooserFolder.used(target.toFile());
            status.setText("");
            stage.close();
            onSaved.accept(target);
            showNotes(figure.notes());
        });
        task.setOnFailed(e -> {
            busy.setVisible(false);
            save.setDisable(false);
            status.setText("");
            Throwable error = task.getException();
            String message = error instanceof ExportException ? error.getMessage()
                    : Messages.format("export.dialog.error.unexpected", target, String.valueOf(error));
            showError(message);
        });
        busy.setVisible(true);
        save.setDisable(true);
        status.setText(Messages.format("export.dialog.saving", target.getFileName()));
        runner.run(task);
    }

    /** What the file had to change (characters an SVG cannot hold, a PDF drawing some as shapes), after saving. */
    private void showNotes(java.util.List<String> notes) {
        if (notes.isEmpty()) {
            return;
        }
        lastNotes = String.join("\n\n", notes);
        Alert alert = new Alert(Alert.AlertType.INFORMATION, lastNotes);
        alert.initOwner(stage.getOwner());
        alert.setTitle(Messages.get("export.dialog.notes.title"));
        alert.setHeaderText(Messages.get("export.dialog.notes.header"));
        alert.getDialogPane().setId("exportNotesDialog");
        alert.show();
    }

    /** For tests: the notes shown after the last save, or null. */
    String lastNotes() {
        return lastNotes;
    }

    private void showError(String message) {
        lastError = message;
        Alert alert = new Alert(Alert.AlertType.ERROR, message);
        alert.initOwner(stage);
        alert.setTitle(Messages.get("export.dialog.error.title"));
        alert.setHeaderText(Messages.get("export.dialog.error.header"));
        alert.show();
    }

    private static Label caption(String key) {
        Label label = new Label(Messages.get(key));
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }

    private static <T> StringConverter<T> converter(java.util.function.Function<T, String> text) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : text.apply(value);
            }

            @Override
            public T fromString(String s) {
                throw new UnsupportedOperationException();
            }
        };
    }

    // For tests.

    Stage stage() {
        return stage;
    }

    ComboBox<FigureContent> chartChoice() {
        return chart;
    }

    ComboBox<FigureSize> sizeChoice() {
        return size;
    }

    ComboBox<PaletteChoice> paletteChoice() {
        return palette;
    }

    ComboBox<Integer> scaleChoice() {
        return scale;
    }

    void selectFormat(ImageFormat f) {
        format.getToggles().stream().filter(t -> t.getUserData() == f).findFirst().ifPresent(t -> t.setSelected(true));
    }

    ImageView preview() {
        return preview;
    }

    Label output() {
        return output;
    }

    /** The message of the last error shown, or null. */
    String lastError() {
        return lastError;
    }
}
