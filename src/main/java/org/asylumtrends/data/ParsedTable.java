package org.asylumtrends.data;

import java.util.Map;
import java.util.Set;

/**
 * One file's figures summed per {@link ObservationKey}, with the country names it uses and the figures its
 * columns provide. Produced whole by {@link UnhcrCsvReader} or not at all.
 */
public record ParsedTable(String fileName, Map<ObservationKey, Counts.Builder> totals,
                          Map<String, String> countryNames, Set<Count> provides, long rows, int newestYear) {
}
