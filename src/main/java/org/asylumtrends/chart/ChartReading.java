package org.asylumtrends.chart;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.chart.XYChart;
import org.asylumtrends.data.ChartData;
import org.asylumtrends.data.YearValue;
import org.asylumtrends.text.Formats;
import org.asylumtrends.text.Messages;

/**
 * What each chart says to a reader who cannot see it: a summary in words (first and last figure, the highest; the
 * largest countries) and the stops of its {@link KeyboardReader}, one per year or per bar, with the tooltip's text.
 */
public final class ChartReading {
    private ChartReading() {
    }

    /** "Asylum-seekers from China, 2012–2024. From 15,362 in 2012 to 180,960 in 2024; the highest, …". */
    public static String trendSummary(String title, ChartData data) {
        List<YearValue> points = data.points();
        if (points.isEmpty()) {
            return Messages.format("trend.summary.empty", title);
        }
        YearValue first = points.getFirst();
        YearValue last = points.getLast();
        YearValue highest = points.stream().max(Comparator.comparingDouble(YearValue::value)).orElseThrow();
        return Messages.format("trend.summary", title, Formats.value(data.measure(), first.value()), first.year(),
                Formats.value(data.measure(), last.value()), last.year(),
                Formats.value(data.measure(), highest.value()), highest.year());
    }

    /** One stop per year shown, a gap included ("No figure for this year"), pointing at the year's point. */
    public static List<KeyboardReader.Item> trendItems(TrendChart chart, ChartData data) {
        List<KeyboardReader.Item> items = new ArrayList<>();
        for (int year = data.selected().from(); year <= data.selected().to(); year++) {
            int y = year;
            double value = data.points().stream().filter(p -> p.year() == y).mapToDouble(YearValue::value)
                    .findFirst().orElse(0);
            items.add(new KeyboardReader.Item(chart.hoverText(year), () -> {
                var x = chart.getXAxis();
                var v = chart.getYAxis();
                Point2D px = x.localToScene(x.getDisplayPosition(y), 0);
                Point2D pv = v.localToScene(0, v.getDisplayPosition(value));
                return px == null || pv == null ? null : chart.sceneToLocal(px.getX(), pv.getY());
            }));
        }
        return items;
    }

    /** "… The largest: United States (147,909), Australia (14,003) and Canada (4,959)." */
    public static String destinationSummary(String title, List<DestinationChart.Row> rowsBottomFirst,
                                            ChartData data) {
        List<String> top = rowsBottomFirst.reversed().stream().filter(r -> !r.isOther()).limit(3)
                .map(r -> Messages.format("destinations.summary.item", r.name(), Formats.value(data.measure(), r.value())))
                .toList();
        if (top.isEmpty()) {
            return Messages.format("trend.summary.empty", title);
        }
        String list = Messages.list(top);
        return Messages.format("destinations.summary", title, list);
    }

    /** One stop per bar, the largest first, with the bar's tooltip text. */
    public static List<KeyboardReader.Item> destinationItems(DestinationChart chart, List<DestinationChart.Row> rows,
                                                             List<XYChart.Data<Number, String>> bars) {
        List<KeyboardReader.Item> items = new ArrayList<>();
        for (int i = rows.size() - 1; i >= 0; i--) {
            Node bar = bars.get(i).getNode();
            items.add(new KeyboardReader.Item(rows.get(i).tooltip(), () -> {
                if (bar == null || bar.getScene() == null) {
                    return null;
                }
                var b = bar.localToScene(bar.getBoundsInLocal());
                return chart.sceneToLocal(b.getMaxX(), b.getCenterY());
            }));
        }
        return items;
    }
}
