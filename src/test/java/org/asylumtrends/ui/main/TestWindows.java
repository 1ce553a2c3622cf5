package org.asylumtrends.ui.main;

import javafx.scene.Scene;
import javafx.stage.Stage;
import org.asylumtrends.ui.model.MainModel;
import org.asylumtrends.ui.theme.Theme;

/** The main window as the window tests show it: one place for its size and styling. */
final class TestWindows {
    private TestWindows() {
    }

    /**
     * Shows a main window on {@code model} in {@code stage}: 1000×720, inside the headless platform's 1000×1000
     * screen (a larger window overruns its frame buffer), styled like the app's light theme (ThemeManager).
     */
    static MainWindow show(Stage stage, MainModel model) {
        MainWindow window = new MainWindow(model);
        Scene scene = new Scene(window, 1000, 720);
        scene.getStylesheets().setAll(Theme.LIGHT.stylesheets());
        stage.setScene(scene);
        stage.show();
        return window;
    }
}
