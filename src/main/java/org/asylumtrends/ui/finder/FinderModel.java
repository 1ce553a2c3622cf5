package org.asylumtrends.ui.finder;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.concurrent.Task;
import org.asylumtrends.data.AsylumDataset;
import org.asylumtrends.data.Country;
import org.asylumtrends.data.EraTable;
import org.asylumtrends.data.claims.ClaimsText;
import org.asylumtrends.data.claims.FigureFinder;
import org.asylumtrends.data.claims.FigureText;
import org.asylumtrends.data.claims.FinderResult;
import org.asylumtrends.text.AppLocale;
import org.asylumtrends.text.Messages;
import org.asylumtrends.ui.TaskRunner;

/**
 * The Find figure window's state: the last result and whether a search is running. A search (reading the
 * sentence and searching the data) runs on the task runner, never on the FX thread; the FX thread only applies
 * the result. A newer search supersedes an older one still running: its result is dropped.
 */
public final class FinderModel {
    private final AsylumDataset data;
    private final FigureFinder finder;
    private final TaskRunner runner;
    private final ClaimsText text = new ClaimsText(AppLocale.current());

    // Properties
    private final ReadOnlyObjectWrapper<FinderResult> result = new ReadOnlyObjectWrapper<>(this, "result");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", Messages.get("finder.hint"));
    private final ReadOnlyObjectWrapper<List<String>> sentences = new ReadOnlyObjectWrapper<>(this, "sentences", List.of());
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
    private Task<FinderResult> current;

    public FinderModel(AsylumDataset data, EraTable eras, TaskRunner runner) {
        this.data = Objects.requireNonNull(data, "data");
        this.finder = new FigureFinder(data, eras);
        this.runner = Objects.requireNonNull(runner, "runner");
    }

    public ReadOnlyObjectProperty<FinderResult> resultProperty() {
        return result.getReadOnlyProperty();
    }

    /** The outcome in a sentence, or what went wrong (no figure in the text). */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** The candidates' sentences, best first. */
    public ReadOnlyObjectProperty<List<String>> sentencesProperty() {
        return sentences.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    // Commands

    /** Searches for the figure a sentence gives ("1,158,739 Chinese nationals 2012–2024") in the background. */
    public void find(String sentence) {
        if (current != null) {
            current.cancel(false);
        }
        Task<FinderResult> task = new Task<>() {
            @Override
            protected FinderResult call() {
                List<Country> known = new ArrayList<>(data.origins());
                data.asylums().stream().filter(c -> !known.contains(c)).forEach(known::add);
                return finder.find(FigureText.parse(sentence, known));
            }
        };
        current = task;
        running.set(true);
        task.setOnSucceeded(e -> {
            if (task == current) {
                FinderResult r = task.getValue();
                result.set(r);
                summary.set(text.format(r.summary()));
                sentences.set(r.candidates().stream().map(c -> text.format(c.sentence())).toList());
                running.set(false);
            }
        });
        task.setOnFailed(e -> {
            if (task == current) {
                result.set(null);
                sentences.set(List.of());
                summary.set(Messages.format("finder.failed", Messages.describe(task.getException())));
                running.set(false);
            }
        });
        runner.run(task);
    }
}
