package org.asylumtrends.ui.export;

import java.util.Optional;
import org.asylumtrends.export.FigurePalette;
import org.asylumtrends.ui.theme.Theme;

/**
 * The export dialog's colours choice, remembered between sessions: the print palette (the default: a figure goes
 * on white paper), or the figure as the window shows it, which in the dark theme is a dark figure.
 */
public enum PaletteChoice {
    PRINT("print"),
    AS_ON_SCREEN("screen");

    private final String id;

    PaletteChoice(String id) {
        this.id = id;
    }

    /** As the preferences store it. */
    public String id() {
        return id;
    }

    /** The colours a figure gets when the window shows {@code screen}. */
    public FigurePalette palette(Theme screen) {
        return this == AS_ON_SCREEN && screen == Theme.DARK ? FigurePalette.DARK : FigurePalette.PRINT;
    }

    public static Optional<PaletteChoice> byId(String id) {
        for (PaletteChoice c : values()) {
            if (c.id.equals(id)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }
}
