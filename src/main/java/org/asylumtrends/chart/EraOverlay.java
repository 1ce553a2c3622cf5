package org.asylumtrends.chart;

import java.util.ArrayList;
import java.util.List;
import javafx.collections.ObservableList;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.chart.ValueAxis;
import javafx.scene.control.Tooltip;
import javafx.scene.shape.Line;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.Text;
import org.asylumtrends.data.Era;
import org.asylumtrends.text.Messages;
import org.asylumtrends.chart.TooltipPool;

/**
 * Shaded, labelled bands for political eras, drawn inside a chart's plot area behind the data. Bands start and
 * end at the exact transition dates in fractional years and are cut to the visible axis range, so they never
 * leave the plot. Styled by CSS: {@code .era-band}, {@code .era-band-N} (N = the era's position in the table)
 * and {@code .era-label}.
 */
public final class EraOverlay {
    private final List<Rectangle> bands = new ArrayList<>();
    private final List<Text> labels = new ArrayList<>();
    private final List<Line> boundaries = new ArrayList<>();
    private List<Era> eras = List.of();
    private final TooltipPool tooltips = new TooltipPool();

    /** Replaces the eras shown; {@code plotChildren} is the chart's plot children list. */
    public void setEras(List<Era> newEras, List<Era> allErasOfOrigin, ObservableList<Node> plotChildren) {
        if (newEras.equals(eras) && plotChildren.containsAll(bands) && plotChildren.containsAll(labels)
                && plotChildren.containsAll(boundaries)) {
            return; // most year-range changes keep the same eras in view; layout() moves the bands
        }
        plotChildren.removeAll(bands);
        plotChildren.removeAll(labels);
        plotChildren.removeAll(boundaries);
        bands.clear();
        labels.clear();
        boundaries.clear();
        this.eras = List.copyOf(newEras);
        for (Era era : eras) {
            Rectangle band = new Rectangle();
            band.getStyleClass().addAll("era-band", "era-band-" + allErasOfOrigin.indexOf(era));
            band.setMouseTransparent(false);
            Tooltip.install(band, tooltips.get(bands.size(), Messages.eraLabel(era) + (era.note().isEmpty() ? "" : "\n" + era.note())));
            Text label = new Text(Messages.eraLabel(era));
            label.getStyleClass().addAll("era-label", "era-label-" + allErasOfOrigin.indexOf(era));
            label.setMouseTransparent(true);
            // A line at the transition, so that eras stay apart where band colours look alike (colour-blind
            // readers, grey-scale print).
            Line boundary = new Line();
            boundary.getStyleClass().add("era-boundary");
            boundary.setMouseTransparent(true);
            bands.add(band);
            labels.add(label);
            boundaries.add(boundary);
        }
        // Behind the line and markers: bands first, then boundaries and labels.
        plotChildren.addAll(0, labels);
        plotChildren.addAll(0, boundaries);
        plotChildren.addAll(0, bands);
    }

    /** Positions the bands for the current axis scale; call from the chart's {@code layoutPlotChildren}. */
    public void layout(ValueAxis<Number> xAxis, double plotHeight) {
        double lower = xAxis.getLowerBound();
        double upper = xAxis.getUpperBound();
        for (int i = 0; i < eras.size(); i++) {
            Era era = eras.get(i);
            double from = Math.max(lower, era.startX());
            double to = Math.min(upper, era.endX(upper));
            Rectangle band = bands.get(i);
            Text label = labels.get(i);
            Line boundary = boundaries.get(i);
            if (to <= from) {
                band.setVisible(false);
                label.setVisible(false);
                boundary.setVisible(false);
                continue;
            }
            double x0 = xAxis.getDisplayPosition(from);
            double x1 = xAxis.getDisplayPosition(to);
            boundary.setVisible(era.startX() > lower);
            boundary.setStartX(x0);
            boundary.setEndX(x0);
            boundary.setStartY(0);
            boundary.setEndY(plotHeight);
            band.setVisible(true);
            band.setX(x0);
            band.setY(0);
            band.setWidth(x1 - x0);
            band.setHeight(plotHeight);
            placeLabel(label, era, x0, x1);
        }
    }

    /** The full label if it fits in the visible band, else the leader's name, else nothing. */
    private static void placeLabel(Text label, Era era, double x0, double x1) {
        double room = x1 - x0 - 8;
        label.setText(Messages.eraLabel(era));
        if (width(label) > room) {
            label.setText(Messages.eraName(era));
        }
        label.setVisible(width(label) <= room);
        label.setX(x0 + 4);
        label.setY(4 + label.getBaselineOffset());
    }

    private static double width(Text text) {
        Bounds b = text.getLayoutBounds();
        return b.getWidth();
    }

    /** The eras shown (those within the chart's years), in order, for an export's legend. */
    public List<Era> eras() {
        return eras;
    }

    /** The bands, in era order, for tests and export. */
    public List<Rectangle> bands() {
        return List.copyOf(bands);
    }

    public List<Text> labels() {
        return List.copyOf(labels);
    }

    /** The lines at each era's start, for tests and export. */
    public List<Line> boundaries() {
        return List.copyOf(boundaries);
    }
}
