package org.asylumtrends.export;

/**
 * The colours a figure is drawn in: the print palette (the light theme's tokens: dark text on white, what a page
 * and most publications want) unless the user asks for the figure as the dark theme shows it on screen.
 */
public enum FigurePalette {
    /** Dark text on white: every export's default. */
    PRINT("print", "/org/asylumtrends/ui/theme/tokens-light.css"),
    /** The dark theme's tokens: light text on a dark page, for a slide or a dark web page. */
    DARK("dark", "/org/asylumtrends/ui/theme/tokens-dark.css");

    private final String id;
    private final String tokens;

    FigurePalette(String id, String tokens) {
        this.id = id;
        this.tokens = tokens;
    }

    /** As the command line writes it: "print" or "dark". */
    public String id() {
        return id;
    }

    /** The token stylesheet the figure's scene carries. */
    String tokensStylesheet() {
        return tokens;
    }

    public static java.util.Optional<FigurePalette> byId(String id) {
        for (FigurePalette p : values()) {
            if (p.id.equalsIgnoreCase(id == null ? "" : id.strip())) {
                return java.util.Optional.of(p);
            }
        }
        return java.util.Optional.empty();
    }
}
