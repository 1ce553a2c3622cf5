package org.asylumtrends.ui.main;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.text.Text;
import org.asylumtrends.data.ChartData;
import org.asylumtrends.data.Destination;
import org.asylumtrends.data.DestinationRanking;
import org.asylumtrends.chart.DestinationChart;

/** Assertions on what the destination chart draws, compared with the model's ranking. */
final class DrawnChecks {
    private DrawnChecks() {
    }

    /**
     * The bars from top to bottom are the ranking's countries (by ISO3 code), then "Other"; each bar is as long
     * as its value on the axis, has its own name beside it and its value inside the plot.
     */
    static void barsEqualTheRanking(DestinationChart chart, ChartData data, String step) {
        DestinationRanking ranking = data.ranking();
        List<String> expected = new ArrayList<>(ranking.top().stream().map(d -> d.country().iso3()).toList());
        List<Double> expectedValues = new ArrayList<>(ranking.top().stream().map(Destination::value).toList());
        if (ranking.other().isPresent()) {
            expected.add("");
            expectedValues.add(ranking.other().getAsDouble());
        }
        List<DestinationChart.Row> rows = chart.rows();
        List<XYChart.Data<Number, String>> bars = chart.bars();
        assertThat(bars).as("%s: bars", step).hasSameSizeAs(expected);
        List<Integer> topDown = IntStream.range(0, bars.size()).boxed()
                .sorted(Comparator.comparingDouble(i -> sceneBounds(bars.get(i).getNode()).getCenterY())).toList();
        assertThat(topDown.stream().map(i -> rows.get(i).iso3()).toList()).as("%s: countries top to bottom", step)
                .isEqualTo(expected);
        javafx.scene.chart.ValueAxis<Number> axis = (javafx.scene.chart.ValueAxis<Number>) chart.getXAxis();
        double plotWidth = axis.getWidth();
        List<Text> names = chart.getYAxis().getChildrenUnmodifiable().stream()
                .filter(n -> n instanceof Text && n.isVisible()).map(n -> (Text) n).toList();
        List<Text> values = chart.valueLabels();
        for (int k = 0; k < topDown.size(); k++) {
            int i = topDown.get(k);
            Node bar = bars.get(i).getNode();
            double value = expectedValues.get(k);
            assertThat(rows.get(i).value()).as("%s: value of %s", step, expected.get(k)).isEqualTo(value);
            double length = axis.getDisplayPosition(value) - axis.getDisplayPosition(0);
            assertThat(bar.getBoundsInParent().getWidth()).as("%s: length of %s", step, expected.get(k))
                    .isCloseTo(length, within(1.5));
            double barY = sceneBounds(bar).getCenterY();
            String beside = names.stream().min(Comparator.comparingDouble(t -> Math.abs(sceneBounds(t).getCenterY() - barY)))
                    .map(Text::getText).orElse("");
            assertThat(beside).as("%s: name beside the bar of %s (names drawn: %s)", step, expected.get(k), drawnNames(chart))
                    .isEqualTo(rows.get(i).label());
            Bounds label = values.get(i).getBoundsInParent();
            assertThat(label.getMinX()).as("%s: value of %s starts inside the plot", step, expected.get(k))
                    .isGreaterThanOrEqualTo(-0.5);
            assertThat(label.getMaxX()).as("%s: value of %s ends inside the plot", step, expected.get(k))
                    .isLessThanOrEqualTo(plotWidth + 0.5);
            // Drawn above every bar: a bar added after its label covered it, and a label inside a long bar (white
            // on the bar) vanished; "Other (165 countries)" showed no value in the United States' view.
            javafx.scene.Parent plot = bar.getParent();
            int labelAt = plot.getChildrenUnmodifiable().indexOf(values.get(i));
            for (XYChart.Data<Number, String> other : bars) {
                assertThat(labelAt).as("%s: value of %s drawn above the bars", step, expected.get(k))
                        .isGreaterThan(plot.getChildrenUnmodifiable().indexOf(other.getNode()));
            }
        }
    }

    private static List<String> drawnNames(DestinationChart chart) {
        return chart.getYAxis().getChildrenUnmodifiable().stream().filter(n -> n instanceof Text)
                .map(n -> ((Text) n).getText() + (n.isVisible() ? "" : " (hidden)")
                        + String.format(" at %.0f", sceneBounds(n).getCenterY())).toList();
    }

    static Bounds sceneBounds(Node n) {
        return n.localToScene(n.getBoundsInLocal());
    }

    /**
     * The kept trend chart draws what a new chart shown the same data draws: the same series in the same order,
     * each point at the same year and value, as visible, with the same style classes (colour, preliminary marker)
     * and tooltip, and each line's node with the same classes. The window's chart keeps its points from one
     * change to the next (issue 15's speed); a point left over from an earlier selection would show here.
     */
    static void trendLikeFresh(org.asylumtrends.chart.TrendChart kept, ChartData data, String step) {
        org.asylumtrends.chart.TrendChart fresh = new org.asylumtrends.chart.TrendChart();
        fresh.show(data);
        List<String> keptDrawn = drawnSeries(kept);
        List<String> freshDrawn = drawnSeries(fresh);
        assertThat(keptDrawn).as("%s: the trend as a new chart draws it", step).isEqualTo(freshDrawn);
    }

    /** Every non-empty series as text: its node's classes, then each point's year, value, visibility, classes, tip. */
    private static List<String> drawnSeries(org.asylumtrends.chart.TrendChart chart) {
        List<String> drawn = new ArrayList<>();
        for (XYChart.Series<Number, Number> series : chart.getData()) {
            if (series.getData().isEmpty()) {
                continue; // kept for a preliminary year out of view; draws nothing
            }
            StringBuilder text = new StringBuilder(ourClasses(series.getNode()));
            for (XYChart.Data<Number, Number> d : series.getData()) {
                Object tip = d.getNode().getProperties().get("javafx.scene.control.Tooltip");
                text.append(" | ").append(d.getXValue().intValue()).append('=').append(d.getYValue().doubleValue())
                        .append(d.getNode().isVisible() ? "" : " hidden").append(' ').append(ourClasses(d.getNode()))
                        .append(" tip=").append(tip instanceof javafx.scene.control.Tooltip t ? t.getText() : "none");
            }
            drawn.add(text.toString());
        }
        return drawn;
    }

    /** The style classes the trend chart gives (JavaFX's own series/data indices differ between kept and new). */
    private static String ourClasses(Node node) {
        return node.getStyleClass().stream().filter(c -> c.startsWith("line-") || c.startsWith("preliminary"))
                .sorted().toList().toString();
    }
}
