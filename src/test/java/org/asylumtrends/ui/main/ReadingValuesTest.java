package org.asylumtrends.ui.main;

import org.asylumtrends.ui.model.MainModel;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Tooltip;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.asylumtrends.data.AsylumDataset;
import org.asylumtrends.data.DatasetLoader;
import org.asylumtrends.data.EraTable;
import org.asylumtrends.data.Measure;
import org.asylumtrends.data.SmallData;
import org.asylumtrends.chart.DestinationChart;
import org.asylumtrends.chart.TrendChart;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.junit.jupiter.api.Tag;

/** Reading figures off the charts with the mouse, and what the line draws for gaps and zeros. */
@Tag("slow") // a window: left out of the quick run (-Pquick)
@ExtendWith(ApplicationExtension.class)
class ReadingValuesTest {
    private static AsylumDataset bundled;
    private static EraTable eras;
    private MainModel model;
    private MainWindow window;

    @BeforeAll
    static void load() throws Exception {
        bundled = DatasetLoader.loadBundled();
        eras = EraTable.loadBundled();
    }

    @Start
    void start(Stage stage) {
        model = new MainModel();
        window = TestWindows.show(stage, model);
        model.showDataset(bundled, eras);
    }

    private void show(FxRobot robot, AsylumDataset data, Measure measure, int from, int to) {
        robot.interact(() -> {
            model.showDataset(data, eras);
            model.selectMeasure(measure);
            model.selectYears(from, to);
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** A point of the trend's plot in screen coordinates: at a year, a fraction of the plot's height from the top. */
    private Point2D plotPoint(double year, double fromTop) {
        TrendChart chart = window.trend().chart();
        Rectangle layer = chart.hoverLayer();
        double x = chart.getXAxis().getDisplayPosition(year);
        return layer.localToScreen(x, layer.getHeight() * fromTop);
    }

    @Test
    void theTooltipAnswersAnywhereInAYearsColumn(FxRobot robot) {
        // 2018's marker is far below the top of the plot; OWID answers anywhere in the column, so does this.
        robot.moveTo(plotPoint(2018.3, 0.05));
        TrendChart chart = window.trend().chart();
        Tooltip tip = chart.hoverTooltip();
        waitUntil(tip::isShowing);
        assertThat(tip.getText()).startsWith("2018\n");
        robot.moveTo(plotPoint(2020.8, 0.9));
        waitUntil(() -> tip.getText().startsWith("2021\n"));
        assertThat(tip.getText()).contains("Era: Xi Jinping");
    }

    @Test
    void aYearWithNoRowsBreaksTheLineAndSaysSo(FxRobot robot) throws Exception {
        AsylumDataset gap = SmallData.of("population.csv", """
                year,coo_iso,coa_iso,asylum_seekers,refugees
                1971,CHN,USA,0,70000
                1972,CHN,USA,0,75000
                1980,CHN,USA,0,20000
                1981,CHN,USA,0,21000
                1982,CHN,USA,0,22000
                """);
        show(robot, gap, Measure.REFUGEES, 1971, 1981);
        TrendChart chart = window.trend().chart();
        assertThat(chart.firmSegments()).hasSize(2);
        assertThat(chart.firmSegments().get(0).getData()).extracting(d -> d.getXValue().intValue())
                .containsExactly(1971, 1972);
        assertThat(chart.firmSegments().get(1).getData()).extracting(d -> d.getXValue().intValue())
                .containsExactly(1980, 1981);
        // No stroke crosses 1973-1979: the first line ends at 1972, the second starts at 1980.
        Bounds first = chart.firmSegments().get(0).getNode().getBoundsInParent();
        Bounds second = chart.firmSegments().get(1).getNode().getBoundsInParent();
        assertThat(first.getMaxX()).isLessThan(chart.getXAxis().getDisplayPosition(1973));
        assertThat(second.getMinX()).isGreaterThan(chart.getXAxis().getDisplayPosition(1979));
        robot.moveTo(plotPoint(1976, 0.5));
        waitUntil(() -> chart.hoverTooltip().isShowing());
        assertThat(chart.hoverTooltip().getText()).isEqualTo("1976\nNo figure for this year");
    }

    @Test
    void aSeriesOfZerosIsDrawnAtZeroWithWholeTicks(FxRobot robot) throws Exception {
        AsylumDataset zeros = SmallData.of("decisions.csv", """
                year,coo_iso,coa_iso,dec_recognized,dec_other,dec_rejected,dec_closed,dec_total
                2012,CHN,USA,0,0,5,0,5
                2013,CHN,USA,0,0,6,0,6
                2014,CHN,USA,0,0,4,0,4
                """);
        show(robot, zeros, Measure.COMPLEMENTARY_PROTECTION, 2012, 2014);
        TrendChart chart = window.trend().chart();
        List<XYChart.Data<Number, Number>> points = chart.getData().stream().flatMap(s -> s.getData().stream())
                .filter(d -> d.getNode().isVisible()).toList();
        assertThat(points).hasSize(3); // 2014, the newest year of a user's file, is drawn as preliminary
        for (XYChart.Data<Number, Number> p : points) {
            double y = p.getNode().getBoundsInParent().getCenterY();
            assertThat(y).isCloseTo(chart.getYAxis().getDisplayPosition(0), within(0.5));
        }
        // Small counts: whole, distinct tick labels (6, 5, 5, 4, 4 was a defect).
        robot.interact(() -> model.selectMeasure(Measure.REJECTED));
        WaitForAsyncUtils.waitForFxEvents();
        List<String> ticks = window.trend().chart().getYAxis().getChildrenUnmodifiable().stream()
                .filter(n -> n instanceof Text && n.isVisible()).map(n -> ((Text) n).getText()).toList();
        assertThat(ticks).doesNotHaveDuplicates().allMatch(t -> t.matches("\\d+"));
        assertThat(ticks).contains("0", "6");
    }

    @Test
    void aBarsWholeRowAnswersTheMouse(FxRobot robot) throws Exception {
        AsylumDataset tiny = SmallData.of("population.csv", """
                year,coo_name,coo,coo_iso,coa_name,coa,coa_iso,refugees,asylum_seekers
                2020,China,CHI,CHN,United States of America,USA,USA,0,100000
                2020,China,CHI,CHN,Canada,CAN,CAN,0,1
                2021,China,CHI,CHN,United States of America,USA,USA,0,100000
                """);
        show(robot, tiny, Measure.ASYLUM_SEEKERS, 2020, 2020);
        DestinationChart bars = window.destinations().chart();
        int canada = bars.rows().stream().map(DestinationChart.Row::iso3).toList().indexOf("CAN");
        Node bar = bars.bars().get(canada).getNode();
        assertThat(bar.getBoundsInParent().getWidth()).isLessThan(2); // one person: a bar of under 2 px
        Rectangle row = bars.rowTargets().get(canada);
        // Far right of Canada's row, nowhere near its bar.
        robot.moveTo(row.localToScreen(row.getX() + row.getWidth() - 10, row.getY() + row.getHeight() / 2));
        Tooltip tip = (Tooltip) row.getProperties().get("javafx.scene.control.Tooltip");
        waitUntil(tip::isShowing);
        assertThat(tip.getText()).startsWith("Canada\n1\n");
    }

    @Test
    void theErasAreNamedWithTheirDatesEvenWhereABandIsNarrow(FxRobot robot) {
        // 2012 only: Hu Jintao's band is under a year wide, too narrow for its label.
        show(robot, bundled, Measure.ASYLUM_SEEKERS, 2012, 2013);
        assertThat(window.trend().eraLegend().isVisible()).isTrue();
        assertThat(window.trend().eraLegend().getText())
                .isEqualTo("Bands: Hu Jintao Nov 15, 2002 – Nov 15, 2012 · Xi Jinping from Nov 15, 2012");
        assertThat(window.trend().eraLegend().isTextTruncated()).isFalse();
    }

    private static void waitUntil(java.util.concurrent.Callable<Boolean> condition) {
        try {
            WaitForAsyncUtils.waitFor(3, TimeUnit.SECONDS, condition);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("not seen within 3 s", e);
        }
    }
}
