package org.asylumtrends.data;

/** A measure's value in one year; {@code preliminary} when the release marks the year as such. */
public record YearValue(int year, double value, boolean preliminary) {
}
