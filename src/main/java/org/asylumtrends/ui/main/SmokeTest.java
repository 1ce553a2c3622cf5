package org.asylumtrends.ui.main;

import org.asylumtrends.ui.model.MainModel;
import javafx.application.Platform;
import javafx.scene.Scene;

/**
 * Waits for the first frame in which both charts show data, prints {@code first-frame-ms=N} and exits with 0.
 * Used by the installed-package check in CI and by the start-up benchmark. With {@link #WAIT_FOR_ALL_ORIGINS} it
 * then waits until the bundled data of every origin are shown (read in the background), prints
 * {@code all-origins-ms=N} and exits: the memory benchmark's "everything bundled".
 */
final class SmokeTest {
    static final String WAIT_FOR_ALL_ORIGINS = "--wait-for-all-origins";

    private SmokeTest() {
    }

    static void watch(Scene scene, MainWindow window, MainModel model, boolean waitForAllOrigins) {
        Runnable[] check = new Runnable[1];
        check[0] = () -> {
            if (model.getChartData() != null && bothChartsDrawn(window)) {
                scene.removePostLayoutPulseListener(check[0]);
                // Runs after this pulse has been rendered.
                Platform.runLater(() -> {
                    System.out.println("first-frame-ms=" + AsylumTrendsApp.sinceJvmStart());
                    System.out.flush();
                    if (!waitForAllOrigins) {
                        exit();
                    } else if (!whenAllOrigins(model)) {
                        model.datasetProperty().addListener((o, a, data) -> whenAllOrigins(model));
                    }
                });
            }
        };
        scene.addPostLayoutPulseListener(check[0]);
    }

    private static boolean whenAllOrigins(MainModel model) {
        if (model.getDataset() == null || model.getDataset().origins().size() < 2) {
            return false;
        }
        System.out.println("all-origins-ms=" + AsylumTrendsApp.sinceJvmStart());
        System.out.flush();
        exit();
        return true;
    }

    private static void exit() {
        Platform.exit();
        System.exit(0);
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
