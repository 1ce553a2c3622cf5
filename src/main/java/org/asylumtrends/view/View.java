package org.asylumtrends.view;

import java.util.Objects;
import org.asylumtrends.data.Editorial;
import org.asylumtrends.data.Selection;
import org.asylumtrends.export.FigureContent;
import org.asylumtrends.export.FigureSize;

/**
 * A whole view as the author left it: what is shown (the {@link Selection}), what they wrote (the
 * {@link Editorial}: texts and annotations), and the figure it exports to (panels and size). A saved view file
 * holds one, with the data it was made from; {@code export --view} renders it.
 */
public record View(Selection selection, Editorial editorial, FigureContent panels, FigureSize size) {
    public View {
        Objects.requireNonNull(selection, "selection");
        Objects.requireNonNull(editorial, "editorial");
        Objects.requireNonNull(panels, "panels");
        Objects.requireNonNull(size, "size");
    }

    /** The selection with nothing written, as the export dialog's defaults figure it. */
    public static View of(Selection selection) {
        return new View(selection, Editorial.NONE, FigureContent.BOTH, FigureSize.WIDE);
    }
}
