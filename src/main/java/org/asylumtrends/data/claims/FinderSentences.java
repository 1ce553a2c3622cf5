package org.asylumtrends.data.claims;

import java.util.List;
import java.util.function.Function;

/**
 * The sentence of a candidate, put together from message keys: what it counts, whose, from which release, the
 * figure, its difference and the slip. Nothing is written per case: every reading of every number is described
 * by the same few keys.
 */
final class FinderSentences {
    private FinderSentences() {
    }

    static FigureCandidate candidate(FigureFinder.Hit h, FigureQuery query, Function<String, Object> names) {
        FinderSeries s = h.series();
        FinderWindow w = h.window();
        String from = Integer.toString(w.from());
        String to = Integer.toString(w.to());
        String range = new org.asylumtrends.data.YearRange(w.from(), w.to()).toString();
        Message what = switch (h.aggregation()) {
            case SINGLE_YEAR -> Message.of("finder.what.single", s.measure(), to);
            case LAST_YEAR -> Message.of("finder.what.last", s.measure(), to, range);
            case SUM -> Message.of("finder.what.sum", s.measure(), range);
            case MEAN -> Message.of("finder.what.mean", s.measure(), range);
            case RATIO -> Message.of("finder.what.ratio", s.measure(), from, to);
            case PERCENT_CHANGE -> Message.of("finder.what.percentChange", s.measure(), from, to);
            case RATIO_AS_PERCENT -> Message.of("finder.what.ratioAsPercent", s.measure(), from, to);
            case RATE -> Message.of("finder.what.rate", s.measure(), to);
            case POOLED_RATE -> Message.of("finder.what.pooledRate", s.measure(), range);
        };
        // The Era itself, not its table name: the sentence names it in the reader's language ("习近平", "시진핑").
        Message era = w.era().map(e -> Message.of("finder.era", e, switch (w.convention()) {
            case MAJORITY_OF_YEAR -> Message.of("finder.convention.majority");
            case IN_OFFICE_AT_YEAR_END -> Message.of("finder.convention.year-end");
        })).orElse(Message.of("finder.nothing"));
        FinderScope scope = s.scope();
        List<Object> members = scope.members().stream().map(names).toList();
        Message origin = switch (scope.origin().kind()) {
            case ALL -> Message.of("finder.origin.all");
            case ONE -> Message.of("finder.origin.one", names.apply(scope.origin().iso3()));
            case TOP -> Message.of("finder.origin.top", scope.origin().n(), members);
        };
        Message asylum = switch (scope.asylum().kind()) {
            case ALL -> Message.of("finder.asylum.all");
            case ONE -> Message.of("finder.asylum.one", names.apply(scope.asylum().iso3()));
            case TOP -> Message.of("finder.asylum.top", scope.asylum().n(), members);
        };
        double difference = h.value() - query.figure();
        Slip slip = h.slip();
        Message slipText = slip == null ? Message.of("finder.nothing")
                : Message.of("finder.slip", slip.slipped(), Integer.toString(slip.year()), slip.data(),
                        value(h.aggregation(), slip.value()), difference(h.aggregation(), slip.value() - query.figure()));
        Message sentence = Message.of("finder.candidate", what, era, origin, asylum, s.release(),
                value(h.aggregation(), h.value()), difference(h.aggregation(), difference), slipText);
        return new FigureCandidate(s.measure(), s.vintage(), scope, h.aggregation(),
                new org.asylumtrends.data.YearRange(w.from(), w.to()), w.era().map(org.asylumtrends.data.Era::name),
                w.convention(), h.value(), difference,
                java.util.Optional.ofNullable(slip), h.miss() <= 1, h.cost(), sentence);
    }

    static Message value(FigureAggregation a, double v) {
        return switch (a) {
            case SINGLE_YEAR, LAST_YEAR, SUM -> Message.of("finder.value.count", v);
            case MEAN -> Message.of("finder.value.mean", v);
            case RATIO -> Message.of("finder.value.ratio", v);
            case PERCENT_CHANGE, RATIO_AS_PERCENT, RATE, POOLED_RATE -> Message.of("finder.value.percent", v);
        };
    }

    /**
     * How far a figure is from the published one: one key a direction, so that no pattern nests a number inside a
     * choice (a translation that dropped the number there went unseen by the bundle checks).
     */
    static Message difference(FigureAggregation a, double d) {
        if (a.isPercent()) {
            double points = Math.abs(d) * 100;
            return points < 0.005 ? Message.of("finder.diff.exact")
                    : Message.of(d < 0 ? "finder.diff.points.less" : "finder.diff.points.more", points);
        }
        if (a == FigureAggregation.RATIO || a == FigureAggregation.MEAN) {
            return Math.abs(d) < 0.0005 ? Message.of("finder.diff.exact")
                    : Message.of(d < 0 ? "finder.diff.fraction.less" : "finder.diff.fraction.more", Math.abs(d));
        }
        long rounded = Math.round(d);
        return rounded == 0 ? Message.of("finder.diff.exact")
                : Message.of(rounded < 0 ? "finder.diff.count.less" : "finder.diff.count.more", Math.abs(rounded));
    }

    /** The published figure as the query gives it. */
    static Message published(FigureQuery q) {
        return Message.of(q.percent() ? "finder.published.percent" : "finder.published.count", q.figure());
    }
}
