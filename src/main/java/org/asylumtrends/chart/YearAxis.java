package org.asylumtrends.chart;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.chart.ValueAxis;
import javafx.scene.text.Text;

/**
 * A numeric axis of calendar years with ticks on whole years only and labels without digit grouping ("2012",
 * not "2,012"). Its bounds are padded by a fraction of a year so that the first and last markers are not cut
 * in half by the plot's clip, while ticks stay on whole years. (NumberAxis is final and puts ticks at its
 * lower bound, so it cannot do this.)
 *
 * <p>The step between labelled years is chosen from the axis' length and the labels' drawn width: every year,
 * or every 2, 5, 10, 20, 50 years, on years divisible by the step (2010, 2015, 2020), the smallest step at which
 * the labels keep a clear gap. JavaFX's own axis hides a label that comes too close to its neighbour at either
 * end: at 1024x700 the axis read 2012, 2014, 2015, … 2022, 2024, dropping 2013 and 2023 without a word.
 */
public final class YearAxis extends ValueAxis<Number> {
    static final double PADDING = 0.35;
    /** The steps a year axis is labelled in; past the last, the last one's multiples of ten. */
    static final int[] STEPS = {1, 2, 5, 10, 20, 50, 100};
    private final Text measure = new Text();
    private int tickUnit = 1;

    YearAxis() {
        setAutoRanging(false);
        setAnimated(false);
        setMinorTickVisible(false);
    }

    /** Shows the years {@code from} to {@code to}; the labels' step follows at layout, from the axis' length. */
    void showYears(int from, int to) {
        setLowerBound(from - PADDING);
        setUpperBound(to + PADDING);
        requestAxisLayout();
    }

    @Override
    protected List<Number> calculateTickValues(double length, Object range) {
        Object[] r = (Object[]) range;
        double lower = (Double) r[0];
        double upper = (Double) r[1];
        tickUnit = step(length, upper - lower, labelWidth(lower, upper), getTickLabelGap());
        List<Number> ticks = new ArrayList<>();
        int first = (int) Math.ceil(lower);
        first += Math.floorMod(-first, tickUnit);
        for (int year = first; year <= upper; year += tickUnit) {
            ticks.add(year);
        }
        return ticks;
    }

    /**
     * The smallest step whose labels, {@code labelWidth} wide, leave a gap between neighbours that reads as one
     * (a third of a label, and more than the axis' own minimum gap, below which JavaFX hides a label).
     */
    static int step(double length, double years, double labelWidth, double minimumGap) {
        if (length <= 0 || years <= 0) {
            return 1;
        }
        double perYear = length / years;
        double needed = labelWidth + Math.max(minimumGap + 1, labelWidth / 3);
        for (int step : STEPS) {
            // and as JavaFX counts: all labels together no longer than the axis
            if (step * perYear >= needed && (Math.floor(years / step) + 1) * labelWidth < length) {
                return step;
            }
        }
        int step = STEPS[STEPS.length - 1];
        while (step * perYear < needed && step < 1_000_000) {
            step *= 10;
        }
        return step;
    }

    /** The widest label of the years shown, in the labels' font as styled now. */
    private double labelWidth(double lower, double upper) {
        measure.setFont(getTickLabelFont());
        measure.setRotate(getTickLabelRotation());
        double widest = 0;
        for (double year : new double[] {Math.ceil(lower), Math.floor(upper)}) {
            measure.setText(getTickMarkLabel(year));
            widest = Math.max(widest, measure.getBoundsInParent().getWidth());
        }
        return widest;
    }

    /** The years between labelled ticks at the last layout: 1, 2, 5, 10… */
    public int tickUnit() {
        return tickUnit;
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

    /** Rounded, so that the axis' maximum keeps its label ({@link AxisPositions}). */
    @Override
    public double getDisplayPosition(Number value) {
        return AxisPositions.snapped(super.getDisplayPosition(value));
    }
}
