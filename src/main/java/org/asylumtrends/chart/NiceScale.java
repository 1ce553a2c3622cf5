package org.asylumtrends.chart;

/**
 * A value axis from zero to a round maximum just above the data, with about five intervals on a 1, 2, 2.5 or 5
 * step. Counts of people get whole-number steps only: a small count (a maximum of 6) would otherwise get ticks at
 * 0, 1.2, 2.4 … that read "1, 2, 2" once rounded. JavaFX's own auto-ranging gave 19–20 gridlines and ran the bar
 * axis to 200,000 for a maximum of 147,909.
 *
 * @param upper the axis maximum (at least the data's maximum)
 * @param step  the distance between ticks
 */
public record NiceScale(double upper, double step) {
    private static final double[] STEPS = {1, 2, 2.5, 5};
    private static final int FEWEST = 3;
    private static final int MOST = 6;

    /**
     * The scale for values from 0 to {@code max}. {@code wholeNumbers} for counts; {@code cap} is a maximum the
     * axis never passes when the data stay below it (1 for a rate: 100%), or infinity.
     */
    public static NiceScale of(double max, boolean wholeNumbers, double cap) {
        double top = Double.isFinite(max) && max > 0 ? max : (wholeNumbers ? 1 : Math.min(1, cap));
        NiceScale best = null;
        int bestIntervals = 0;
        int exponent = (int) Math.floor(Math.log10(top / 5));
        for (int e = exponent - 1; e <= exponent + 1; e++) {
            for (double s : STEPS) {
                double step = s * Math.pow(10, e);
                if (wholeNumbers && (step < 1 || step != Math.rint(step))) {
                    continue;
                }
                int intervals = (int) Math.ceil(top / step - 1e-9);
                if (intervals < FEWEST || intervals > MOST) {
                    continue;
                }
                double upper = intervals * step;
                if (best == null || upper < best.upper - 1e-9
                        || (Math.abs(upper - best.upper) < 1e-9 && Math.abs(intervals - 5) < Math.abs(bestIntervals - 5))) {
                    best = new NiceScale(upper, step);
                    bestIntervals = intervals;
                }
            }
        }
        if (best == null) { // a count of 1 or 2: one tick per person
            best = new NiceScale(Math.max(1, Math.ceil(top)), 1);
        }
        if (best.upper > cap && top <= cap) {
            return new NiceScale(cap, best.step);
        }
        return best;
    }

    /** How many intervals (gridlines above zero) the axis has. */
    public int intervals() {
        return (int) Math.round(upper / step);
    }

    /** The tick values from 0 to the maximum, a step apart. */
    public java.util.List<Double> ticks() {
        java.util.List<Double> t = new java.util.ArrayList<>();
        for (int i = 0; i <= intervals(); i++) {
            t.add(i * step);
        }
        return java.util.List.copyOf(t);
    }
}
