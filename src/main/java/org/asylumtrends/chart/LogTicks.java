package org.asylumtrends.chart;

import java.util.ArrayList;
import java.util.List;

/**
 * The ticks of a logarithmic axis, as Our World in Data and Gapminder draw them: over a few decades, ticks at 1, 2
 * and 5 times each power of ten, from the last of them at or below the smallest value to the first at or above the
 * largest (China's 15,362 to 180,960 runs from 10,000 to 200,000; whole decades ran it to 1,000,000 and left the
 * top half of the plot empty); over many decades, whole decades with a tick at each power of ten (1-2-5 labels
 * would overlap).
 *
 * @param lower the axis' lowest value, a tick
 * @param upper the axis' highest value, a tick
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
        List<Double> all = new ArrayList<>();
        for (int e = low; e <= high; e++) {
            double p = Math.pow(10, e);
            all.add(round(p));
            if (steps && e < high) {
                all.add(round(2 * p));
                all.add(round(5 * p));
            }
        }
        if (!steps) {
            return new LogTicks(all.get(0), all.get(all.size() - 1), all);
        }
        double lowest = min;
        double highest = max;
        // The last step at or below the smallest value, the first at or above the largest (1e-9: pow's noise).
        double lower = all.stream().filter(t -> t <= lowest * (1 + 1e-9)).reduce((a, b) -> b).orElse(all.get(0));
        double upper = all.stream().filter(t -> t >= highest * (1 - 1e-9)).findFirst().orElse(all.get(all.size() - 1));
        if (upper <= lower) { // one value, on a step: the step above
            upper = all.stream().filter(t -> t > lower).findFirst().orElse(all.get(all.size() - 1));
        }
        double from = lower;
        double to = upper;
        return new LogTicks(lower, upper, all.stream().filter(t -> t >= from && t <= to).toList());
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
