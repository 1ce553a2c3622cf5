package org.asylumtrends.ui.main;

import org.asylumtrends.ui.model.MainModel;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import javafx.scene.chart.XYChart;
import javafx.stage.Stage;
import org.asylumtrends.data.AsylumDataset;
import org.asylumtrends.data.ChartData;
import org.asylumtrends.data.Country;
import org.asylumtrends.data.DatasetLoader;
import org.asylumtrends.data.EraTable;
import org.asylumtrends.data.Fixtures;
import org.asylumtrends.data.Measure;
import org.asylumtrends.data.YearValue;
import org.asylumtrends.chart.TrendChart;
import org.controlsfx.control.RangeSlider;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.junit.jupiter.api.Tag;

/**
 * Uses the window as a person does, for a long while: a seeded random sequence of changes of measure, years,
 * aggregation, origin and data file, made through the window's own controls, and after every step the bars on
 * screen, top to bottom, are the model's ranking. The bug this guards against: a chart redrawn after a change
 * kept the category order of earlier charts (Italy 5,497 above the United Kingdom 13,517).
 */
@Tag("slow") // a window: left out of the quick run (-Pquick)
@ExtendWith(ApplicationExtension.class)
class RandomWalkTest {
    private static final long SEED = 20261201L;
    private static final int STEPS = 300;
    private static AsylumDataset bundled;
    private static AsylumDataset twoOrigins;
    private static EraTable eras;
    private MainModel model;
    private MainWindow window;

    @BeforeAll
    static void load() throws Exception {
        bundled = DatasetLoader.loadBundled();
        twoOrigins = Fixtures.load("ui/two-origins-population.csv");
        eras = EraTable.loadBundled();
    }

    @Start
    void start(Stage stage) {
        model = new MainModel();
        window = TestWindows.show(stage, model);
        model.showDataset(bundled, eras);
    }

    @Test
    void barsFollowTheModelThroughThreeHundredChanges(FxRobot robot) {
        Random random = new Random(SEED);
        List<String> done = new ArrayList<>();
        settle(robot);
        onFx(() -> DrawnChecks.barsEqualTheRanking(window.destinations().chart(), model.getChartData(), "start"));
        for (int step = 1; step <= STEPS; step++) {
            String action = act(random);
            done.add(action);
            String where = "step " + step + " (" + action + ") after " + last(done, 6);
            onFx(() -> {
                ChartData data = model.getChartData();
                DrawnChecks.barsEqualTheRanking(window.destinations().chart(), data, where);
                trendEqualsTheSeries(window.trend().chart(), data, where);
                DrawnChecks.trendLikeFresh(window.trend().chart(), data, where);
            });
        }
        assertThat(done).as("every kind of change was made").anyMatch(a -> a.startsWith("measure"))
                .anyMatch(a -> a.startsWith("years")).anyMatch(a -> a.startsWith("sum"))
                .anyMatch(a -> a.startsWith("origin")).anyMatch(a -> a.startsWith("file"));
    }

    /** One change, made on the FX thread through a control and laid out as the next frame would; returns it. */
    private String act(Random random) {
        String[] result = new String[1];
        WaitForAsyncUtils.waitForAsyncFx(5000, () -> {
            result[0] = change(random);
            window.applyCss();
            window.layout();
        });
        return result[0];
    }

    private String change(Random random) {
        int kind = random.nextInt(20);
        if (kind < 6) {
            List<Measure> items = window.measureSelector().measures().getItems();
            Measure m = items.get(random.nextInt(items.size()));
            window.measureSelector().measures().setValue(m);
            return "measure " + m.id();
        }
        if (kind < 14) {
            RangeSlider slider = window.yearFilter().slider();
            int min = (int) slider.getMin();
            int max = (int) slider.getMax();
            int a = min + random.nextInt(max - min + 1);
            int b = min + random.nextInt(max - min + 1);
            int low = Math.min(a, b);
            int high = Math.max(a, b);
            TestWindows.setYears(slider, low, high);
            return "years " + low + "-" + high;
        }
        if (kind < 17) {
            var box = window.measureSelector().sumOverYears();
            if (box.isDisabled()) {
                return "sum (disabled)";
            }
            box.fire();
            return "sum " + box.isSelected();
        }
        if (kind < 19) {
            var combo = window.originChooser().combo();
            if (!window.originChooser().isVisible() || combo.getItems().size() < 2) {
                return "origin (one only)";
            }
            Country c = combo.getItems().get(random.nextInt(combo.getItems().size()));
            combo.setValue(c);
            return "origin " + c.iso3();
        }
        AsylumDataset next = model.getDataset() == bundled ? twoOrigins : bundled;
        model.showDataset(next, eras); // what a finished load of File > Open does
        return "file " + (next == bundled ? "bundled" : "two-origins");
    }

    /** Reads the scene on the FX thread, where it is not changed under the reader by a pulse. */
    private static void onFx(Runnable check) {
        try {
            WaitForAsyncUtils.asyncFx(check).get(10, java.util.concurrent.TimeUnit.SECONDS);
        } catch (java.util.concurrent.ExecutionException e) {
            if (e.getCause() instanceof AssertionError a) {
                throw a;
            }
            throw new IllegalStateException(e.getCause());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private void settle(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> {
            window.applyCss();
            window.layout();
        });
    }

    /** Every figure of the selected years is a point of the line, at its year and value. */
    private static void trendEqualsTheSeries(TrendChart chart, ChartData data, String where) {
        List<Integer> drawnYears = new ArrayList<>();
        for (XYChart.Series<Number, Number> s : chart.getData()) {
            for (XYChart.Data<Number, Number> d : s.getData()) {
                if (d.getNode() != null && d.getNode().isVisible()) {
                    drawnYears.add(d.getXValue().intValue());
                }
            }
        }
        assertThat(drawnYears).as("%s: years drawn", where)
                .containsExactlyInAnyOrderElementsOf(data.points().stream().map(YearValue::year).toList());
    }

    private static String last(List<String> done, int n) {
        return String.join(", ", done.subList(Math.max(0, done.size() - n - 1), Math.max(0, done.size() - 1)));
    }
}
