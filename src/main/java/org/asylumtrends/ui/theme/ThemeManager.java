package org.asylumtrends.ui.theme;

import org.asylumtrends.fonts.BundledFonts;
import org.asylumtrends.text.AppLocale;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javafx.application.ColorScheme;
import javafx.application.Platform;
import javafx.beans.InvalidationListener;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ChangeListener;
import javafx.collections.ListChangeListener;
import javafx.scene.Scene;
import javafx.stage.Window;

/**
 * The one place where scenes get their stylesheets. Once {@link #watchWindows() watching}, it styles every window
 * the app opens — the main window, the claims window, the export dialog, every {@code Alert} and any dialog added
 * later — when it is shown, and restyles all open windows when the theme changes, so no view adds a stylesheet
 * itself and none can be forgotten. Exports do not come here: {@code export.FigureBuilder} pins the light tokens.
 * Use on the FX thread.
 *
 * <p>The base look stays JavaFX's Modena, darkened through its own base colours in {@code tokens-dark.css}, not
 * AtlantaFX: its user-agent stylesheet is set for the whole application (so the off-screen export scene would turn
 * dark too), it changes control sizes and paddings that the window-size and layout tests pin, and it would add a
 * dependency for what two small token files do.
 */
public final class ThemeManager implements AutoCloseable {
    /** How the language's font stylesheet begins (a data URL), to replace it rather than add a second. */
    private static final String FONT_SHEET = "data:text/css;base64,";
    private final ObjectProperty<ThemeChoice> choice = new SimpleObjectProperty<>(this, "choice", ThemeChoice.LIGHT);
    private final ReadOnlyObjectWrapper<Theme> theme = new ReadOnlyObjectWrapper<>(this, "theme", Theme.LIGHT);
    private final ListChangeListener<Window> windowsOpened = change -> {
        while (change.next()) {
            change.getAddedSubList().forEach(this::watch);
        }
    };
    private final ChangeListener<Scene> sceneReplaced = (o, old, scene) -> {
        if (scene != null) {
            style(scene);
        }
    };
    /** Closed windows let go: an app that opens many Alerts must not keep every one alive. */
    private final ChangeListener<Boolean> hidden = (o, was, showing) -> {
        if (!showing && o instanceof ReadOnlyProperty<?> p && p.getBean() instanceof Window w) {
            unwatch(w);
        }
    };
    private final InvalidationListener desktopChanged = o -> update();
    private final List<Window> watched = new ArrayList<>();
    private boolean watching;

    public ThemeManager(ThemeChoice initial) {
        choice.set(Objects.requireNonNull(initial, "initial"));
        choice.addListener(o -> update());
        theme.addListener(o -> restyleAll());
        Platform.getPreferences().colorSchemeProperty().addListener(desktopChanged);
        update();
    }

    // Properties

    /** What the user chose; set it to change the theme of every open window. */
    public ObjectProperty<ThemeChoice> choiceProperty() {
        return choice;
    }

    /** The theme the windows show now: the choice, or the desktop's scheme when following it. */
    public ReadOnlyObjectProperty<Theme> themeProperty() {
        return theme.getReadOnlyProperty();
    }

    public Theme getTheme() {
        return theme.get();
    }

    // Commands

    /** Styles every window open now and every window opened from now on, until {@link #close()}. */
    public void watchWindows() {
        if (!watching) {
            watching = true;
            Window.getWindows().addListener(windowsOpened);
            List.copyOf(Window.getWindows()).forEach(this::watch);
        }
    }

    /** Gives {@code scene} the current theme's stylesheets first, replacing another theme's, keeping any others. */
    public void style(Scene scene) {
        apply(scene, getTheme());
    }

    /**
     * For a window about to open over {@code owner} (may be null): gives its scene the theme the owner shows, light
     * without one, so that it is sized and first drawn in its theme; a watching manager keeps it in step after.
     */
    public static void styleLike(Window owner, Scene scene) {
        apply(scene, themeOf(owner));
    }

    /** The theme {@code window} shows (from its scene's token stylesheet); light for none or no window. */
    public static Theme themeOf(Window window) {
        Theme theme = Theme.LIGHT;
        if (window != null && window.getScene() != null) {
            for (Theme t : Theme.values()) {
                if (window.getScene().getStylesheets().contains(t.tokensStylesheet())) {
                    theme = t;
                }
            }
        }
        return theme;
    }

    private static void apply(Scene scene, Theme theme) {
        List<String> ours = new ArrayList<>();
        for (Theme t : Theme.values()) {
            ours.addAll(t.stylesheets());
        }
        List<String> sheets = new ArrayList<>(theme.stylesheets());
        // Chinese and Korean need a CJK font first in the list (the default starts with DejaVu Sans).
        BundledFonts.stylesheet(AppLocale.current(), false).ifPresent(sheets::add);
        scene.getStylesheets().stream().filter(s -> !ours.contains(s) && !s.startsWith(FONT_SHEET))
                .forEach(sheets::add);
        if (!sheets.equals(scene.getStylesheets())) {
            scene.getStylesheets().setAll(sheets);
        }
    }

    /** Stops watching windows and the desktop's colour scheme (the app closes, or a test ends). */
    @Override
    public void close() {
        Window.getWindows().removeListener(windowsOpened);
        List.copyOf(watched).forEach(this::unwatch);
        Platform.getPreferences().colorSchemeProperty().removeListener(desktopChanged);
        watching = false;
    }

    private void watch(Window window) {
        if (!watched.contains(window)) {
            watched.add(window);
            window.sceneProperty().addListener(sceneReplaced);
            window.showingProperty().addListener(hidden);
        }
        if (window.getScene() != null) {
            style(window.getScene());
        }
    }

    private void unwatch(Window window) {
        window.sceneProperty().removeListener(sceneReplaced);
        window.showingProperty().removeListener(hidden);
        watched.remove(window);
    }

    private void update() {
        theme.set(switch (choice.get()) {
            case LIGHT -> Theme.LIGHT;
            case DARK -> Theme.DARK;
            case FOLLOW_DESKTOP -> Platform.getPreferences().getColorScheme() == ColorScheme.DARK
                    ? Theme.DARK : Theme.LIGHT;
        });
    }

    private void restyleAll() {
        if (!watching) {
            return;
        }
        for (Window w : List.copyOf(Window.getWindows())) {
            if (w.getScene() != null) {
                style(w.getScene());
            }
        }
    }
}
