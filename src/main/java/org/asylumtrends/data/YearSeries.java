package org.asylumtrends.data;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.TreeMap;

/**
 * One measure per year for one origin, summed over countries of asylum. Years where no country reported the
 * figure are absent, not zero (a gap). A zero is a figure and stays, with one exception: a stock's zeros in years
 * before UNHCR's series of it began ({@link Measure#seriesBegins()}) are no figures.
 */
public final class YearSeries {
    private final Country origin;
    private final Measure measure;
    private final Vintage vintage;
    private final TreeMap<Integer, Counts> yearly;
    private final List<YearValue> points;

    private YearSeries(Country origin, Measure measure, Vintage vintage, TreeMap<Integer, Counts> yearly,
                       DatasetMetadata metadata) {
        this.origin = origin;
        this.measure = measure;
        this.vintage = vintage;
        this.yearly = yearly;
        List<YearValue> list = new ArrayList<>();
        yearly.forEach((year, counts) -> measure.valueOf(counts).ifPresent(v -> {
            // UNHCR's population table carries asylum-seekers as 0 for 1951-1999, though that series starts in
            // 2000: those zeros are years before the series, not years with nobody. Every other zero is a figure
            // (Lesotho recognised 0% of claims from 2000 to 2019; that is news, not a gap).
            if (v != 0 || !beforeSeries(measure, year)) {
                list.add(new YearValue(year, v, metadata.isPreliminary(year)));
            }
        }));
        this.points = Collections.unmodifiableList(list);
    }

    private static boolean beforeSeries(Measure measure, int year) {
        return measure.seriesBegins().isPresent() && year < measure.seriesBegins().getAsInt();
    }

    /** The series of {@code measure} for {@code originIso3}; empty when the origin has no such figures. */
    public static YearSeries of(AsylumDataset data, String originIso3, Measure measure, Vintage vintage) {
        // Each release has its own figures and its own preliminary years (releases.csv): nothing here names one.
        AsylumDataset figures = data.figuresIn(vintage);
        TreeMap<Integer, Counts.Builder> sums = new TreeMap<>();
        for (Observation o : figures.observations(originIso3)) {
            Counts.Builder b = sums.computeIfAbsent(o.year(), y -> Counts.builder());
            addAll(b, o.counts(), measure);
        }
        TreeMap<Integer, Counts> yearly = new TreeMap<>();
        sums.forEach((y, b) -> yearly.put(y, b.build()));
        Country origin = data.origin(originIso3).orElse(new Country(originIso3, originIso3));
        return new YearSeries(origin, measure, vintage, yearly, figures.metadata());
    }

    public static YearSeries of(AsylumDataset data, String originIso3, Measure measure) {
        return of(data, originIso3, measure, Vintage.LATEST);
    }

    static void addAll(Counts.Builder b, Counts counts, Measure measure) {
        for (Count c : measure.inputs()) {
            if (counts.has(c)) {
                b.add(c, counts.valueOrZero(c));
            }
        }
    }

    public Country origin() {
        return origin;
    }

    public Measure measure() {
        return measure;
    }

    public Vintage vintage() {
        return vintage;
    }

    public List<YearValue> points() {
        return points;
    }

    public boolean isEmpty() {
        return points.isEmpty();
    }

    public Optional<YearRange> years() {
        return points.isEmpty() ? Optional.empty()
                : Optional.of(new YearRange(points.get(0).year(), points.get(points.size() - 1).year()));
    }

    public OptionalDouble valueIn(int year) {
        Counts c = yearly.get(year);
        return c == null ? OptionalDouble.empty() : measure.valueOf(c);
    }

    public List<YearValue> pointsIn(YearRange range) {
        return points.stream().filter(p -> range.contains(p.year())).toList();
    }

    /**
     * The measure over a range: the last year's value for a stock under {@link RangeAggregation#LAST_YEAR}, the
     * sum of yearly values otherwise, and for a rate the rate of the summed decisions.
     */
    public OptionalDouble over(YearRange range, RangeAggregation aggregation) {
        return aggregate(yearly, range, measure, aggregation.effectiveFor(measure));
    }

    /**
     * Aggregates yearly figures over {@code range}. For the last year, only the range's own last year counts: a
     * country that reported nothing that year is absent, not shown with an older figure.
     */
    static OptionalDouble aggregate(Map<Integer, Counts> byYear, YearRange range, Measure measure,
                                    RangeAggregation aggregation) {
        if (aggregation == RangeAggregation.LAST_YEAR) {
            Counts last = byYear.get(range.to());
            return last == null ? OptionalDouble.empty() : measure.valueOf(last);
        }
        Counts.Builder total = Counts.builder();
        boolean any = false;
        for (Map.Entry<Integer, Counts> e : byYear.entrySet()) {
            if (range.contains(e.getKey())) {
                addAll(total, e.getValue(), measure);
                any = true;
            }
        }
        return any ? measure.valueOf(total.build()) : OptionalDouble.empty();
    }
}
