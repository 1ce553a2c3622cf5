package org.asylumtrends.data;

/**
 * One country of asylum in a {@link DestinationRanking}: its value over the selected years and its share of
 * the total (NaN for a rate, where shares mean nothing).
 */
public record Destination(Country country, double value, double share) {
}
