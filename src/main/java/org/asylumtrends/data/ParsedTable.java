package org.asylumtrends.data;

import java.util.Map;
import java.util.Set;

/**
 * One file's figures summed per {@link ObservationKey}, with the country names it uses and the figures its
 * columns provide. Produced whole by {@link UnhcrCsvReader} or not at all.
 *
 * @param repeatedRows rows that had the key of an earlier row and were summed with it, because the file lacks
 *                     some of UNHCR's split columns (always 0 where a repeated key is an error)
 * @param facts        what the file says about itself (its preamble) or what its layout tells
 */
public record ParsedTable(String fileName, Map<ObservationKey, Counts.Builder> totals,
                          Map<String, String> countryNames, Set<Count> provides, long rows, int newestYear,
                          long repeatedRows, SourceFacts facts) {
}
