package org.asylumtrends.data;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.TreeMap;

/**
 * One measure per year for one origin, summed over countries of asylum ("from China"), or for one country of
 * asylum, summed over origins ("in the Republic of Korea": {@link #in}). Years where no country reported the
 * figure are absent, not zero (a gap). A zero is a figure and stays, with one exception: a stock's zeros in years
 * before UNHCR's series of it began ({@link Measure#seriesBegins()}) are no figures.
 */
public final class YearSeries {
    private final Country origin;
    private final boolean asylumView;
    private final Measure measure;
    private final Vintage vintage;
    private final TreeMap<Integer, Counts> yearly;
    private final List<YearValue> points;

    private YearSeries(Country origin, boolean asylumView, Measure measure, Vintage vintage,
                       TreeMap<Integer, Counts> yearly, DatasetMetadata metadata) {
        this.origin = origin;
        this.asylumView = asylumView;
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
        return of(data, originIso3, false, measure, vintage);
    }

    /**
     * The series of {@code measure} in the country of asylum {@code asylumIso3}, summed over every origin: a year in
     * which no origin has the figure is a gap, a year in which they add up to 0 is a 0. Empty for a country that is
     * no country of asylum in the data.
     */
    public static YearSeries in(AsylumDataset data, String asylumIso3, Measure measure, Vintage vintage) {
        return of(data, asylumIso3, true, measure, vintage);
    }

    private static YearSeries of(AsylumDataset data, String iso3, boolean ofAsylum, Measure measure,
                                 Vintage vintage) {
        // Each release has its own figures and its own preliminary years (releases.csv): nothing here names one.
        AsylumDataset figures = data.figuresIn(vintage);
        FigureTable table = figures.figures();
        FigureTable.Rows rows = figures.rows(iso3, ofAsylum);
        Set<Count> inputs = measure.inputs();
        TreeMap<Integer, Counts.Builder> sums = new TreeMap<>();
        Counts.Builder current = null;
        int currentYear = Integer.MIN_VALUE;
        for (int i = 0; i < rows.size(); i++) {
            int row = rows.row(i);
            // Rows come by year: one builder per year, no map lookup per row.
            if (current == null || table.year(row) != currentYear) {
                currentYear = table.year(row);
                current = sums.computeIfAbsent(currentYear, y -> Counts.builder());
            }
            table.addTo(current, row, inputs);
        }
        TreeMap<Integer, Counts> yearly = new TreeMap<>();
        sums.forEach((y, b) -> yearly.put(y, b.build()));
        Optional<Country> known = ofAsylum ? data.asylum(iso3) : data.origin(iso3);
        Country country = known.orElseGet(() -> new Country(iso3, iso3));
        return new YearSeries(country, ofAsylum, measure, vintage, yearly, figures.metadata());
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

    /**
     * The country the series is about: the origin of a "from" view, or in an "in" view ({@link #isAsylumView()})
     * the country of asylum.
     */
    public Country origin() {
        return origin;
    }

    /** The country the series is about, on either side; the same as {@link #origin()}, under a name for both. */
    public Country country() {
        return origin;
    }

    /** Whether this is a country of asylum's series, summed over origins, rather than an origin's. */
    public boolean isAsylumView() {
        return asylumView;
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
