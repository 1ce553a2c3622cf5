package org.asylumtrends.ui;

import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.asylumtrends.ui.theme.ThemeManager;

/**
 * A window of its own beside the main window, as the claims check and the figure finder open: owned by the main
 * window (so it stays above it and closes with it), in the main window's theme from its first frame, centred at its
 * preferred size on the screens attached now, and closed by Esc.
 */
public final class ToolWindow {
    private ToolWindow() {
    }

    /** Shows {@code root} in a new window over {@code owner} (may be null) and returns the window. */
    public static Stage open(Window owner, String title, Parent root, double width, double height) {
        Stage stage = new Stage();
        if (owner != null) {
            stage.initOwner(owner);
        }
        stage.setTitle(title);
        Scene scene = new Scene(root);
        ThemeManager.styleLike(owner, scene);
        stage.setScene(scene);
        WindowPlacement.apply(stage, Double.NaN, Double.NaN, width, height);
        scene.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                stage.close();
            }
        });
        stage.show();
        return stage;
    }
}
