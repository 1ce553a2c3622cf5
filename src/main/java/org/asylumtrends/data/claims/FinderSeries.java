package org.asylumtrends.data.claims;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.TreeMap;
import org.asylumtrends.data.AsylumDataset;
import org.asylumtrends.data.Country;
import org.asylumtrends.data.Destination;
import org.asylumtrends.data.DestinationRanking;
import org.asylumtrends.data.Measure;
import org.asylumtrends.data.Observation;
import org.asylumtrends.data.RangeAggregation;
import org.asylumtrends.data.Release;
import org.asylumtrends.data.Vintage;
import org.asylumtrends.data.YearRange;
import org.asylumtrends.data.YearSeries;

/**
 * One series of yearly figures the finder searches: a measure in a release for a scope, as an array by year
 * ({@code NaN} for a year with no figure, a gap, never 0). Built from the query API ({@link YearSeries},
 * {@link DestinationRanking}), so every origin the data hold is searched the same way.
 *
 * @param order   the series' place in the search, the last tie-breaker of the ranking
 * @param origin  the origin whose era table applies, or "" for several origins together
 * @param first   the year of {@code values[0]}
 * @param pooled  for a rate, its series, to pool the decisions over a range; null otherwise
 */
record FinderSeries(int order, Measure measure, Vintage vintage, Object release, FinderScope scope, String origin,
                    int first, double[] values, YearSeries pooled) {
    /** The top-N sizes tried when the query names no country of asylum (or no origin, with several bundled). */
    static final int[] TOP = {5, 10};
    /** A top N not asked for: further from the sentence than the whole, nearer than one country picked out. */
    static final double TOP_PENALTY = 1.0;
    /** One country the query did not name. */
    static final double UNNAMED_COUNTRY_PENALTY = 1.5;
    /** One origin of several when the query named none. */
    static final double UNNAMED_ORIGIN_PENALTY = 0.5;

    OptionalDouble valueIn(int year) {
        int i = year - first;
        return i < 0 || i >= values.length || Double.isNaN(values[i]) ? OptionalDouble.empty()
                : OptionalDouble.of(values[i]);
    }

    int last() {
        return first + values.length - 1;
    }

    /** The releases searched: the latest first, then each earlier release the data keep. */
    static List<Vintage> vintages(AsylumDataset data) {
        List<Vintage> list = new ArrayList<>(List.of(Vintage.LATEST));
        Optional<Release> own = data.release(Vintage.LATEST);
        for (Release r : data.releases()) {
            if (own.isEmpty() || !own.get().equals(r)) {
                list.add(r.vintage());
            }
        }
        return list;
    }

    /** Every series the query's scope allows, in a fixed order. */
    static List<FinderSeries> build(AsylumDataset data, FigureQuery query, Object releaseLatest) {
        List<FinderSeries> out = new ArrayList<>();
        List<String> origins;
        boolean several = query.origin().isEmpty() && data.origins().size() > 1;
        if (query.origin().isPresent()) {
            origins = data.origin(query.origin().get()).isPresent() ? List.of(query.origin().get()) : List.of();
        } else {
            origins = data.origins().stream().map(Country::iso3).toList();
        }
        for (Vintage v : vintages(data)) {
            Object release = v.isLatest() ? releaseLatest : Message.of("release.label", data.release(v).orElseThrow().id());
            for (Measure m : Measure.values()) {
                if (!data.has(m, v)) {
                    continue;
                }
                Map<String, double[]> byOrigin = new TreeMap<>();
                int[] span = span(data, origins, v);
                if (span == null) {
                    continue;
                }
                for (String o : origins) {
                    YearSeries ys = YearSeries.of(data, o, m, v);
                    double[] all = fromSeries(ys, span[0], span[1]);
                    byOrigin.put(o, all);
                    if (query.asylum().isPresent()) {
                        if (m.kind() != Measure.Kind.RATE) {
                            String a = query.asylum().get();
                            double[] one = byAsylum(data, o, m, v, span).get(a);
                            if (one != null) {
                                add(out, m, v, release, new FinderScope(FinderScope.Side.one(o), FinderScope.Side.one(a),
                                        List.of(), several ? UNNAMED_ORIGIN_PENALTY : 0), o, span[0], one, null);
                            }
                        }
                        continue;
                    }
                    add(out, m, v, release, new FinderScope(FinderScope.Side.one(o), FinderScope.Side.all(), List.of(),
                            several ? UNNAMED_ORIGIN_PENALTY : 0), o, span[0], all,
                            m.kind() == Measure.Kind.RATE ? ys : null);
                    if (several || m.kind() == Measure.Kind.RATE) {
                        continue;
                    }
                    // One origin: also its top countries of asylum and each country alone.
                    Map<String, double[]> countries = byAsylum(data, o, m, v, span);
                    YearRange rankYears = query.years().orElse(new YearRange(span[0], span[1]));
                    List<Destination> ranked = DestinationRanking.of(data, o, m, v, rankYears,
                            RangeAggregation.SUM_OVER_YEARS, TOP[TOP.length - 1]).top();
                    for (int n : TOP) {
                        if (ranked.size() >= n) {
                            List<String> members = ranked.subList(0, n).stream().map(d -> d.country().iso3()).toList();
                            add(out, m, v, release, new FinderScope(FinderScope.Side.one(o), FinderScope.Side.top(n),
                                    members, TOP_PENALTY), o, span[0], sum(members.stream().map(countries::get).filter(java.util.Objects::nonNull).toList()),
                                    null);
                        }
                    }
                    countries.forEach((a, values) -> add(out, m, v, release, new FinderScope(FinderScope.Side.one(o),
                            FinderScope.Side.one(a), List.of(), UNNAMED_COUNTRY_PENALTY), o, span[0], values, null));
                }
                if (several && m.kind() != Measure.Kind.RATE && query.asylum().isEmpty()) {
                    add(out, m, v, release, new FinderScope(FinderScope.Side.all(), FinderScope.Side.all(), List.of(), 0),
                            "", span[0], sum(List.copyOf(byOrigin.values())), null);
                    YearRange rankYears = query.years().orElse(new YearRange(span[0], span[1]));
                    List<String> ranked = byOrigin.entrySet().stream()
                            .sorted(java.util.Comparator.comparingDouble(
                                    (Map.Entry<String, double[]> e) -> -total(e.getValue(), span[0], rankYears))
                                    .thenComparing(Map.Entry::getKey))
                            .map(Map.Entry::getKey).toList();
                    for (int n : TOP) {
                        if (ranked.size() > n) {
                            List<String> members = ranked.subList(0, n);
                            add(out, m, v, release, new FinderScope(FinderScope.Side.top(n), FinderScope.Side.all(),
                                    members, TOP_PENALTY), "", span[0], sum(members.stream().map(byOrigin::get).toList()),
                                    null);
                        }
                    }
                }
            }
        }
        return out;
    }

    private static void add(List<FinderSeries> out, Measure m, Vintage v, Object release, FinderScope scope,
                            String origin, int first, double[] values, YearSeries pooled) {
        out.add(new FinderSeries(out.size(), m, v, release, scope, origin, first, values, pooled));
    }

    /** The first and last year with any observation for these origins in the release; null when none. */
    private static int[] span(AsylumDataset data, List<String> origins, Vintage v) {
        int lo = Integer.MAX_VALUE;
        int hi = Integer.MIN_VALUE;
        AsylumDataset figures = data.figuresIn(v);
        for (String o : origins) {
            Optional<YearRange> r = figures.years(o);
            if (r.isPresent()) {
                lo = Math.min(lo, r.get().from());
                hi = Math.max(hi, r.get().to());
            }
        }
        return lo > hi ? null : new int[] {lo, hi};
    }

    private static double[] fromSeries(YearSeries ys, int first, int last) {
        double[] values = new double[last - first + 1];
        Arrays.fill(values, Double.NaN);
        ys.points().forEach(p -> values[p.year() - first] = p.value());
        return values;
    }

    /**
     * One origin's figures per country of asylum, as {@link YearSeries} counts them for all countries together: a
     * country's year without the figure is a gap, and a stock's zeros before its series began are no figures.
     */
    private static Map<String, double[]> byAsylum(AsylumDataset data, String origin, Measure m, Vintage v, int[] span) {
        Map<String, double[]> map = new TreeMap<>();
        int before = m.seriesBegins().orElse(Integer.MIN_VALUE);
        for (Observation o : data.figuresIn(v).observations(origin)) {
            OptionalDouble value = m.valueOf(o.counts());
            if (value.isEmpty() || (value.getAsDouble() == 0 && o.year() < before)) {
                continue;
            }
            double[] values = map.computeIfAbsent(o.asylum().iso3(), k -> {
                double[] a = new double[span[1] - span[0] + 1];
                Arrays.fill(a, Double.NaN);
                return a;
            });
            int i = o.year() - span[0];
            values[i] = (Double.isNaN(values[i]) ? 0 : values[i]) + value.getAsDouble();
        }
        return map;
    }

    /** Several series added year by year; a year is a gap only when every one of them lacks it. */
    private static double[] sum(List<double[]> parts) {
        double[] total = new double[parts.get(0).length];
        Arrays.fill(total, Double.NaN);
        for (double[] p : parts) {
            for (int i = 0; i < p.length; i++) {
                if (!Double.isNaN(p[i])) {
                    total[i] = (Double.isNaN(total[i]) ? 0 : total[i]) + p[i];
                }
            }
        }
        return total;
    }

    private static double total(double[] values, int first, YearRange years) {
        double t = 0;
        for (int i = 0; i < values.length; i++) {
            if (years.contains(first + i) && !Double.isNaN(values[i])) {
                t += values[i];
            }
        }
        return t;
    }
}
