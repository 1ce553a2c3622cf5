package org.asylumtrends.data.claims;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.PriorityQueue;
import java.util.Set;
import org.asylumtrends.data.AsylumDataset;
import org.asylumtrends.data.EraTable;
import org.asylumtrends.data.RangeAggregation;
import org.asylumtrends.data.YearRange;

/**
 * Where does a published number come from? Searches every measure × release × scope × window of years ×
 * aggregation the data allow for figures that come within the claims check's tolerance of it, and names a
 * one-digit slip when a figure matches only with one year's figure mis-copied (12,362 for 15,362).
 *
 * <p>The search is exhaustive and small: for the bundled China data and a query with years, a few hundred series
 * × some thirty windows × up to four aggregations, about a hundred thousand figures; without years, every window
 * of 26 years (351) instead. Each figure is a few additions over prefix sums, so the whole search takes milliseconds
 * (BENCHMARKS.md). Candidates are ranked by {@link FigureCandidate#cost()}: how close the figure is, plus how far
 * the reading is from the plainest one (the years named, one year's figure, the scope named, no slip). Ties are
 * broken by the fixed order of the search, so the same query always gives the same list.
 */
public final class FigureFinder {
    /** How many candidates a result lists at most. */
    public static final int LIMIT = 10;
    /** How many nearest figures a result lists when nothing comes within the tolerance. */
    public static final int NEAREST = 5;
    /** A slip makes a reading less likely than a figure that matches as it stands. */
    static final double SLIP_PENALTY = 1.0;
    /** Each year a window's ends are away from the years named. */
    static final double YEAR_PENALTY = 0.25;

    private final AsylumDataset data;
    private final EraTable eras;

    public FigureFinder(AsylumDataset data, EraTable eras) {
        this.data = Objects.requireNonNull(data, "data");
        this.eras = Objects.requireNonNull(eras, "eras");
    }

    public FinderResult find(FigureQuery query) {
        List<FinderSeries> series = FinderSeries.build(data, query, data.metadata().release().isBlank()
                ? data.metadata().releaseLabel() : Message.of("release.label", data.metadata().release()));
        Search search = new Search(query);
        // Windows depend only on the origin and the years a series covers: hundreds of series share a few lists.
        java.util.Map<String, List<FinderWindow>> windows = new java.util.HashMap<>();
        for (FinderSeries s : series) {
            List<FinderWindow> ws = windows.computeIfAbsent(s.origin() + "/" + s.first() + "/" + s.last(),
                    k -> FinderWindow.of(s, query, eras));
            for (FinderWindow w : ws) {
                search.evaluate(s, w);
            }
        }
        List<Hit> matches = search.matches.sorted();
        boolean close = !matches.isEmpty();
        List<Hit> shown = close ? matches : search.nearest.sorted();
        List<FigureCandidate> candidates = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Hit h : shown) {
            // A stock's last year over a range is the single year's figure: list it once, under the better reading.
            if (seen.add(h.identity()) && candidates.size() < (close ? LIMIT : NEAREST)) {
                candidates.add(FinderSentences.candidate(h, query, iso3 -> name(iso3, h.series().origin())));
            }
        }
        Message summary = close
                ? Message.of("finder.summary.found", candidates.size(), search.figures, series.size())
                : Message.of("finder.summary.none", FinderSentences.published(query), search.figures, series.size());
        return new FinderResult(query, candidates, close, series.size(), search.figures, summary);
    }

    /** UNHCR's name for a country of origin or asylum; the code when the data do not name it. */
    private Object name(String iso3, String origin) {
        return data.origin(iso3).<Object>map(c -> c).orElseGet(() -> data.observations(origin)
                .stream().filter(o -> o.asylum().iso3().equals(iso3)).findFirst().<Object>map(o -> o.asylum())
                .orElse(iso3));
    }

    /** A figure the search compared, kept only while it may still be listed. */
    record Hit(FinderSeries series, FinderWindow window, FigureAggregation aggregation, double value, Slip slip,
               double miss, double cost, long order) {
        String identity() {
            boolean oneYear = aggregation == FigureAggregation.SINGLE_YEAR || aggregation == FigureAggregation.LAST_YEAR;
            return series.order() + "/" + (oneYear ? "year " + window.to() : aggregation + " " + window.from() + "-"
                    + window.to()) + "/" + (slip == null ? "" : slip.year() + ":" + slip.slipped());
        }
    }

    /** The best hits so far, by a total order, at most {@code size}. */
    private static final class Best {
        private final int size;
        private final Comparator<Hit> order;
        private final PriorityQueue<Hit> heap;

        Best(int size, Comparator<Hit> order) {
            this.size = size;
            this.order = order;
            this.heap = new PriorityQueue<>(order.reversed());
        }

        boolean admits(double key, java.util.function.ToDoubleFunction<Hit> of) {
            return heap.size() < size || key <= of.applyAsDouble(heap.peek());
        }

        void offer(Hit h) {
            heap.add(h);
            if (heap.size() > size) {
                heap.poll();
            }
        }

        List<Hit> sorted() {
            return heap.stream().sorted(order).toList();
        }
    }

    /** One search: compares each figure of each series and window with the published one. */
    private static final class Search {
        /** Room for the duplicates {@link Hit#identity()} removes. */
        private static final int KEPT = 4 * LIMIT;
        private final FigureQuery query;
        private final double target;
        private final double countAllowance;
        private final double fractionAllowance;
        final Best matches = new Best(KEPT, Comparator.comparingDouble(Hit::cost).thenComparingDouble(Hit::miss)
                .thenComparingLong(Hit::order));
        final Best nearest = new Best(KEPT, Comparator.comparingDouble(Hit::miss).thenComparingDouble(Hit::cost)
                .thenComparingLong(Hit::order));
        long figures;

        Search(FigureQuery query) {
            this.query = query;
            this.target = query.figure();
            this.countAllowance = Math.max(query.precision(), Math.max(ClaimsCheck.ROUNDING_UNIT,
                    ClaimsCheck.COUNT_TOLERANCE * Math.abs(target)));
            this.fractionAllowance = Math.max(query.precision(), ClaimsCheck.PERCENT_TOLERANCE);
        }

        void evaluate(FinderSeries s, FinderWindow w) {
            if (s.pooled() != null) {
                rate(s, w);
                return;
            }
            int f = w.from() - s.first();
            int t = w.to() - s.first();
            double[] v = s.values();
            double sum = 0;
            double largest = 0;
            for (int i = f; i <= t; i++) {
                if (Double.isNaN(v[i])) {
                    return; // a gap: no sum, mean or change over these years
                }
                sum += v[i];
                largest = Math.max(largest, v[i]);
            }
            int length = t - f + 1;
            if (query.percent()) {
                if (length > 1 && v[f] > 0) {
                    change(s, w, v[f], v[t], FigureAggregation.PERCENT_CHANGE);
                    change(s, w, v[f], v[t], FigureAggregation.RATIO_AS_PERCENT);
                }
                return;
            }
            if (length == 1) {
                single(s, w, v[f], FigureAggregation.SINGLE_YEAR);
                return;
            }
            if (s.measure().isStock()) {
                single(s, w, v[t], FigureAggregation.LAST_YEAR);
            }
            total(s, w, sum, largest, 1, FigureAggregation.SUM);
            total(s, w, sum, largest, length, FigureAggregation.MEAN);
            if (v[f] > 0) {
                change(s, w, v[f], v[t], FigureAggregation.RATIO);
            }
        }

        private void single(FinderSeries s, FinderWindow w, double value, FigureAggregation a) {
            consider(s, w, a, value, countAllowance, () -> {
                long slipped = Slip.nearest(Math.round(value), target);
                return slipped < 0 ? null : new Slip(w.to(), Math.round(value), slipped, slipped);
            });
        }

        /** A sum ({@code divisor} 1) or a mean: a slip in any one year of the window. */
        private void total(FinderSeries s, FinderWindow w, double sum, double largest, int divisor,
                           FigureAggregation a) {
            consider(s, w, a, sum / divisor, countAllowance, () -> {
                // A slip changes one year's figure by at most half of it: beyond that no year can close the gap.
                if (Math.abs(target * divisor - sum) - countAllowance * divisor > largest / 2) {
                    return null;
                }
                Slip best = null;
                double[] v = s.values();
                for (int y = w.from(); y <= w.to(); y++) {
                    long data = Math.round(v[y - s.first()]);
                    long slipped = Slip.nearest(data, data + target * divisor - sum);
                    if (slipped >= 0) {
                        Slip slip = new Slip(y, data, slipped, (sum - data + slipped) / divisor);
                        if (best == null || Math.abs(slip.value() - target) < Math.abs(best.value() - target)) {
                            best = slip;
                        }
                    }
                }
                return best;
            });
        }

        /** A change between the window's first and last year, with a slip in either of the two. */
        private void change(FinderSeries s, FinderWindow w, double from, double to, FigureAggregation a) {
            double offset = a == FigureAggregation.PERCENT_CHANGE ? 1 : 0;
            double ratio = to / from;
            consider(s, w, a, ratio - offset, fractionAllowance, () -> {
                double wanted = target + offset;
                if (wanted <= 0) {
                    return null;
                }
                Slip best = null;
                long f = Math.round(from);
                long t = Math.round(to);
                long slippedFrom = Slip.nearest(f, to / wanted);
                if (slippedFrom > 0) {
                    best = new Slip(w.from(), f, slippedFrom, to / slippedFrom - offset);
                }
                long slippedTo = Slip.nearest(t, wanted * from);
                if (slippedTo >= 0) {
                    Slip other = new Slip(w.to(), t, slippedTo, slippedTo / from - offset);
                    if (best == null || Math.abs(other.value() - target) < Math.abs(best.value() - target)) {
                        best = other;
                    }
                }
                return best;
            });
        }

        private void rate(FinderSeries s, FinderWindow w) {
            if (!query.percent()) {
                return;
            }
            boolean one = w.from() == w.to();
            s.pooled().over(new YearRange(w.from(), w.to()), RangeAggregation.SUM_OVER_YEARS).ifPresent(value ->
                    consider(s, w, one ? FigureAggregation.RATE : FigureAggregation.POOLED_RATE, value,
                            fractionAllowance, () -> null));
        }

        /**
         * Ranks one figure: as it stands, and when it misses, with the slip {@code slipOf} finds, if that matches.
         * Slips are looked for only then, which keeps the search small.
         */
        private void consider(FinderSeries s, FinderWindow w, FigureAggregation a, double value, double allowance,
                              java.util.function.Supplier<Slip> slipOf) {
            figures++;
            double miss = Math.abs(value - target) / allowance;
            double penalty = a.penalty() + s.scope().penalty() + w.penalty();
            long order = (((long) s.order() * 4096 + w.order()) * 16) + a.ordinal();
            if (nearest.admits(miss, Hit::miss)) {
                nearest.offer(new Hit(s, w, a, value, null, miss, miss + penalty, order));
            }
            if (miss <= 1) {
                if (matches.admits(miss + penalty, Hit::cost)) {
                    matches.offer(new Hit(s, w, a, value, null, miss, miss + penalty, order));
                }
                return;
            }
            if (!matches.admits(penalty + SLIP_PENALTY, Hit::cost)) {
                return;
            }
            Slip slip = slipOf.get();
            if (slip != null) {
                double slipMiss = Math.abs(slip.value() - target) / allowance;
                double cost = slipMiss + penalty + SLIP_PENALTY;
                if (slipMiss <= 1 && matches.admits(cost, Hit::cost)) {
                    matches.offer(new Hit(s, w, a, value, slip, slipMiss, cost, order));
                }
            }
        }
    }
}
