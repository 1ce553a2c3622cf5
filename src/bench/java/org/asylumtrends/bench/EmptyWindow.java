package org.asylumtrends.bench;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/**
 * The baseline for start-up and memory: a JavaFX app that shows an empty window of the app's size, launched
 * the same way (same jar on the class path, same JVM flags). Prints {@code first-frame-ms} like the app's
 * {@code --smoke-test}; with {@code --hold-ms N} it stays N ms after the first frame and prints its peak RSS.
 */
public final class EmptyWindow {
    private EmptyWindow() {
    }

    /** A plain main class: the JDK refuses a class-path main class that extends Application. */
    public static void main(String[] args) {
        Application.launch(App.class, args);
    }

    /** The empty window itself. */
    public static final class App extends Application {
        @Override
        public void start(Stage stage) {
            Scene scene = new Scene(new StackPane(), 1600, 1000);
            Runnable[] first = new Runnable[1];
            first[0] = () -> {
                scene.removePostLayoutPulseListener(first[0]);
                Platform.runLater(() -> {
                    Measurements.print("first-frame-ms", Measurements.sinceJvmStart());
                    long hold = holdMs();
                    if (hold <= 0) {
                        Platform.exit();
                        System.exit(0);
                    }
                    Thread t = new Thread(() -> {
                        sleep(hold);
                        Measurements.print("peak-rss-kib", Measurements.peakRssKib());
                        Measurements.print("rss-kib", Measurements.rssKib());
                        System.exit(0);
                    });
                    t.setDaemon(true);
                    t.start();
                });
            };
            scene.addPostLayoutPulseListener(first[0]);
            stage.setScene(scene);
            stage.setTitle("Empty window");
            stage.show();
        }

        private long holdMs() {
            var raw = getParameters().getRaw();
            int i = raw.indexOf("--hold-ms");
            return i >= 0 && i + 1 < raw.size() ? Long.parseLong(raw.get(i + 1)) : 0;
        }
    }

    static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
