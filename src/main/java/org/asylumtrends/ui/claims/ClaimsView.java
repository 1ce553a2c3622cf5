package org.asylumtrends.ui.claims;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import javafx.concurrent.Task;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.asylumtrends.data.AsylumDataset;
import org.asylumtrends.data.EraTable;
import org.asylumtrends.data.claims.ClaimResult;
import org.asylumtrends.data.claims.ClaimsCheck;
import org.asylumtrends.data.claims.ClaimsText;
import org.asylumtrends.data.claims.Verdict;
import org.asylumtrends.text.AppLocale;
import org.asylumtrends.text.Messages;
import org.asylumtrends.ui.TaskRunner;
import org.asylumtrends.ui.ToolWindow;

/**
 * The article's claims beside what the data say: one card per claim with its verdict (colour, symbol and word,
 * so it never rests on colour alone), the article's and the data's figures, the measure used and the explanation.
 * The view only shows results; {@link ClaimsCheck} computes them.
 */
public final class ClaimsView extends BorderPane {
    private static final Map<Verdict, String> SYMBOLS = Map.of(
            Verdict.MATCHES, "\u2713", Verdict.DIFFERS, "\u2717", Verdict.CANNOT_BE_REPRODUCED, "?");

    private final ClaimsText text = new ClaimsText(AppLocale.current());
    private final Label subtitle = new Label();
    private final Label tally = new Label();
    private final VBox cards = new VBox(10);
    private ScrollPane scroll;

    /** An empty view that says the check is running; {@link #show} fills it. */
    public ClaimsView() {
        getStyleClass().add("claims-view");
        getStylesheets().add(Objects.requireNonNull(ClaimsView.class.getResource("claims.css")).toExternalForm());
        Label title = new Label(Messages.get("claims.title"));
        title.getStyleClass().add("claims-title");
        subtitle.getStyleClass().add("claims-subtitle");
        subtitle.setWrapText(true);
        tally.setId("claimsTally");
        tally.getStyleClass().add("claims-tally");
        VBox header = new VBox(4, title, subtitle, tally);
        header.getStyleClass().add("claims-header");
        setTop(header);

        cards.getStyleClass().add("claims-cards");
        cards.getChildren().add(new Label(Messages.get("claims.checking")));
        scroll = new ScrollPane(cards);
        scroll.setFitToWidth(true);
        // Focusable, so that arrows and Page Up/Down scroll it: the window had nothing to take the keys.
        scroll.setFocusTraversable(true);
        scroll.getStyleClass().add("claims-scroll");
        setCenter(scroll);
    }

    public ClaimsView(List<ClaimResult> results, String credit) {
        this();
        show(results, credit);
    }

    /** Shows the results; {@code credit} names the data's source and release. */
    public void show(List<ClaimResult> results, String credit) {
        subtitle.setText(Messages.format("claims.subtitle", credit));
        long matches = results.stream().filter(r -> r.verdict() == Verdict.MATCHES).count();
        long differs = results.stream().filter(r -> r.verdict() == Verdict.DIFFERS).count();
        tally.setText(Messages.format("claims.tally", matches, differs, results.size() - matches - differs,
                results.size()));
        cards.getChildren().clear();
        for (int i = 0; i < results.size(); i++) {
            cards.getChildren().add(card(i + 1, results.get(i)));
        }
        Label rule = new Label(text.rule());
        rule.setWrapText(true);
        rule.getStyleClass().add("claims-rule");
        cards.getChildren().add(rule);
    }

    /** Puts the claims editor above the results, the divider between them movable; the header stays on top. */
    public void showEditor(javafx.scene.Node editor) {
        javafx.scene.control.SplitPane split = new javafx.scene.control.SplitPane(editor, scroll);
        split.setOrientation(javafx.geometry.Orientation.VERTICAL);
        split.setDividerPositions(0.36);
        setCenter(split);
    }

    /** Says why there are no results, e.g. the claims table could not be read. */
    public void showFailure(String message) {
        cards.getChildren().setAll(new Label(Messages.format("claims.failed", message)));
    }

    private VBox card(int number, ClaimResult result) {
        String verdictClass = "verdict-" + result.verdict().id();
        Label symbol = new Label(SYMBOLS.get(result.verdict()));
        symbol.getStyleClass().add("claim-verdict-symbol");
        Label verdict = new Label(text.verdict(result.verdict()), symbol);
        verdict.getStyleClass().addAll("claim-verdict", verdictClass);
        verdict.setAccessibleText(Messages.format("claims.verdict.accessible", text.verdict(result.verdict())));
        verdict.setMinWidth(USE_PREF_SIZE);

        Label claim = new Label(number + ". " + result.claim().text(AppLocale.current()));
        claim.getStyleClass().add("claim-text");
        claim.setWrapText(true);
        HBox head = new HBox(12, verdict, claim);
        head.setAlignment(Pos.TOP_LEFT);
        HBox.setHgrow(claim, Priority.ALWAYS);

        GridPane figures = new GridPane();
        figures.getStyleClass().add("claim-figures");
        figures.setHgap(18);
        figures.setVgap(2);
        String[] captions = {Messages.get("claims.article"), Messages.get("claims.data"), Messages.get("claims.measure")};
        String[] values = {text.format(result.articleFigure()), text.format(result.dataFigure()),
                text.format(result.measureUsed())};
        for (int i = 0; i < captions.length; i++) {
            Label caption = new Label(captions[i]);
            caption.getStyleClass().add("claim-caption");
            Label value = new Label(values[i]);
            value.getStyleClass().add(i < 2 ? "claim-figure" : "claim-measure");
            value.setWrapText(true);
            GridPane.setValignment(value, VPos.TOP);
            figures.add(caption, i, 0);
            figures.add(value, i, 1);
        }
        figures.getColumnConstraints().addAll(column(24), column(30), column(46));

        Label explanation = new Label(text.explanation(result));
        explanation.getStyleClass().add("claim-explanation");
        explanation.setWrapText(true);

        VBox card = new VBox(8, head, figures, explanation);
        card.getStyleClass().addAll("claim-card", verdictClass);
        card.setId("claim-" + result.claim().id());
        card.setPadding(new Insets(10, 14, 12, 14));
        // A card is a Tab stop with a visible focus ring; Shortcut+C or its context menu copies its whole text
        // (a journalist quotes the verdict and the figures). Labels cannot be selected in JavaFX.
        String copy = String.join("\n", text.verdict(result.verdict()) + ": " + claim.getText(),
                captions[0] + ": " + values[0], captions[1] + ": " + values[1], captions[2] + ": " + values[2],
                explanation.getText());
        card.getProperties().put(COPY_TEXT, copy);
        card.setFocusTraversable(true);
        card.setAccessibleText(copy);
        card.setOnKeyPressed(e -> {
            if (COPY.match(e)) {
                copyToClipboard(copy);
                e.consume();
            }
        });
        MenuItem copyItem = new MenuItem(Messages.get("claims.copy"));
        copyItem.setOnAction(e -> copyToClipboard(copy));
        ContextMenu menu = new ContextMenu(copyItem);
        card.setOnContextMenuRequested(e -> menu.show(card, e.getScreenX(), e.getScreenY()));
        card.setOnMouseClicked(e -> card.requestFocus());
        card.focusedProperty().addListener((o, was, focused) -> {
            if (focused) {
                scrollIntoView(card);
            }
        });
        return card;
    }

    /** The key under which a card keeps the text it copies, for tests. */
    public static final String COPY_TEXT = "asylumtrends.copyText"; // not a message key
    private static final KeyCombination COPY = new KeyCodeCombination(KeyCode.C, KeyCombination.SHORTCUT_DOWN);

    private static void copyToClipboard(String text) {
        ClipboardContent content = new ClipboardContent();
        content.putString(text);
        Clipboard.getSystemClipboard().setContent(content);
    }

    /** Room kept above and below a card scrolled into view, for its focus ring. */
    private static final double SCROLL_MARGIN = 8;

    /** Scrolls so that a card that got focus by Tab is in view. */
    private void scrollIntoView(Node card) {
        double contentHeight = cards.getBoundsInLocal().getHeight();
        double viewport = scroll.getViewportBounds().getHeight();
        if (contentHeight <= viewport) {
            return;
        }
        double top = Math.max(0, card.getBoundsInParent().getMinY() - SCROLL_MARGIN);
        double bottom = Math.min(contentHeight, card.getBoundsInParent().getMaxY() + SCROLL_MARGIN);
        double shownTop = scroll.getVvalue() * (contentHeight - viewport);
        if (top < shownTop) {
            scroll.setVvalue(top / (contentHeight - viewport));
        } else if (bottom > shownTop + viewport) {
            scroll.setVvalue(Math.min(1, (bottom - viewport) / (contentHeight - viewport)));
        }
    }

    public ScrollPane scrollPane() {
        return scroll;
    }

    private static ColumnConstraints column(double percent) {
        ColumnConstraints c = new ColumnConstraints();
        c.setPercentWidth(percent);
        return c;
    }

    /**
     * Opens a window beside {@code owner} and checks the bundled claims against {@code data} and {@code eras}
     * off the FX thread; the window says "checking" until the results arrive.
     */
    public static Stage showWindow(Window owner, AsylumDataset data, EraTable eras) {
        return showWindow(owner, data, eras, Worker.RUNNER);
    }

    /** As {@link #showWindow(Window, AsylumDataset, EraTable)}, with the runner for the check (tests run it at once). */
    public static Stage showWindow(Window owner, AsylumDataset data, EraTable eras, TaskRunner runner) {
        Objects.requireNonNull(data, "data");
        Objects.requireNonNull(eras, "eras");
        ClaimsView view = new ClaimsView();
        // The claims can be edited, imported and exported (any article's); the bundled article is the worked example.
        ClaimsEditorModel model = new ClaimsEditorModel(data, eras, runner);
        ClaimsEditor editor = new ClaimsEditor(model);
        model.resultsProperty().addListener((o, was, now) -> view.show(now, Messages.credit(data.metadata())));
        view.showEditor(editor);
        Stage stage = ToolWindow.open(owner, Messages.get("claims.window.title"), view, 1000, 780);
        model.loadBundled();
        return stage;
    }

    /** One worker for every claims window, created on first use. */
    private static final class Worker {
        static final TaskRunner RUNNER = TaskRunner.background();
    }
}
