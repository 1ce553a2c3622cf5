package org.asylumtrends.data.claims;

import java.util.List;
import java.util.Objects;

/**
 * What the finder found for a query: the candidates, best first. When none comes within the tolerance,
 * {@link #closeMatch()} is false and the candidates are the nearest figures, still best first.
 *
 * @param query           what was asked
 * @param candidates      matches best first, or the nearest figures when there is no match
 * @param closeMatch      whether any candidate comes within the tolerance
 * @param series          how many series (measure × release × scope) were searched
 * @param figuresSearched how many figures (series × window × aggregation) were computed and compared
 * @param summary         the outcome in a sentence, with the size of the search
 */
public record FinderResult(FigureQuery query, List<FigureCandidate> candidates, boolean closeMatch, int series,
                           long figuresSearched, Message summary) {
    public FinderResult {
        Objects.requireNonNull(query, "query");
        candidates = List.copyOf(candidates);
        Objects.requireNonNull(summary, "summary");
    }
}
