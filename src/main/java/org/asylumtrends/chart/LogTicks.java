package org.asylumtrends.chart;

import java.util.ArrayList;
import java.util.List;

/**
 * The ticks of a logarithmic axis: whole decades from the one holding the smallest value to the one above the
 * largest, ticks at 1, 2 and 5 times each power of ten over a few decades, at the powers of ten over many (their
 * labels would overlap), as Our World in Data and Gapminder draw them.
 *
 * @param lower the axis' lowest value, a power of ten
 * @param upper the axis' highest value, a power of ten
 * @param ticks the tick values, lowest first
 */
public record LogTicks(double lower, double upper, List<Double> ticks) {
    public LogTicks {
        ticks = List.copyOf(ticks);
    }

    /** Ticks for values from {@code min} to {@code max}, both above 0 (one value: its decade). */
    public static LogTicks of(double min, double max) {
        if (!(min > 0) || !(max > 0) || !Double.isFinite(min) || !Double.isFinite(max)) {
            min = 1;
            max = 10;
        }
        int low = (int) Math.floor(Math.log10(min) + 1e-9);
        int high = (int) Math.ceil(Math.log10(max) - 1e-9);
        if (high <= low) {
            high = low + 1;
        }
        boolean steps = high - low <= ValueScaleAxis.DECADES_WITH_STEPS;
        List<Double> ticks = new ArrayList<>();
        for (int e = low; e <= high; e++) {
            double p = Math.pow(10, e);
            ticks.add(round(p));
            if (steps && e < high) {
                ticks.add(round(2 * p));
                ticks.add(round(5 * p));
            }
        }
        return new LogTicks(round(Math.pow(10, low)), round(Math.pow(10, high)), ticks);
    }

    /** A 1-2-5 value without the binary noise of pow (0.30000000000000004 read as "0.3"). */
    static double round(double v) {
        if (v == 0) {
            return 0;
        }
        double magnitude = Math.pow(10, Math.floor(Math.log10(Math.abs(v))));
        return Math.round(v / magnitude * 1000) / 1000.0 * magnitude;
    }
}
