package org.asylumtrends.ui.main;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;

/** The desktop app. */
public final class AsylumTrendsApp extends Application {
    public static void launchApp(String[] args) {
        Application.launch(AsylumTrendsApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        stage.setTitle("Asylum Trends");
        stage.setScene(new Scene(new Label("Asylum Trends"), 800, 600));
        stage.show();
    }
}
