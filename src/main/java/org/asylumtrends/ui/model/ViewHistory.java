package org.asylumtrends.ui.model;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Objects;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import org.asylumtrends.data.AsylumDataset;
import org.asylumtrends.data.Editorial;
import org.asylumtrends.data.Selection;

/**
 * Undo and redo of every change to the view: a stack of {@link Selection}s with what the author wrote
 * ({@link Editorial}). It watches the {@link MainModel} rather than being called by each control, so a change made
 * anywhere (a selector, the menu, the year slider, the texts panel, a reopened view) is one step, and it puts a
 * step back through the model's own commands ({@link MainModel#select}, {@link MainModel#edit}).
 * <p>
 * A drag of the year slider is one step, not one per year passed: between {@link #beginGesture} and
 * {@link #endGesture} changes merge. Other data loaded start a new history: the old steps name origins and years
 * the new data may not have.
 */
public final class ViewHistory {
    /** How many steps back are kept; older ones are dropped. */
    public static final int LIMIT = 200;

    /** One state of the view. */
    public record Step(Selection selection, Editorial editorial) {
        public Step {
            Objects.requireNonNull(selection, "selection");
            Objects.requireNonNull(editorial, "editorial");
        }
    }

    private final MainModel model;
    private final Deque<Step> undo = new ArrayDeque<>();
    private final Deque<Step> redo = new ArrayDeque<>();
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(this, "canUndo");
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper(this, "canRedo");
    private Step current;
    private AsylumDataset shownData;
    private boolean restoring;
    private boolean inGesture;
    private boolean gestureRecorded;

    public ViewHistory(MainModel model) {
        this.model = Objects.requireNonNull(model, "model");
        this.current = now();
        this.shownData = model.getDataset();
        model.selectionProperty().addListener((o, a, b) -> changed());
        model.editorialProperty().addListener((o, a, b) -> changed());
        model.datasetProperty().addListener((o, a, b) -> changed());
    }

    // Properties

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo.getReadOnlyProperty();
    }

    /** How many steps can be undone. */
    public int depth() {
        return undo.size();
    }

    // Commands

    /** Puts the view back as it was before the last change; nothing if there is none. */
    public void undo() {
        if (undo.isEmpty()) {
            return;
        }
        redo.push(current);
        restore(undo.pop());
    }

    /** Makes the last undone change again; nothing if there is none. */
    public void redo() {
        if (redo.isEmpty()) {
            return;
        }
        undo.push(current);
        restore(redo.pop());
    }

    /** Changes until {@link #endGesture} are one step (a slider being dragged). */
    public void beginGesture() {
        inGesture = true;
        gestureRecorded = false;
    }

    public void endGesture() {
        inGesture = false;
    }

    private void changed() {
        if (restoring) {
            return;
        }
        Step next = now();
        if (model.getDataset() != shownData) {
            shownData = model.getDataset();
            undo.clear();
            redo.clear();
            current = next;
            update();
            return;
        }
        if (next.equals(current)) {
            return;
        }
        if (!(inGesture && gestureRecorded)) {
            undo.push(current);
            while (undo.size() > LIMIT) {
                undo.removeLast();
            }
            gestureRecorded = inGesture;
        }
        redo.clear();
        current = next;
        update();
    }

    private void restore(Step step) {
        restoring = true;
        try {
            model.select(step.selection());
            model.edit(step.editorial());
        } finally {
            restoring = false;
        }
        current = now();
        update();
    }

    private Step now() {
        return new Step(model.getSelection(), model.getEditorial());
    }

    private void update() {
        canUndo.set(!undo.isEmpty());
        canRedo.set(!redo.isEmpty());
    }
}
