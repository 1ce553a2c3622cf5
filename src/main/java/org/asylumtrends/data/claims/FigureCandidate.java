package org.asylumtrends.data.claims;

import java.util.Objects;
import java.util.Optional;
import org.asylumtrends.data.EraConvention;
import org.asylumtrends.data.Measure;
import org.asylumtrends.data.Vintage;
import org.asylumtrends.data.YearRange;

/**
 * One reading of a published figure the finder found: what it counts, the exact figure, how far it is from the
 * published one, and the slip that would make it match, if one is needed. {@link #sentence()} says all of it in
 * words, generated from message keys.
 *
 * @param measure     what is counted
 * @param vintage     the release it is computed from
 * @param scope       whose figures
 * @param aggregation how the years are combined
 * @param years       the window of years
 * @param era         the era whose years the window is, if it is one
 * @param convention  the convention that gave the era those years (null without an era)
 * @param value       the exact figure (a fraction for a percentage: 14.26 for 1,426 %)
 * @param difference  the figure minus the published one
 * @param slip        the one-digit slip that makes it match, if it needs one
 * @param match       whether it comes within the tolerance (with its slip, if it has one)
 * @param cost        its rank: the miss (1 at the edge of the tolerance) plus how far the reading is from the plainest
 * @param sentence    what it counts, in words
 */
public record FigureCandidate(Measure measure, Vintage vintage, FinderScope scope, FigureAggregation aggregation,
                              YearRange years, Optional<String> era, EraConvention convention, double value,
                              double difference, Optional<Slip> slip, boolean match, double cost, Message sentence) {
    public FigureCandidate {
        Objects.requireNonNull(measure, "measure");
        Objects.requireNonNull(vintage, "vintage");
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(aggregation, "aggregation");
        Objects.requireNonNull(years, "years");
        Objects.requireNonNull(era, "era");
        Objects.requireNonNull(slip, "slip");
        Objects.requireNonNull(sentence, "sentence");
    }
}
