package org.asylumtrends.chart;

import org.asylumtrends.text.Messages;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import javafx.geometry.Point2D;
import javafx.geometry.VPos;
import javafx.scene.chart.XYChart;
import javafx.scene.layout.Region;
import javafx.scene.text.Text;

/**
 * The country's name at the end of each line, in the line's colour (Our World in Data's direct labels), in a column
 * right of the plot. Each label sits at the height of its line's last value; labels that would overlap are pushed
 * apart just enough, keeping their order, and stay within the plot's height.
 */
public final class EndLabels extends Region {
    private static final double GAP = 6;
    private final List<Text> labels = new ArrayList<>();
    private final List<TrendChart.DrawnLine> lines = new ArrayList<>();

    EndLabels() {
        getStyleClass().add("end-labels");
        setManaged(true);
    }

    void show(List<TrendChart.DrawnLine> shown) {
        List<String> before = lines.stream().map(EndLabels::labelOf).toList();
        lines.clear();
        lines.addAll(shown);
        if (before.equals(lines.stream().map(EndLabels::labelOf).toList())) {
            requestLayout(); // the same countries in the same colours: the labels stay, place() moves them
            return;
        }
        labels.clear();
        for (TrendChart.DrawnLine line : shown) {
            Text t = new Text(DestinationChart.fit(Messages.countryShortName(line.line().country()), "", new Text().getFont()));
            t.getStyleClass().addAll("line-label", "line-label-" + line.colour());
            t.setTextOrigin(VPos.CENTER);
            t.setMouseTransparent(true);
            labels.add(t);
        }
        getChildren().setAll(labels);
        requestLayout();
    }

    /** What a line's label shows: its country and colour. */
    private static String labelOf(TrendChart.DrawnLine line) {
        return line.line().country().iso3() + ' ' + Messages.countryShortName(line.line().country()) + ' ' + line.colour();
    }

    @Override
    protected double computePrefWidth(double height) {
        double w = 0;
        for (Text t : labels) {
            t.applyCss();
            w = Math.max(w, t.getLayoutBounds().getWidth());
        }
        return labels.isEmpty() ? 0 : w + 2 * GAP;
    }

    @Override
    protected double computePrefHeight(double width) {
        return 0;
    }

    @Override
    protected void layoutChildren() {
        // Placed by the chart once its axes are laid out (place), not here.
    }

    /** Puts each label at its line's last drawn value, in the value axis' current layout, then nudges them apart. */
    void place(ValueScaleAxis axis) {
        if (labels.isEmpty() || getScene() == null && getParent() == null) {
            return;
        }
        double top = sceneToLocal(axis.localToScene(0, 0)).getY();
        double bottom = sceneToLocal(axis.localToScene(0, axis.getHeight())).getY();
        double[] wanted = new double[labels.size()];
        boolean[] drawn = new boolean[labels.size()];
        for (int i = 0; i < labels.size(); i++) {
            XYChart.Data<Number, Number> end = lastPoint(lines.get(i));
            drawn[i] = end != null;
            wanted[i] = end == null ? bottom : sceneToLocal(axis.localToScene(0,
                    axis.getDisplayPosition(end.getYValue()))).getY();
        }
        // A little more than a line of text apart: labels that only touch read as one.
        double height = labels.stream().mapToDouble(t -> t.getBoundsInLocal().getHeight()).max().orElse(12) + 2;
        double[] placed = spread(wanted, height, top + height / 2, bottom - height / 2);
        for (int i = 0; i < labels.size(); i++) {
            Text t = labels.get(i);
            t.setVisible(drawn[i]); // a line with nothing drawn (an index without a base) has no end to label
            t.setX(GAP);
            t.setY(placed[i]);
        }
    }

    private static XYChart.Data<Number, Number> lastPoint(TrendChart.DrawnLine line) {
        XYChart.Data<Number, Number> last = null;
        for (XYChart.Series<Number, Number> s : line.series()) {
            for (XYChart.Data<Number, Number> d : s.getData()) {
                if (last == null || d.getXValue().intValue() >= last.getXValue().intValue()) {
                    last = d;
                }
            }
        }
        return last;
    }

    /**
     * Centres at least {@code height} apart, each as near its wanted centre as the others allow, order kept, within
     * {@code min}..{@code max} where there is room: labels pushed down from the top, then up from the bottom.
     */
    static double[] spread(double[] wanted, double height, double min, double max) {
        Integer[] order = new Integer[wanted.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.comparingDouble(i -> wanted[i]));
        double[] y = new double[wanted.length];
        double floor = min;
        for (Integer i : order) {
            y[i] = Math.max(wanted[i], floor);
            floor = y[i] + height;
        }
        double ceiling = max;
        for (int k = order.length - 1; k >= 0; k--) {
            int i = order[k];
            y[i] = Math.min(y[i], ceiling);
            ceiling = y[i] - height;
        }
        return y;
    }

    /** The labels, in the listed order. */
    public List<Text> labels() {
        return List.copyOf(labels);
    }
}
