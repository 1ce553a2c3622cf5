package org.asylumtrends.ui.main;

import org.asylumtrends.ui.model.MainModel;
import javafx.application.Platform;
import javafx.scene.Scene;

/**
 * Waits for the first frame in which both charts show data, prints {@code first-frame-ms=N} and exits with 0.
 * Used by the installed-package check in CI and by the start-up benchmark.
 */
final class SmokeTest {
    private SmokeTest() {
    }

    static void watch(Scene scene, MainWindow window, MainModel model) {
        Runnable[] check = new Runnable[1];
        check[0] = () -> {
            if (model.getChartData() != null && bothChartsDrawn(window)) {
                scene.removePostLayoutPulseListener(check[0]);
                // Runs after this pulse has been rendered.
                Platform.runLater(() -> {
                    System.out.println("first-frame-ms=" + AsylumTrendsApp.sinceJvmStart());
                    System.out.flush();
                    Platform.exit();
                    System.exit(0);
                });
            }
        };
        scene.addPostLayoutPulseListener(check[0]);
    }

    private static boolean bothChartsDrawn(MainWindow window) {
        var trend = window.trend().chart();
        var bars = window.destinations().chart();
        return !trend.getData().isEmpty() && !trend.getData().get(0).getData().isEmpty()
                && trend.getData().get(0).getData().get(0).getNode() != null
                && trend.getData().get(0).getData().get(0).getNode().getLayoutX() > 0
                && !bars.bars().isEmpty() && bars.bars().get(0).getNode() != null
                && bars.bars().get(0).getNode().getBoundsInParent().getWidth() > 0;
    }
}
