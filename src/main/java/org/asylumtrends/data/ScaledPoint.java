package org.asylumtrends.data;

import java.util.Objects;

/**
 * One year of one line as drawn on a {@link Scale}: the count UNHCR gives and the number the scale makes of it
 * (the count itself on a linear or log axis, an index, or a rate per 100,000). Where the scale cannot make a number
 * of the count, {@code value} is NaN and {@code undefined} says why: an undefined value is missing, never 0.
 *
 * @param count     the figure as UNHCR gives it (a zero is a figure)
 * @param value     the number drawn and tabled on the scale; NaN when undefined
 * @param undefined why there is no value, {@link Undefined#NONE} when there is one
 */
public record ScaledPoint(int year, double count, double value, boolean preliminary, Undefined undefined) {
    /** Why a scale has no number for a figure. */
    public enum Undefined {
        /** There is a value. */
        NONE,
        /** Indexed: the line has no figure in the first selected year, so there is nothing to divide by. */
        NO_BASE,
        /** Indexed: the line's figure in the first selected year is 0, and nothing divides by 0. */
        BASE_ZERO,
        /** Per 100,000: no population figure for the country and year (territories, pseudo-codes, 2025). */
        NO_POPULATION,
        /** Per 100,000 of a rate (the recognition rate) means nothing: only counts of people are divided. */
        NOT_A_COUNT,
        /** Log axis: a zero (or less) has no place on it; the figure is there, it cannot be drawn. */
        ZERO_ON_LOG
    }

    public ScaledPoint {
        Objects.requireNonNull(undefined, "undefined");
        if ((undefined == Undefined.NONE) == Double.isNaN(value)) {
            throw new IllegalArgumentException("a value is NaN exactly when it is undefined: " + value + " " + undefined);
        }
    }

    public boolean isDefined() {
        return undefined == Undefined.NONE;
    }
}
