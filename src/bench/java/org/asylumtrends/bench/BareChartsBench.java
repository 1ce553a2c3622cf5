package org.asylumtrends.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.stage.Stage;

/**
 * The baseline for filter latency: two bare JavaFX charts in a window of the app's size - a line chart of one
 * value per year and a horizontal bar chart of eleven countries - whose data are replaced for a new year range
 * as the app's are, timed the same way ({@link PulseTimedChanges}). It is what the same change costs in JavaFX
 * with nothing of the app's own (era bands, labels, summary, table) around it.
 */
public final class BareChartsBench {
    private static final int FIRST = 2000;
    private static final int LAST = 2025;
    private static int changes = 200;

    private BareChartsBench() {
    }

    /** A plain main class: the JDK refuses a class-path main class that extends Application. */
    public static void main(String[] args) {
        changes = Integer.parseInt(args[0]);
        // The app's rendering settings (region cache off), as AppBench has them: the baseline is drawn the same way.
        org.asylumtrends.export.ReproducibleRendering.apply();
        Application.launch(App.class, args);
    }

    /** The two bare charts. */
    public static final class App extends Application {
        @Override
        public void start(Stage stage) {
            BareChartsBench.start(stage);
        }
    }

    static void start(Stage stage) {
        Random data = new Random(7);
        long[][] byCountry = new long[40][LAST - FIRST + 1];
        for (long[] row : byCountry) {
            for (int y = 0; y < row.length; y++) {
                row[y] = data.nextInt(100_000);
            }
        }
        NumberAxis years = new NumberAxis();
        years.setForceZeroInRange(false);
        years.setAnimated(false);
        NumberAxis values = new NumberAxis();
        values.setAnimated(false);
        LineChart<Number, Number> trend = new LineChart<>(years, values);
        trend.setAnimated(false);
        NumberAxis barValues = new NumberAxis();
        barValues.setAnimated(false);
        CategoryAxis countries = new CategoryAxis();
        countries.setAnimated(false);
        BarChart<Number, String> bars = new BarChart<>(barValues, countries);
        bars.setAnimated(false);
        HBox root = new HBox(trend, bars);
        HBox.setHgrow(trend, Priority.ALWAYS);
        HBox.setHgrow(bars, Priority.ALWAYS);
        Scene scene = new Scene(root, 1600, 1000);
        stage.setScene(scene);
        stage.show();
        int[] range = {2012, 2024};
        show(trend, bars, byCountry, range);

        Random random = new Random(42);
        new Thread(() -> {
            EmptyWindow.sleep(1000);
            Platform.runLater(() -> { PulseTimedChanges timed = new PulseTimedChanges(scene, 2 * changes, i -> {
                if (i % 2 == 0) {
                    int to = range[0];
                    while (to == range[0]) {
                        to = FIRST + random.nextInt(range[1] - FIRST + 1);
                    }
                    range[0] = to;
                } else {
                    int to = range[1];
                    while (to == range[1]) {
                        to = range[0] + random.nextInt(LAST - range[0] + 1);
                    }
                    range[1] = to;
                }
                show(trend, bars, byCountry, range);
            });
            timed.start().thenAccept(ms -> {
                Measurements.printLatencies(ms, changes);
                Measurements.printCpu(timed.cpuMillis(), changes);
                Measurements.printGc(ms, timed, changes, "filter");
                System.exit(0);
            }); });
        }, "bench").start();
        new Thread(() -> {
            EmptyWindow.sleep(TimeUnit.SECONDS.toMillis(900)); // a shared machine under load is slow
            System.exit(3);
        }) { { setDaemon(true); } }.start();
    }

    /** New Data objects every time: reusing them leaves a line empty (see TOOLCHAIN.md). */
    private static void show(LineChart<Number, Number> trend, BarChart<Number, String> bars, long[][] byCountry,
                             int[] range) {
        XYChart.Series<Number, Number> line = new XYChart.Series<>();
        for (int y = range[0]; y <= range[1]; y++) {
            long total = 0;
            for (long[] row : byCountry) {
                total += row[y - FIRST];
            }
            line.getData().add(new XYChart.Data<>(y, total));
        }
        trend.getData().setAll(List.of(line));
        List<long[]> totals = new ArrayList<>();
        for (int c = 0; c < byCountry.length; c++) {
            long sum = 0;
            for (int y = range[0]; y <= range[1]; y++) {
                sum += byCountry[c][y - FIRST];
            }
            totals.add(new long[] {c, sum});
        }
        totals.sort((a, b) -> Long.compare(b[1], a[1]));
        XYChart.Series<Number, String> top = new XYChart.Series<>();
        long other = 0;
        for (int k = 0; k < totals.size(); k++) {
            if (k < 10) {
                top.getData().add(new XYChart.Data<>(totals.get(k)[1], "Country " + totals.get(k)[0]));
            } else {
                other += totals.get(k)[1];
            }
        }
        top.getData().add(new XYChart.Data<>(other, "Other"));
        bars.getData().setAll(List.of(top));
    }
}
