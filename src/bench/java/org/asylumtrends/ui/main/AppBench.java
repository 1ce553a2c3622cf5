package org.asylumtrends.ui.main;

import java.io.File;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.input.DragEvent;
import javafx.scene.input.TransferMode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.asylumtrends.bench.Measurements;
import org.asylumtrends.bench.PulseTimedChanges;
import org.controlsfx.control.RangeSlider;

/**
 * Drives the real app for two benchmarks (run by bench/run.sh under Xvfb, never by mvn verify):
 * <ul>
 *   <li>{@code memory FILE...}: drops the files on the window as a user would, waits until they are shown, stays
 *   {@code HOLD_MS} and prints the peak RSS;</li>
 *   <li>{@code filter N}: moves a thumb of the year-range slider N times and prints the time from each change to
 *   every shown panel laid out (p50, p95, max); {@code -Dbench.panels=trend,destinations,map} picks the panels.</li>
 * </ul>
 * Uses its own preferences node, so the user's settings neither affect nor receive anything.
 */
public final class AppBench {
    private static final long HOLD_MS = 2000;

    private AppBench() {
    }

    public static void main(String[] args) throws Exception {
        // As the app's Launcher does before JavaFX starts: the window is measured as users run it (region cache off).
        org.asylumtrends.export.ReproducibleRendering.apply();
        System.setProperty(AppPreferences.NODE_PROPERTY, "asylumtrends-bench");
        Preferences.userRoot().node("asylumtrends-bench").removeNode();
        Thread launcher = new Thread(() -> Application.launch(AsylumTrendsApp.class), "launcher");
        launcher.setDaemon(true);
        launcher.start();
        MainWindow window = waitForWindow();
        switch (args[0]) {
            case "memory" -> memory(window, List.of(args).subList(1, args.length).stream().map(File::new).toList());
            case "filter" -> filter(window, Integer.parseInt(args[1]));
            case "compare" -> compare(window, Integer.parseInt(args[1]), new File(args[2]), List.of(args[3].split(",")));
            default -> throw new IllegalArgumentException("memory FILE... | filter N | compare N FILE ISO3,...");
        }
        System.exit(0);
    }

    private static void memory(MainWindow window, List<File> files) throws Exception {
        onFx(() -> {
            Scene scene = window.getScene();
            scene.getOnDragDropped().handle(new DragEvent(scene, scene, DragEvent.DRAG_DROPPED,
                    TestDragboards.withFiles(files), 10, 10, 10, 10, TransferMode.COPY, null, null, null));
            return null;
        });
        waitFor(120, () -> {
            String source = String.valueOf(window.statusBar().sourceLabel().getText());
            return files.stream().allMatch(f -> source.contains(f.getName())) && !window.statusBar().isShowingLoad();
        });
        Thread.sleep(HOLD_MS);
        Measurements.print("origins", onFx(() -> window.originChooser().combo().getItems().size()));
        Measurements.print("peak-rss-kib", Measurements.peakRssKib());
        Measurements.print("rss-kib", Measurements.rssKib());
    }

    private static void filter(MainWindow window, int changes) throws Exception {
        // -Dbench.panels=trend,destinations,map: the panels shown while the slider moves (issue 16's map row).
        String panels = System.getProperty("bench.panels");
        if (panels != null) {
            java.util.Set<WindowPanel> shown = java.util.Arrays.stream(panels.split(",")).map(WindowPanel::byId)
                    .map(java.util.Optional::orElseThrow).collect(java.util.stream.Collectors.toSet());
            onFx(() -> {
                window.panelsProperty().set(shown);
                return null;
            });
            if (shown.contains(WindowPanel.MAP)) {
                waitFor(30, () -> onFx(() -> window.map().map() != null && window.map().map().getWidth() > 0));
            }
        }
        Thread.sleep(1000); // let the first frames settle
        Random random = new Random(42);
        PulseTimedChanges[] timed = new PulseTimedChanges[1];
        CompletableFuture<double[]> result = onFx(() -> {
            RangeSlider slider = window.yearFilter().slider();
            timed[0] = new PulseTimedChanges(window.getScene(), 2 * changes, i -> {
                int min = (int) slider.getMin();
                int max = (int) slider.getMax();
                int low = (int) Math.round(slider.getLowValue());
                int high = (int) Math.round(slider.getHighValue());
                // Move one thumb, as a drag or an arrow key does, to a different year. A low thumb on the first year
                // with the high one (or a high thumb on the last with the low one) has no other year: the other moves.
                boolean lowCanMove = high > min;
                boolean highCanMove = low < max;
                if (!lowCanMove && !highCanMove) {
                    return; // a one-year slider: nothing to move
                }
                if (i % 2 == 0 && lowCanMove || !highCanMove) {
                    int to = low;
                    while (to == low) {
                        to = min + random.nextInt(high - min + 1);
                    }
                    slider.setLowValue(to);
                } else {
                    int to = high;
                    while (to == high) {
                        to = low + random.nextInt(max - low + 1);
                    }
                    slider.setHighValue(to);
                }
            });
            return timed[0].start();
        });
        double[] ms = result.get(900, TimeUnit.SECONDS); // a shared machine under load is slow
        if (Boolean.getBoolean("bench.raw")) {
            Measurements.print("raw-ms", java.util.Arrays.toString(ms));
            Measurements.print("raw-cpu-ms", java.util.Arrays.toString(timed[0].cpuMillis()));
        }
        Measurements.printLatencies(ms, changes);
        Measurements.printCpu(timed[0].cpuMillis(), changes);
        Measurements.printGc(ms, timed[0], changes, "filter");
        Measurements.print("selection", onFx(() -> window.yearFilter().selectionText().getText()));
    }

    /**
     * Issue 15: drops FILE (all origins), lists the given origins (up to eight lines), then times N + N year-range
     * changes (as {@code filter}) and N + N switches of the first origin among them (the bars' and summary's
     * country; both charts redrawn).
     */
    private static void compare(MainWindow window, int changes, File file, List<String> origins) throws Exception {
        // "bundled": the every-origin table the app reads by itself after the first frame.
        onFx(() -> {
            if (file.getName().equals("bundled")) {
                return null;
            }
            Scene scene = window.getScene();
            scene.getOnDragDropped().handle(new DragEvent(scene, scene, DragEvent.DRAG_DROPPED,
                    TestDragboards.withFiles(List.of(file)), 10, 10, 10, 10, TransferMode.COPY, null, null, null));
            return null;
        });
        waitFor(180, () -> onFx(() -> window.originChooser().combo().getItems().size() > 1
                && !window.statusBar().isShowingLoad()));
        onFx(() -> {
            var combo = window.originChooser().combo();
            combo.setValue(combo.getItems().stream().filter(c -> c.iso3().equals(origins.get(0))).findFirst()
                    .orElseThrow());
            origins.subList(1, origins.size()).forEach(window.compareBar()::add);
            return null;
        });
        Measurements.print("lines", onFx(() -> window.trend().chart().lines().size()));
        filter(window, changes);
        if (Boolean.getBoolean("bench.skipSwitch")) {
            return; // a profile of the year changes alone
        }
        PulseTimedChanges[] switches = new PulseTimedChanges[1];
        CompletableFuture<double[]> result = onFx(() -> {
            var combo = window.originChooser().combo();
            List<org.asylumtrends.data.Country> listed = origins.stream().map(iso -> combo.getItems().stream()
                    .filter(c -> c.iso3().equals(iso)).findFirst().orElseThrow()).toList();
            switches[0] = new PulseTimedChanges(window.getScene(), 2 * changes,
                    i -> combo.setValue(listed.get((i + 1) % listed.size())));
            return switches[0].start();
        });
        double[] ms = result.get(900, TimeUnit.SECONDS);
        Measurements.print("switch", "first origin among the listed, both charts redrawn");
        Measurements.printLatencies(ms, changes, "switch");
        Measurements.printCpu(switches[0].cpuMillis(), changes, "switch");
        Measurements.printGc(ms, switches[0], changes, "switch");
    }

    private static MainWindow waitForWindow() throws Exception {
        waitFor(60, () -> onFx(() -> Window.getWindows().stream().anyMatch(w -> w instanceof Stage s
                && s.getScene() != null && s.getScene().getRoot() instanceof MainWindow m
                && m.summary().valueLabel().getText() != null && !m.summary().valueLabel().getText().isEmpty())));
        return onFx(() -> (MainWindow) Window.getWindows().stream().filter(w -> w.getScene() != null
                && w.getScene().getRoot() instanceof MainWindow).findFirst().orElseThrow().getScene().getRoot());
    }

    interface Check {
        boolean ok() throws Exception;
    }

    static void waitFor(int seconds, Check check) throws Exception {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (!okYet(check)) {
            if (System.nanoTime() > end) {
                throw new IllegalStateException("timed out after " + seconds + " s");
            }
            Thread.sleep(20);
        }
    }

    private static boolean okYet(Check check) throws Exception {
        try {
            return check.ok();
        } catch (IllegalStateException toolkitNotUpYet) {
            return false;
        }
    }

    static <T> T onFx(java.util.concurrent.Callable<T> work) throws Exception {
        CompletableFuture<T> f = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                f.complete(work.call());
            } catch (Throwable t) {
                f.completeExceptionally(t);
            }
        });
        return f.get(60, TimeUnit.SECONDS);
    }
}
