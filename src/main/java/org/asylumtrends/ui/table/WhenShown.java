package org.asylumtrends.ui.table;

import javafx.scene.Node;

/**
 * The refresh of a view that is in the scene only while its tab is shown (MainWindow): done at once while shown,
 * otherwise when it is next shown or asked for. Hidden, a year drag would rebuild its rows many times a second
 * for nobody.
 */
final class WhenShown {
    private final Node view;
    private final Runnable refresh;
    private boolean stale = true;

    WhenShown(Node view, Runnable refresh) {
        this.view = view;
        this.refresh = refresh;
        view.sceneProperty().addListener((o, a, scene) -> {
            if (scene != null) {
                now();
            }
        });
    }

    /** What the view shows has changed. */
    void changed() {
        stale = true;
        if (view.getScene() != null) {
            now();
        }
    }

    /** Brings the view up to date if it is not: before its rows are read while hidden (a CSV export). */
    void now() {
        if (stale) {
            stale = false;
            refresh.run();
        }
    }
}
