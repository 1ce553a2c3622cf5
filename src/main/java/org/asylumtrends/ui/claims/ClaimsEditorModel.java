package org.asylumtrends.ui.claims;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.concurrent.Task;
import org.asylumtrends.data.AsylumDataset;
import org.asylumtrends.data.EraTable;
import org.asylumtrends.data.claims.Claim;
import org.asylumtrends.data.claims.ClaimDraft;
import org.asylumtrends.data.claims.ClaimResult;
import org.asylumtrends.data.claims.ClaimsCheck;
import org.asylumtrends.data.claims.ClaimsTable;
import org.asylumtrends.data.claims.ClaimsText;
import org.asylumtrends.export.ClaimsReport;
import org.asylumtrends.text.AppLocale;
import org.asylumtrends.text.Messages;
import org.asylumtrends.ui.TaskRunner;

/**
 * The claims window's state: the claims being edited (the bundled article's to begin with), their results and a
 * status line. Every file is read or written, and every check run, on the task runner; the FX thread only applies
 * results. A table that cannot be read is reported with its file and line, and the claims on screen stay.
 */
public final class ClaimsEditorModel {
    private final AsylumDataset data;
    private final EraTable eras;
    private final TaskRunner runner;

    // Properties
    private final ObservableList<ClaimDraft> drafts = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<List<ClaimResult>> results = new ReadOnlyObjectWrapper<>(this, "results", List.of());
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ReadOnlyStringWrapper tableName = new ReadOnlyStringWrapper(this, "tableName", "claims.csv");

    public ClaimsEditorModel(AsylumDataset data, EraTable eras, TaskRunner runner) {
        this.data = Objects.requireNonNull(data, "data");
        this.eras = Objects.requireNonNull(eras, "eras");
        this.runner = Objects.requireNonNull(runner, "runner");
    }

    /** The claims as edited, in order; change them through the commands. */
    public ObservableList<ClaimDraft> drafts() {
        return FXCollections.unmodifiableObservableList(drafts);
    }

    public ReadOnlyObjectProperty<List<ClaimResult>> resultsProperty() {
        return results.getReadOnlyProperty();
    }

    /** What the last command did, or why it failed, naming the file and line. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** The file the claims came from, for the report's source lines. */
    public ReadOnlyStringProperty tableNameProperty() {
        return tableName.getReadOnlyProperty();
    }

    public AsylumDataset data() {
        return data;
    }

    // Commands

    /** The bundled article's claims, the worked example; checked once read. */
    public void loadBundled() {
        run(() -> ClaimsTable.loadBundled(), claims -> replace(claims, "claims.csv"));
    }

    /** Reads a claims table a user wrote (the format of {@code assets/claims.csv}) and checks it. */
    public void importTable(Path file) {
        run(() -> ClaimsTable.read(file), claims -> replace(claims, file.getFileName().toString()));
    }

    /** Saves the claims as edited, as a claims table. */
    public void saveTable(Path file) {
        List<Claim> claims = claimsOrSay();
        if (claims != null) {
            run(() -> {
                ClaimsTable.save(claims, file);
                return file;
            }, f -> status.set(Messages.format("claims.editor.saved", f.getFileName().toString())));
        }
    }

    public void add() {
        int n = drafts.size() + 1;
        while (idTaken("claim-" + n)) {
            n++;
        }
        drafts.add(ClaimDraft.blank("claim-" + n));
    }

    public void remove(int index) {
        if (index >= 0 && index < drafts.size()) {
            drafts.remove(index);
            check();
        }
    }

    /** Replaces one claim with its edited version and checks again. */
    public void edit(int index, ClaimDraft edited) {
        drafts.set(index, edited);
        check();
    }

    /** Checks the claims as edited; a claim that is not complete is named in the status line and left out. */
    public void check() {
        List<Claim> claims = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (ClaimDraft d : drafts) {
            try {
                claims.add(d.toClaim());
            } catch (IllegalArgumentException e) {
                problems.add(e.getMessage());
            }
        }
        run(() -> ClaimsCheck.check(claims, data, eras), r -> {
            results.set(r);
            status.set(problems.isEmpty() ? "" : Messages.format("claims.editor.incomplete", problems.size(),
                    problems.get(0)));
        });
    }

    public void exportCsv(Path file) {
        List<ClaimResult> r = results.get();
        run(() -> {
            ClaimsReport.writeCsv(r, file);
            return file;
        }, f -> status.set(Messages.format("claims.editor.saved", f.getFileName().toString())));
    }

    public void exportPdf(Path file) {
        List<ClaimResult> r = results.get();
        List<String> sources = List.of(Messages.format("claims.report.data", Messages.credit(data.metadata())),
                Messages.format("claims.report.claims", tableName.get()));
        String title = Messages.get("claims.title");
        run(() -> {
            ClaimsReport.writePdf(r, new ClaimsText(AppLocale.current()), title, sources, file);
            return file;
        }, f -> status.set(Messages.format("claims.editor.saved", f.getFileName().toString())));
    }

    private void replace(List<Claim> claims, String name) {
        drafts.setAll(claims.stream().map(ClaimDraft::of).toList());
        tableName.set(name);
        status.set("");
        check();
    }

    private boolean idTaken(String id) {
        return drafts.stream().anyMatch(d -> d.id().equals(id));
    }

    private List<Claim> claimsOrSay() {
        try {
            return drafts.stream().map(ClaimDraft::toClaim).toList();
        } catch (IllegalArgumentException e) {
            status.set(Messages.format("claims.editor.incomplete", 1, e.getMessage()));
            return null;
        }
    }

    private <T> void run(Callable<T> work, Consumer<T> apply) {
        Task<T> task = new Task<>() {
            @Override
            protected T call() throws Exception {
                return work.call();
            }
        };
        task.setOnSucceeded(e -> apply.accept(task.getValue()));
        task.setOnFailed(e -> status.set(Messages.format("claims.failed", Messages.describe(task.getException()))));
        runner.run(task);
    }
}
