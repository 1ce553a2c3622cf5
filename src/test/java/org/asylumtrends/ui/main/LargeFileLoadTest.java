package org.asylumtrends.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import javafx.application.Platform;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;
import org.junit.jupiter.api.Tag;

/**
 * Opening a 200 MB UNHCR table keeps the window responsive: from the moment the file is opened until its charts
 * are shown, the app never keeps the FX thread busy for more than 100 ms at a time, nothing freezes the window
 * for a second, and Cancel stops a load at once. The file is generated in a temporary folder (about 2 s) and
 * deleted afterwards.
 *
 * <p>Stalls are measured with a heartbeat posted to the FX thread every 5 ms. How late a beat runs depends on
 * the machine as well as on the app: on a 2-core CI machine that runs other jobs, and with JavaFX's software
 * renderer, beats ran up to about 150 ms late while the FX thread itself was idle (waiting for the renderer or
 * for a CPU). So the 100 ms limit applies to the FX thread's own CPU time during a late beat, which is what the
 * app controls; lateness of any cause is reported and limited to 1 s.
 */
@Tag("slow") // a window and a large file: left out of the quick run (-Pquick)
class LargeFileLoadTest {
    private static final String NODE = "asylumtrends-test-large";
    private static final long SIZE = 200L << 20;
    private static final long MAX_STALL_MS = 100;
    /** Any cause, including a busy CI machine: a frozen window, such as parsing on the FX thread, takes seconds. */
    private static final long MAX_FREEZE_MS = 1000;
    private static final int ORIGINS = 40;
    private static final int ASYLUM_COUNTRIES = 40;

    @TempDir
    static Path dir;
    private static Path big;
    private static long rows;

    private RunningApp running;
    private AsylumTrendsApp app;
    private MainWindow window;
    private final FxRobot robot = new FxRobot();

    @BeforeEach
    void start() throws Exception {
        if (big == null) {
            big = dir.resolve("asylum_applications_200mb.csv");
            rows = writeLargeTable(big);
        }
        running = RunningApp.start(NODE);
        app = running.app();
        window = running.window();
        // JavaFX 26's headless platform copies every frame into its screen buffer pixel by pixel on the FX thread
        // (HeadlessWindow.blit: about 140 ms for a 960x960 window, 0 on a real display). A small window keeps that
        // platform cost below what this test measures: work of ours on the FX thread.
        robot.interact(() -> {
            var stage = (javafx.stage.Stage) window.getScene().getWindow();
            stage.setWidth(640);
            stage.setHeight(400);
        });
    }

    @AfterEach
    void stop() throws Exception {
        running.close();
    }

    @Test
    void theWindowStaysResponsiveWhileA200MbFileLoadsAndCancelStopsALoadAtOnce() throws Exception {
        assertThat(Files.size(big)).isGreaterThanOrEqualTo(SIZE);

        // The window has just opened; let its first layout and rendering finish before measuring.
        Thread.sleep(1000);
        WaitForAsyncUtils.waitForFxEvents();

        // A full load, watched by a heartbeat on the FX thread.
        long fullLoadMs;
        try (Heartbeat heartbeat = Heartbeat.start()) {
            long opened = System.nanoTime();
            robot.interact(() -> app.fileActions().opener().open(List.of(big.toFile())));
            // Up to 120 s: the bundle of every origin is read in the background in these same seconds, and on a
            // machine shared with other builds (load average 25 on 2 cores) 60 s was seen to run out.
            waitUntil(120, () -> window.originChooser().combo().getItems().size() == ORIGINS
                    && !window.statusBar().isShowingLoad());
            fullLoadMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - opened);
            WaitForAsyncUtils.waitForFxEvents();
            Thread.sleep(300); // the first pulses that lay out the new charts
            assertThat(heartbeat.beats()).as("heartbeats during the load").isGreaterThan(50);
            assertThat(heartbeat.longestBusyMs()).as("longest FX-thread stall caused by work on it while loading"
                    + " %,d rows; %s", rows, heartbeat.report()).isLessThanOrEqualTo(MAX_STALL_MS);
            assertThat(heartbeat.longestStallMs()).as("longest FX-thread stall of any cause; %s", heartbeat.report())
                    .isLessThan(MAX_FREEZE_MS);
        }
        assertThat(window.originChooser().combo().getItems()).hasSize(ORIGINS);
        String source = source();
        assertThat(source).as("the source line names the data, not the local file").doesNotContain(big.getFileName()
                .toString()).contains("UNHCR Refugee Population Statistics Database");
        String summary = window.summary().valueLabel().getText();

        // A second load of the same file, cancelled once it is under way: the data on screen stay, and the worker
        // is free at once: a small file opened next loads without waiting for the big one to finish, which would
        // take most of a full load's time.
        robot.interact(() -> app.fileActions().opener().open(List.of(big.toFile())));
        waitUntil(20, () -> window.statusBar().isShowingLoad());
        waitUntil(20, () -> WaitForAsyncUtils.asyncFx(() -> {
            var load = app.fileActions().opener().currentLoadProperty().get();
            return load == null || load.getProgress() > 0.05;
        }).get());
        robot.clickOn("#cancelLoad");
        long cancelled = System.nanoTime();
        waitUntil(5, () -> !window.statusBar().isShowingLoad());
        assertThat(source()).isEqualTo(source);
        assertThat(window.summary().valueLabel().getText()).isEqualTo(summary);

        Path small = Files.writeString(dir.resolve("small-population.csv"),
                "year,coo_iso,coa_iso,asylum_seekers\n2024,CHN,USA,7\n");
        robot.interact(() -> app.fileActions().opener().open(List.of(small.toFile())));
        waitUntil(10, () -> window.summary().valueLabel().getText().startsWith("7 at end of 2024"));
        assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - cancelled))
                .as("ms from Cancel to the next file shown; a full load took %d ms", fullLoadMs)
                .isLessThan(fullLoadMs / 3);
        assertThat(window.summary().valueLabel().getText()).startsWith("7 at end of 2024");
    }

    private String source() {
        return String.valueOf(window.statusBar().sourceLabel().getText());
    }

    private void waitUntil(int seconds, Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /**
     * A raw applications table (R package layout) of at least 200 MB: 40 origins × 40 countries of asylum × 26
     * years, each split by authority, application type, stage and unit, as UNHCR's are. No row repeats.
     */
    static long writeLargeTable(Path file) throws IOException {
        List<String[]> countries = countryList();
        String[] types = {"N", "R", "A", "V"};
        String[] stages = {"FI", "AR", "RA", "EO", "IN", "NA"};
        String[] authorities = {"G", "J", "U"};
        String[] units = {"P", "C"};
        long count = 0;
        long bytes = 0;
        StringBuilder line = new StringBuilder(256);
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("year,coo_name,coo,coo_iso,coa_name,coa,coa_iso,procedure_type,app_type,dec_level,app_pc,applied\n");
            outer:
            for (int split = 0; ; split++) {
                String authority = authorities[split % 3];
                String type = types[(split / 3) % 4];
                String stage = stages[(split / 12) % 6];
                String unit = units[(split / 72) % 2];
                if (split >= 144) {
                    throw new IllegalStateException("not enough distinct rows for " + SIZE + " bytes");
                }
                for (int year = 2000; year <= 2025; year++) {
                    for (int o = 0; o < ORIGINS; o++) {
                        String[] origin = countries.get(o);
                        for (int a = 0; a < ASYLUM_COUNTRIES; a++) {
                            String[] asylum = countries.get(countries.size() - 1 - a);
                            line.setLength(0);
                            line.append(year).append(',').append(origin[2]).append(',').append(origin[1]).append(',')
                                    .append(origin[0]).append(',').append(asylum[2]).append(',').append(asylum[1])
                                    .append(',').append(asylum[0]).append(',').append(authority).append(',')
                                    .append(type).append(',').append(stage).append(',').append(unit).append(',')
                                    .append(5 + (count * 7919) % 100_000).append('\n');
                            out.append(line);
                            bytes += line.length();
                            count++;
                        }
                    }
                }
                if (bytes >= SIZE) {
                    break outer;
                }
            }
        }
        return count;
    }

    /** iso, unhcr code, name (quoted when it has a comma) from UNHCR's list in the app's resources. */
    private static List<String[]> countryList() throws IOException {
        List<String[]> list = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                LargeFileLoadTest.class.getResourceAsStream("/assets/data/unhcr_countries.csv"), StandardCharsets.UTF_8))) {
            in.readLine();
            String l;
            while ((l = in.readLine()) != null) {
                String[] c = l.split(",", 3);
                if (!c[0].isEmpty() && !c[2].startsWith("\"")) {
                    list.add(new String[] {c[0], c[1], c[2].split(",", 2)[0]});
                }
            }
        }
        return list;
    }

    /**
     * Posts a task to the FX thread every 5 ms and records how late each one ran: a late beat is a stall that a
     * user would feel as a frozen window. For each late beat it also records how much CPU time the FX thread
     * spent in that window: that is the app keeping its FX thread busy. The rest of a stall is the FX thread not
     * running at all - a garbage collection, waiting for the software renderer, or a CI machine busy with other
     * jobs - which the app cannot help and which differs from machine to machine.
     */
    private static final class Heartbeat implements AutoCloseable {
        private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
        private final ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "fx-heartbeat");
            t.setDaemon(true);
            return t;
        });
        private final long started = System.nanoTime();
        private final long fxThread;
        private final AtomicLong pending = new AtomicLong();
        private final AtomicLong beats = new AtomicLong();
        private final AtomicLong longestWall = new AtomicLong();
        private final AtomicLong longestBusy = new AtomicLong();
        /** Beats later than 30 ms: {posted, wall ms, FX CPU ms}. */
        private final List<long[]> late = java.util.Collections.synchronizedList(new ArrayList<>());

        private Heartbeat(long fxThread) {
            this.fxThread = fxThread;
        }

        static Heartbeat start() throws Exception {
            Heartbeat h = new Heartbeat(WaitForAsyncUtils.asyncFx(() -> Thread.currentThread().getId()).get());
            h.ticker.scheduleAtFixedRate(h::beat, 0, 5, TimeUnit.MILLISECONDS);
            return h;
        }

        private void beat() {
            if (pending.get() != 0) {
                return; // the previous beat has not run yet: its lateness is the stall
            }
            long posted = System.nanoTime();
            long cpuAtPost = THREADS.getThreadCpuTime(fxThread);
            pending.set(posted);
            Platform.runLater(() -> {
                long wall = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - posted);
                long busy = TimeUnit.NANOSECONDS.toMillis(THREADS.getCurrentThreadCpuTime() - cpuAtPost);
                longestWall.accumulateAndGet(wall, Math::max);
                longestBusy.accumulateAndGet(busy, Math::max);
                if (wall > 30) {
                    late.add(new long[] {TimeUnit.NANOSECONDS.toMillis(posted - started), wall, busy});
                }
                beats.incrementAndGet();
                pending.set(0);
            });
        }

        /** The most CPU time the FX thread spent while one beat waited: the longest stall the app caused. */
        long longestBusyMs() {
            return longestBusy.get();
        }

        long longestStallMs() {
            return longestWall.get();
        }

        String report() {
            List<String> text = new ArrayList<>();
            synchronized (late) {
                late.forEach(b -> text.add(String.format("%d ms late at +%d ms (FX thread busy %d ms)", b[1], b[0], b[2])));
            }
            return beats.get() + " beats; over 30 ms late: " + text;
        }

        long beats() {
            return beats.get();
        }

        @Override
        public void close() {
            ticker.shutdownNow();
        }
    }
}
