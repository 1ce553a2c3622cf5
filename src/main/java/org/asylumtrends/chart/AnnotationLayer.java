package org.asylumtrends.chart;

import java.util.ArrayList;
import java.util.List;
import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.chart.ValueAxis;
import javafx.scene.shape.Line;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.Text;
import org.asylumtrends.data.Annotation;

/**
 * The author's dated annotations on a chart with a year axis: a dashed line at a date, or a shaded band over a
 * range, each with its label, above the data so that a reader sees them. Placed at the dates' fractional years,
 * as the era bands are, and hidden when outside the axis. Labels go in four staggered rows under the era labels,
 * so that annotations a few months apart stay readable. A layer of its own, like {@link EraOverlay}: the chart
 * only hands over its plot children and calls {@link #layout}. Styled by CSS: {@code .annotation-line},
 * {@code .annotation-band}, {@code .annotation-label}.
 */
public final class AnnotationLayer {
    /** Rows of labels before they repeat from the top. */
    static final int ROWS = 4;
    /** Where the first row starts: below the era labels at the top of the plot. */
    static final double TOP = 22;
    private final List<Annotation> annotations = new ArrayList<>();
    private final List<Line> lines = new ArrayList<>();
    private final List<Rectangle> bands = new ArrayList<>();
    private final List<Text> labels = new ArrayList<>();

    /** Replaces the annotations shown; {@code plotChildren} is the chart's plot children list. */
    public void setAnnotations(List<Annotation> shown, ObservableList<Node> plotChildren) {
        if (shown.equals(annotations) && plotChildren.containsAll(lines) && plotChildren.containsAll(labels)) {
            return;
        }
        plotChildren.removeAll(lines);
        plotChildren.removeAll(bands);
        plotChildren.removeAll(labels);
        annotations.clear();
        lines.clear();
        bands.clear();
        labels.clear();
        for (Annotation a : shown) {
            annotations.add(a);
            Rectangle band = new Rectangle();
            band.getStyleClass().add("annotation-band");
            band.setMouseTransparent(true);
            band.setVisible(a.isRange());
            Line line = new Line();
            line.getStyleClass().add("annotation-line");
            line.setMouseTransparent(true);
            Text label = new Text(a.label());
            label.getStyleClass().add("annotation-label");
            label.setMouseTransparent(true);
            bands.add(band);
            lines.add(line);
            labels.add(label);
        }
        plotChildren.addAll(bands);
        plotChildren.addAll(lines);
        plotChildren.addAll(labels);
    }

    /** Re-adds the layer on top after the chart has replaced its series (new series go on top of everything). */
    public void raise(ObservableList<Node> plotChildren) {
        List<Annotation> same = List.copyOf(annotations);
        annotations.clear();
        setAnnotations(same, plotChildren);
    }

    /** Positions the marks for the current axis; call from the chart's {@code layoutPlotChildren}. */
    public void layout(ValueAxis<Number> xAxis, double plotHeight) {
        double lower = xAxis.getLowerBound();
        double upper = xAxis.getUpperBound();
        for (int i = 0; i < annotations.size(); i++) {
            Annotation a = annotations.get(i);
            double from = Math.max(lower, a.startX());
            double to = Math.min(upper, a.endX());
            boolean inView = a.isRange() ? to > from : a.startX() >= lower && a.startX() <= upper;
            Line line = lines.get(i);
            Rectangle band = bands.get(i);
            Text label = labels.get(i);
            line.setVisible(inView);
            band.setVisible(inView && a.isRange());
            label.setVisible(inView);
            if (!inView) {
                continue;
            }
            double x0 = xAxis.getDisplayPosition(from);
            double x1 = xAxis.getDisplayPosition(to);
            line.setStartX(x0);
            line.setEndX(x0);
            line.setStartY(0);
            line.setEndY(plotHeight);
            band.setX(x0);
            band.setY(0);
            band.setWidth(Math.max(0, x1 - x0));
            band.setHeight(plotHeight);
            double width = label.getLayoutBounds().getWidth();
            double plotWidth = xAxis.getDisplayPosition(upper);
            // Right of the line, or left of it where the label would leave the plot.
            double x = x0 + 4 + width > plotWidth ? Math.max(0, x0 - 4 - width) : x0 + 4;
            label.setX(x);
            label.setY(TOP + (i % ROWS) * (label.getLayoutBounds().getHeight() + 2) + label.getBaselineOffset());
        }
    }

    public List<Annotation> annotations() {
        return List.copyOf(annotations);
    }

    /** The labels, in the annotations' order, for tests and export. */
    public List<Text> labels() {
        return List.copyOf(labels);
    }

    /** The lines at each annotation's (first) date. */
    public List<Line> lines() {
        return List.copyOf(lines);
    }

    /** The bands of range annotations (invisible for points). */
    public List<Rectangle> bands() {
        return List.copyOf(bands);
    }
}
