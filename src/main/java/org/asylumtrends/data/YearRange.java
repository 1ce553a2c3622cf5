package org.asylumtrends.data;

import java.util.stream.IntStream;

/** An inclusive range of calendar years. */
public record YearRange(int from, int to) {
    public YearRange {
        if (from > to) {
            throw new IllegalArgumentException("year range " + from + "–" + to + " runs backwards");
        }
    }

    public boolean contains(int year) {
        return year >= from && year <= to;
    }

    public int length() {
        return to - from + 1;
    }

    public IntStream years() {
        return IntStream.rangeClosed(from, to);
    }

    /** This range limited to {@code bounds}; the bounds themselves if the two do not overlap. */
    public YearRange clampTo(YearRange bounds) {
        int f = Math.max(from, bounds.from);
        int t = Math.min(to, bounds.to);
        return f <= t ? new YearRange(f, t) : bounds;
    }

    @Override
    public String toString() {
        return from == to ? Integer.toString(from) : from + "–" + to;
    }
}
