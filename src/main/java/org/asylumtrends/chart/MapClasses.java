package org.asylumtrends.chart;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import org.asylumtrends.data.Measure;

/**
 * The colour classes of the map: at most six, from zero up, each starting at a round number. Six because the
 * sequential ColorBrewer schemes stay distinguishable (on screen, in print, and with the common colour-vision
 * deficiencies) up to about seven; one less leaves "no data" clearly apart. Classed, not continuous, because a
 * reader matches a country to a legend entry and can quote it ("1,000 to 9,999"), and a continuous ramp over
 * figures that span five orders of magnitude makes all but the largest country the same pale colour.
 *
 * <p>Counts (and figures per 100,000) get breaks on a ladder of round numbers: 1–2–5 per decade when the figures
 * span little, 1–3, then powers of ten, then every second power, whichever is the finest that gives at most six
 * classes. Asylum-seekers from China range from 1 (several countries) to over 100,000 (the United States): equal
 * intervals would put every country but one in the first class, and quantile breaks (1,387; 9,204) are unreadable
 * and move with every year. Where the figures span less than one 1–2–5 step, equal round steps are used. A rate
 * gets fixed classes of 20 points, so that two views compare. Immutable.
 *
 * @param breaks       where each class after the first begins, ascending; class 0 begins at 0
 * @param wholeNumbers whether the figures are counts (labels then read "10–99" rather than "10 to under 100")
 */
public record MapClasses(List<Double> breaks, boolean wholeNumbers) {
    /** The most classes a map has. */
    public static final int MOST = 6;
    private static final double[][] LADDERS = {{1, 2, 5}, {1, 3}, {1}};

    public MapClasses {
        breaks = List.copyOf(breaks);
    }

    /**
     * The classes for a measure's figures. {@code wholeNumbers}: counts of people or events (not a figure per
     * 100,000, not a rate).
     */
    public static MapClasses of(double[] values, Measure measure, boolean wholeNumbers) {
        if (measure.kind() == Measure.Kind.RATE) {
            return new MapClasses(List.of(0.2, 0.4, 0.6, 0.8), false);
        }
        double lo = Double.POSITIVE_INFINITY;
        double hi = 0;
        for (double v : values) {
            if (v > 0) {
                lo = Math.min(lo, v);
                hi = Math.max(hi, v);
            }
        }
        if (hi <= 0) {
            return new MapClasses(List.of(), wholeNumbers); // nothing above zero: one class
        }
        List<Double> best = null;
        for (double[] ladder : LADDERS) {
            List<Double> b = ladder(ladder, 1, lo, hi, wholeNumbers);
            if (b.size() + 1 <= MOST) {
                best = b;
                break;
            }
        }
        for (int decades = 2; best == null; decades++) {
            List<Double> b = ladder(new double[] {1}, decades, lo, hi, wholeNumbers);
            if (b.size() + 1 <= MOST) {
                best = b;
            }
        }
        if (best.size() + 1 < 4) {
            List<Double> even = evenSteps(hi, wholeNumbers);
            if (even.size() > best.size()) {
                best = even;
            }
        }
        return new MapClasses(best, wholeNumbers);
    }

    /** The ladder's values above the smallest figure and at most the largest. */
    private static List<Double> ladder(double[] steps, int decades, double lo, double hi, boolean wholeNumbers) {
        List<Double> out = new ArrayList<>();
        int first = (int) Math.floor(Math.log10(lo)) - 1;
        int last = (int) Math.ceil(Math.log10(hi)) + 1;
        for (int e = first; e <= last; e++) {
            if (Math.floorMod(e, decades) != 0) {
                continue;
            }
            for (double s : steps) {
                double b = round(s * Math.pow(10, e));
                if (b > lo && b <= hi && (!wholeNumbers || b >= 1) && (out.isEmpty() || b > out.get(out.size() - 1))) {
                    out.add(b);
                }
            }
        }
        return out;
    }

    /** Equal round steps from zero below the largest figure, for figures that span little. */
    private static List<Double> evenSteps(double hi, boolean wholeNumbers) {
        NiceScale scale = NiceScale.of(hi, wholeNumbers, Double.POSITIVE_INFINITY);
        List<Double> out = new ArrayList<>();
        for (int i = 1; i < MOST && round(i * scale.step()) <= hi; i++) {
            out.add(round(i * scale.step()));
        }
        return out;
    }

    /** Removes the binary noise of 0.1 × 3 and the like, so that breaks print as the round numbers they are. */
    private static double round(double v) {
        return Double.parseDouble(String.format(java.util.Locale.ROOT, "%.10g", v));
    }

    /** How many classes there are (the breaks and one). */
    public int count() {
        return breaks.size() + 1;
    }

    /** The class of a figure: the last whose lower bound it reaches. */
    public int classOf(double value) {
        int c = 0;
        while (c < breaks.size() && value >= breaks.get(c)) {
            c++;
        }
        return c;
    }

    /** Where a class begins: 0 for the first. */
    public double lower(int c) {
        return c == 0 ? 0 : breaks.get(c - 1);
    }

    /** Where the next class begins; empty for the last, which is open. */
    public OptionalDouble upper(int c) {
        return c < breaks.size() ? OptionalDouble.of(breaks.get(c)) : OptionalDouble.empty();
    }

    /**
     * The colour of a class, 0 (lightest) to {@code MOST - 1} (darkest), spread over the whole scale when there are
     * fewer classes, so that the largest figures are always the darkest.
     */
    public int colourOf(int c) {
        return count() == 1 ? 0 : (int) Math.round(c * (MOST - 1) / (double) (count() - 1));
    }
}
