package org.asylumtrends.chart;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.chart.ValueAxis;

/**
 * A numeric axis of calendar years with ticks on whole years only and labels without digit grouping ("2012",
 * not "2,012"). Its bounds are padded by a fraction of a year so that the first and last markers are not cut
 * in half by the plot's clip, while ticks stay on whole years. (NumberAxis is final and puts ticks at its
 * lower bound, so it cannot do this.)
 */
public final class YearAxis extends ValueAxis<Number> {
    static final double PADDING = 0.35;
    private int tickUnit = 1;

    YearAxis() {
        setAutoRanging(false);
        setAnimated(false);
        setMinorTickVisible(false);
    }

    /** Shows the years {@code from} to {@code to}, with at most about 14 labelled ticks. */
    void showYears(int from, int to) {
        int span = to - from;
        tickUnit = span <= 14 ? 1 : span <= 28 ? 2 : 5;
        setLowerBound(from - PADDING);
        setUpperBound(to + PADDING);
        requestAxisLayout();
    }

    @Override
    protected List<Number> calculateTickValues(double length, Object range) {
        Object[] r = (Object[]) range;
        double lower = (Double) r[0];
        double upper = (Double) r[1];
        List<Number> ticks = new ArrayList<>();
        int first = (int) Math.ceil(lower);
        first += Math.floorMod(-first, tickUnit);
        for (int year = first; year <= upper; year += tickUnit) {
            ticks.add(year);
        }
        return ticks;
    }

    @Override
    protected List<Number> calculateMinorTickMarks() {
        return List.of();
    }

    @Override
    protected void setRange(Object range, boolean animate) {
        Object[] r = (Object[]) range;
        setLowerBound((Double) r[0]);
        setUpperBound((Double) r[1]);
        currentLowerBound.set((Double) r[0]);
        setScale((Double) r[2]);
    }

    @Override
    protected Object getRange() {
        return new Object[] {getLowerBound(), getUpperBound(), getScale()};
    }

    @Override
    protected String getTickMarkLabel(Number value) {
        return Long.toString(Math.round(value.doubleValue()));
    }
}
