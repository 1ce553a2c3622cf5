package org.asylumtrends.ui.finder;

import java.util.Objects;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.asylumtrends.data.AsylumDataset;
import org.asylumtrends.data.EraTable;
import org.asylumtrends.text.Messages;
import org.asylumtrends.ui.TaskRunner;
import org.asylumtrends.ui.ToolWindow;

/**
 * View > Find figure…: a published number (or its sentence) in, the readings of it the data allow out, best first.
 * A thin view over {@link FinderModel}.
 */
public final class FinderView extends BorderPane {
    private final TextField input = new TextField();
    private final Button find = new Button(Messages.get("finder.find"));
    private final Label summary = new Label();
    private final ListView<String> candidates = new ListView<>();

    public FinderView(FinderModel model) {
        getStyleClass().add("finder-view");
        input.setId("finderInput");
        input.setPromptText(Messages.get("finder.prompt"));
        input.setAccessibleText(Messages.get("finder.prompt"));
        find.setId("finderFind");
        find.setDefaultButton(true);
        find.disableProperty().bind(input.textProperty().isEmpty());
        find.setOnAction(e -> model.find(input.getText()));
        HBox row = new HBox(8, input, find);
        HBox.setHgrow(input, Priority.ALWAYS);
        summary.setId("finderSummary");
        summary.setWrapText(true);
        summary.textProperty().bind(javafx.beans.binding.Bindings.when(model.runningProperty())
                .then(Messages.get("finder.searching")).otherwise(model.summaryProperty()));
        VBox top = new VBox(8, row, summary);
        top.setPadding(new Insets(12));
        setTop(top);
        candidates.setId("finderCandidates");
        candidates.setPlaceholder(new Label(Messages.get("finder.none")));
        candidates.setCellFactory(list -> new ListCell<>() {
            {
                setWrapText(true);
                prefWidthProperty().bind(list.widthProperty().subtract(24));
            }

            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : (getIndex() + 1) + ". " + item);
            }
        });
        model.sentencesProperty().addListener((o, was, now) -> candidates.getItems().setAll(now));
        BorderPane.setMargin(candidates, new Insets(0, 12, 12, 12));
        setCenter(candidates);
    }

    public TextField input() {
        return input;
    }

    /** Opens the window beside {@code owner}; searches run on {@code runner}. */
    public static Stage showWindow(Window owner, AsylumDataset data, EraTable eras, TaskRunner runner) {
        Objects.requireNonNull(data, "data");
        FinderView view = new FinderView(new FinderModel(data, eras, runner));
        Stage stage = ToolWindow.open(owner, Messages.get("finder.window.title"), view, 900, 600);
        view.input().requestFocus();
        return stage;
    }
}
