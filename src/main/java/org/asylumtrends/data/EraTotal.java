package org.asylumtrends.data;

import java.util.OptionalDouble;

/**
 * A measure over the years of one era that fall in the selected range.
 *
 * @param years the calendar years counted for the era (within the selection), or null when none
 */
public record EraTotal(Era era, YearRange years, OptionalDouble value) {
}
