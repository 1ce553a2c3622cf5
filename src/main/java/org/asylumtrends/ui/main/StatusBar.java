package org.asylumtrends.ui.main;

import org.asylumtrends.ui.model.MainModel;
import java.util.List;
import javafx.beans.value.ObservableValue;
import javafx.concurrent.Task;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.asylumtrends.data.AsylumDataset;
import org.asylumtrends.data.DatasetMetadata;
import org.asylumtrends.text.Messages;

/**
 * Source, release and licence of what is shown, and the origin (every figure carries its source); while files
 * load, their progress and a Cancel button.
 */
public final class StatusBar extends HBox {
    private final Label source = new Label(Messages.get("status.loading"));
    /** The UNHCR data's source line, what their files say about themselves, and the population's credit or "". */
    private String unhcr;
    private List<String> details = List.of();
    private String population = "";
    private final Label origin = new Label();
    private final Label loading = new Label();
    private final Label notice = new Label();
    /** The share of the bar a notice has at least, whatever the source line needs. */
    private static final double NOTICE_SHARE = 0.4;
    /** How long a {@link #flash} notice stays. */
    static final javafx.util.Duration FLASH_TIME = javafx.util.Duration.seconds(8);
    private final javafx.animation.PauseTransition flashing = new javafx.animation.PauseTransition(FLASH_TIME);
    private String flashed;
    private final ProgressBar progress = new ProgressBar();
    private final Button cancel = new Button(Messages.get("status.cancel"));
    private final HBox loadBox = new HBox(8, loading, progress, cancel);

    StatusBar(MainModel model) {
        getStyleClass().add("status-bar");
        setAlignment(Pos.CENTER_LEFT);
        setSpacing(16);
        source.setId("statusSource");
        origin.setId("statusOrigin");
        loading.setId("statusLoading");
        cancel.setId("cancelLoad");
        progress.setPrefWidth(160);
        progress.setAccessibleText(Messages.get("status.loading"));
        // In a narrow window the file name gives way, never the one button that stops the load.
        cancel.setMinWidth(Region.USE_PREF_SIZE);
        progress.setMinWidth(60);
        loading.setMinWidth(0);
        loadBox.setAlignment(Pos.CENTER_LEFT);
        loadBox.managedProperty().bind(loadBox.visibleProperty());
        loadBox.setVisible(false);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        notice.setId("statusNotice");
        // Cut in the middle: "Saved asylum-seekers-CHN-…-figure.png in Documents" still says where the file went.
        notice.setTextOverrun(javafx.scene.control.OverrunStyle.CENTER_ELLIPSIS);
        getChildren().addAll(source, spacer, notice, loadBox, origin);
        model.datasetProperty().addListener((o, a, data) -> showSource(data));
        model.chartDataProperty().addListener((o, a, data) -> {
            if (data != null) {
                // Per 100,000 the figures are UNHCR's divided by the World Bank's: both are credited.
                population = org.asylumtrends.text.ScaleText.populationCredit(data).orElse("");
                showSourceLine();
                // In an "in" view the first listed country is the country of asylum, not an origin.
                origin.setText(Messages.format(data.asylumView() ? "status.asylum" : "status.origin",
                        Messages.countryName(data.origin()), data.origin().iso3()));
            }
        });
    }

    /** Shows the progress of whichever load is current; {@code onCancel} stops it. */
    void follow(ObservableValue<? extends Task<?>> currentLoad, Runnable onCancel) {
        cancel.setOnAction(e -> onCancel.run());
        currentLoad.addListener((o, old, task) -> {
            loading.textProperty().unbind();
            progress.progressProperty().unbind();
            loadBox.setVisible(task != null);
            if (task != null) {
                loading.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                        () -> Messages.format("status.loadingFile", task.getMessage()), task.messageProperty()));
                progress.progressProperty().bind(task.progressProperty());
            }
        });
    }

    /**
     * The origin repeats the window's title and the origin box: where the bar is too narrow for it whole beside the
     * source line and the notice, it steps aside whole (it showed "O…" at 1024 px) and the source keeps the room.
     */
    @Override
    protected void layoutChildren() {
        double needed = snappedLeftInset() + snappedRightInset();
        int shown = 0;
        for (javafx.scene.Node child : getChildren()) {
            if (child == origin || child.isManaged() && child.isVisible()) {
                needed += child == origin ? origin.prefWidth(-1) : child.prefWidth(-1);
                shown++;
            }
        }
        needed += Math.max(0, shown - 1) * getSpacing();
        boolean fits = needed <= getWidth();
        if (origin.isVisible() != fits) {
            origin.setVisible(fits);
            origin.setManaged(fits);
        }
        // A notice takes the room the source line leaves (at 1024 px a long one cut the licence to "CC…"), but at
        // least two fifths of the bar: a per-100,000 source line is wider than a 1024 px window, and "Saved … in
        // Documents" vanished beside it. Its room is fixed (min = max), or the box would shrink it with the source
        // line in proportion; whole pixels, or the source is cut by 0.4.
        double others = snappedLeftInset() + snappedRightInset() + snapSizeX(source.prefWidth(-1)) + 2 * getSpacing()
                + (loadBox.isVisible() ? snapSizeX(loadBox.prefWidth(-1)) + getSpacing() : 0)
                + (fits ? snapSizeX(origin.prefWidth(-1)) + getSpacing() : 0);
        double room = Math.min(snapSizeX(notice.prefWidth(-1)),
                Math.max(Math.floor(getWidth() * NOTICE_SHARE), Math.floor(getWidth() - others) - 1));
        notice.setMinWidth(room);
        notice.setMaxWidth(room);
        super.layoutChildren();
    }

    /** A short message such as "Saved …", until the next one. */
    public void notice(String text) {
        notice(text, text);
    }

    /**
     * A notice that goes after a while, such as "Saved figure.png in Documents": it takes room from the source line
     * while it is shown, and it said so minutes after the save had been forgotten. {@code detail} is its tooltip.
     */
    public void flash(String text) {
        flash(text, text);
    }

    /** As {@link #flash(String)}, with {@code detail} as its tooltip. */
    public void flash(String text, String detail) {
        notice(text, detail);
        flashed = text;
        flashing.setOnFinished(e -> flashEnded());
        flashing.playFromStart();
    }

    /**
     * "Saved asylum-seekers-…-figure.png in Documents" for a while, the whole path in its tooltip: the same words
     * for a figure, a table's CSV and a view (the CSV said its whole path, which a 1024 px bar cut in the middle,
     * until the next notice).
     */
    public void flashSaved(java.nio.file.Path saved) {
        flash(savedNotice(saved), saved.toAbsolutePath().toString());
    }

    /**
     * "Saved asylum-seekers-CHN-2012-2024-figure.png in Documents": the file and its folder's name, short enough to
     * leave the source line whole; the whole path is the notice's tooltip.
     */
    static String savedNotice(java.nio.file.Path saved) {
        java.nio.file.Path folder = saved.toAbsolutePath().getParent();
        String folderName = folder == null || folder.getFileName() == null ? String.valueOf(folder)
                : folder.getFileName().toString();
        return Messages.format("export.saved", saved.getFileName(), folderName);
    }

    /** The flash's time is up: it goes, unless another notice has taken its place. */
    void flashEnded() {
        if (flashed != null && flashed.equals(notice.getText())) {
            notice("");
        }
        flashed = null;
    }

    /** The notice's tooltip: the whole of what it says in short ("" when none). */
    public String noticeDetail() {
        return notice.getTooltip() == null ? "" : notice.getTooltip().getText();
    }

    /** A notice with more in its tooltip, e.g. the whole path of a file it names. */
    public void notice(String text, String detail) {
        notice.setText(text);
        notice.setTooltip(detail == null || detail.isEmpty() ? null : new javafx.scene.control.Tooltip(detail));
    }

    private void showSource(AsylumDataset data) {
        if (data != null) {
            DatasetMetadata m = data.metadata();
            // A file that does not state its release gets none: never its local name in place of one.
            unhcr = m.release().isBlank() ? Messages.format("status.sourceUnreleased", m.source(), m.licence())
                    : Messages.format("status.source", m.source(), m.release(), m.licence());
            details = new java.util.ArrayList<>();
            m.details().forEach(d -> details.add(Messages.describe(d)));
            m.notes().forEach(n -> details.add(Messages.describe(n)));
            showSourceLine();
        }
    }

    /** The data's source, and the population's where the figures use it; the whole of it in a tooltip. */
    private void showSourceLine() {
        if (unhcr == null) {
            return;
        }
        String line = population.isEmpty() ? unhcr : unhcr + " \u00b7 " + population;
        // The whole line, and what the files say about themselves, when the line is cut short.
        List<String> lines = new java.util.ArrayList<>(List.of(line));
        lines.addAll(details);
        String whole = String.join("\n", lines);
        if (source.getTooltip() != null && whole.equals(source.getTooltip().getText())) {
            return; // the years change many times a second while the slider is dragged
        }
        source.setText(line);
        source.setTooltip(new javafx.scene.control.Tooltip(whole));
    }

    /** The notice shown, "" when none. */
    public String noticeText() {
        return notice.getText() == null ? "" : notice.getText();
    }

    Label sourceLabel() {
        return source;
    }

    /** Whether a load's progress and Cancel button are shown. */
    public boolean isShowingLoad() {
        return loadBox.isVisible();
    }

    public Button cancelButton() {
        return cancel;
    }

    /** The listed country: "Origin: China (CHN)", or in an "in" view "Country of asylum: …". */
    public Label originLabel() {
        return origin;
    }

    public Label loadingLabel() {
        return loading;
    }
}
