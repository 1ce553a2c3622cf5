package org.asylumtrends.chart;

import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleFunction;
import javafx.scene.chart.ValueAxis;

/**
 * The trend chart's value axis, linear or logarithmic, with the ticks it is given rather than ticks of its own:
 * NumberAxis is final and spaces its ticks evenly, so it cannot put them at 1, 2, 5, 10, 20, 50 … on a log axis.
 * On a log axis the chart plots log10 of each value ({@link #toAxis}); the labels show the values themselves.
 */
public final class ValueScaleAxis extends ValueAxis<Number> {
    /** How many decades a log axis labels 1, 2 and 5 of; beyond that only the powers of ten, or labels collide. */
    static final int DECADES_WITH_STEPS = 3;
    private List<Double> ticks = List.of();
    private List<String> texts = List.of();
    private DoubleFunction<String> labels = Double::toString;
    private boolean log;

    ValueScaleAxis() {
        setAutoRanging(false);
        setAnimated(false);
        setMinorTickVisible(false);
    }

    /** A linear axis from 0 to {@code scale}'s maximum, a tick every step. */
    void showLinear(NiceScale scale, DoubleFunction<String> labels) {
        show(false, scale.ticks(), 0, scale.upper(), labels);
    }

    /**
     * A log axis over whole decades around {@code min} to {@code max} (both above 0), with ticks at 1, 2 and 5 times
     * each power of ten when it spans few decades, at the powers of ten otherwise.
     */
    void showLog(double min, double max, DoubleFunction<String> labels) {
        LogTicks t = LogTicks.of(min, max);
        show(true, t.ticks().stream().map(Math::log10).toList(), Math.log10(t.lower()), Math.log10(t.upper()), labels);
    }

    private void show(boolean log, List<Double> ticks, double lower, double upper, DoubleFunction<String> labels) {
        List<String> texts = ticks.stream().map(t -> label(log, labels, t)).toList();
        boolean same = log == this.log && ticks.equals(this.ticks) && texts.equals(this.texts);
        this.log = log;
        this.labels = labels;
        this.ticks = ticks;
        this.texts = texts;
        setLowerBound(lower);
        setUpperBound(upper);
        // New ticks with the same bounds: the tick marks are made again only when the range is marked invalid. The
        // same ticks with the same labels are left alone: JavaFX makes a new text node for every tick of an
        // invalid range, and styling them was a good part of a year change's time.
        if (!same) {
            invalidateRange(List.of());
        }
    }

    private static String label(boolean log, DoubleFunction<String> labels, double tick) {
        return labels.apply(log ? LogTicks.round(Math.pow(10, tick)) : tick);
    }

    /** Where a value goes on this axis: itself, or its log10 on a log axis. */
    public double toAxis(double value) {
        return log ? Math.log10(value) : value;
    }

    public boolean isLog() {
        return log;
    }

    /** The tick values, as values (not their logs), lowest first. */
    public List<Double> tickValues() {
        return ticks.stream().map(t -> log ? Math.pow(10, t) : t).toList();
    }

    @Override
    protected List<Number> calculateTickValues(double length, Object range) {
        return List.copyOf(ticks);
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
        return label(log, labels, value.doubleValue());
    }

    /** Rounded, so that the axis' maximum keeps its label ({@link AxisPositions}). */
    @Override
    public double getDisplayPosition(Number value) {
        return AxisPositions.snapped(super.getDisplayPosition(value));
    }
}
