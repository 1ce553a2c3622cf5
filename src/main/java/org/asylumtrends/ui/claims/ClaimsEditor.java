package org.asylumtrends.ui.claims;

import java.io.File;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.ToolBar;
import javafx.scene.control.cell.ComboBoxTableCell;
import javafx.scene.control.cell.TextFieldTableCell;
import javafx.scene.layout.BorderPane;
import javafx.stage.FileChooser;
import org.asylumtrends.data.Measure;
import org.asylumtrends.data.claims.ClaimDraft;
import org.asylumtrends.text.Messages;

/**
 * The claims as a table to edit: claim text, the article's figure, a measure or "find it", the years and the
 * release; with Import, Save, Add, Remove and the two exports. A thin view over {@link ClaimsEditorModel}: every
 * edit goes to the model, which checks again in the background.
 */
public final class ClaimsEditor extends BorderPane {
    private final TableView<ClaimDraft> table = new TableView<>();

    public ClaimsEditor(ClaimsEditorModel model) {
        getStyleClass().add("claims-editor");
        table.setId("claimsTable");
        table.setEditable(true);
        table.setItems(model.drafts());
        table.setPlaceholder(new Label(Messages.get("claims.editor.empty")));
        table.getColumns().setAll(List.of(
                column(model, "claims.editor.claim", 380, ClaimDraft::text, ClaimDraft::withText),
                column(model, "claims.editor.figure", 110, ClaimDraft::figure, ClaimDraft::withFigure),
                measureColumn(model),
                column(model, "claims.editor.years", 90, ClaimDraft::years, ClaimDraft::withYears),
                column(model, "claims.editor.release", 80, ClaimDraft::release, ClaimDraft::withRelease)));
        table.setPrefHeight(220);

        Button importButton = button("claimsImport", "claims.editor.import");
        importButton.setOnAction(e -> chooser("claims.editor.import", "*.csv").map(c -> c.showOpenDialog(getScene()
                .getWindow())).ifPresent(f -> {
                    org.asylumtrends.ui.ChooserFolder.used(f);
                    model.importTable(f.toPath());
                }));
        Button save = button("claimsSave", "claims.editor.save");
        save.setOnAction(e -> saveTo("claims.csv", "*.csv", f -> model.saveTable(f.toPath())));
        Button add = button("claimsAdd", "claims.editor.add");
        add.setOnAction(e -> {
            model.add();
            editCell(table.getItems().size() - 1, 0);
        });
        Button remove = button("claimsRemove", "claims.editor.remove");
        remove.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        remove.setOnAction(e -> model.remove(table.getSelectionModel().getSelectedIndex()));
        Button csv = button("claimsExportCsv", "claims.editor.exportCsv");
        csv.setOnAction(e -> saveTo("claims-check.csv", "*.csv", f -> model.exportCsv(f.toPath())));
        Button pdf = button("claimsExportPdf", "claims.editor.exportPdf");
        pdf.setOnAction(e -> saveTo("claims-report.pdf", "*.pdf", f -> model.exportPdf(f.toPath())));
        Label status = new Label();
        status.setId("claimsStatus");
        status.setWrapText(true);
        status.textProperty().bind(model.statusProperty());
        setTop(new ToolBar(importButton, save, add, remove, csv, pdf));
        setCenter(table);
        setBottom(status);
        BorderPane.setMargin(status, new Insets(4, 12, 4, 12));
    }

    public TableView<ClaimDraft> table() {
        return table;
    }

    /** Starts editing a cell, scrolled into view first: a table edits only a row it has a cell for. */
    public void editCell(int row, int column) {
        table.getSelectionModel().select(row);
        table.scrollTo(row);
        table.layout();
        table.edit(row, table.getColumns().get(column));
    }

    private static TableColumn<ClaimDraft, String> column(ClaimsEditorModel model, String key, double width,
                                                          Function<ClaimDraft, String> get,
                                                          BiFunction<ClaimDraft, String, ClaimDraft> set) {
        TableColumn<ClaimDraft, String> c = new TableColumn<>(Messages.get(key));
        c.setPrefWidth(width);
        c.setCellValueFactory(row -> new ReadOnlyStringWrapper(get.apply(row.getValue())));
        c.setCellFactory(TextFieldTableCell.forTableColumn());
        c.setOnEditCommit(e -> model.edit(e.getTablePosition().getRow(), set.apply(e.getRowValue(), e.getNewValue())));
        return c;
    }

    /** "find" or a measure's id, as the claims table writes it. */
    private static TableColumn<ClaimDraft, String> measureColumn(ClaimsEditorModel model) {
        TableColumn<ClaimDraft, String> c = new TableColumn<>(Messages.get("claims.editor.measure"));
        c.setPrefWidth(150);
        c.setCellValueFactory(row -> new ReadOnlyStringWrapper(row.getValue().measure()));
        var choices = FXCollections.observableArrayList(ClaimDraft.FIND_IT);
        for (Measure m : Measure.values()) {
            choices.add(m.id());
        }
        c.setCellFactory(ComboBoxTableCell.forTableColumn(choices));
        c.setOnEditCommit(e -> model.edit(e.getTablePosition().getRow(), e.getRowValue().withMeasure(e.getNewValue())));
        return c;
    }

    private static Button button(String id, String key) {
        Button b = new Button(Messages.get(key));
        b.setId(id);
        return b;
    }

    private static java.util.Optional<FileChooser> chooser(String titleKey, String pattern) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Messages.get(titleKey));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(pattern, pattern));
        return java.util.Optional.of(org.asylumtrends.ui.ChooserFolder.startIn(chooser));
    }

    private void saveTo(String name, String pattern, java.util.function.Consumer<File> save) {
        FileChooser chooser = chooser("claims.editor.saveTitle", pattern).orElseThrow();
        chooser.setInitialFileName(name);
        File f = chooser.showSaveDialog(getScene().getWindow());
        if (f != null) {
            org.asylumtrends.ui.ChooserFolder.used(f);
            save.accept(f);
        }
    }
}
