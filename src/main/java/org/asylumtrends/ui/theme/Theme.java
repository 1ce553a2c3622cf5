package org.asylumtrends.ui.theme;

import java.net.URL;
import java.util.List;
import java.util.Objects;

/**
 * A set of colour tokens: the looked-up colours ({@code -at-fg}, {@code -at-accent}, {@code -at-era-band-0} …) that
 * every other stylesheet names. Defined once, as CSS, in {@code tokens-light.css} and {@code tokens-dark.css}:
 * JavaFX resolves looked-up colours itself, inherits them from the scene root into every node and dialog, and the
 * SVG/PDF walker reads the resolved paints, so a stylesheet is all the theme needs (no Java palette writing CSS).
 */
public enum Theme {
    /** Dark text on light surfaces; also the print theme every export uses. */
    LIGHT("tokens-light.css"),
    /** Light text on dark surfaces, Modena's controls darkened to match. */
    DARK("tokens-dark.css");

    /** The application's own rules (layout, fonts, and colours as tokens), after the tokens. */
    public static final String APP_CSS = "/org/asylumtrends/ui/app.css";

    private final String tokens;

    Theme(String tokens) {
        this.tokens = tokens;
    }

    /** The URL of this theme's token stylesheet. */
    public String tokensStylesheet() {
        return resource(tokens);
    }

    /** What a scene of this theme carries, in order: the tokens, then app.css. */
    public List<String> stylesheets() {
        return List.of(tokensStylesheet(), resource(APP_CSS));
    }

    private static String resource(String name) {
        URL url = Objects.requireNonNull(Theme.class.getResource(name), () -> "missing stylesheet " + name);
        return url.toExternalForm();
    }
}
