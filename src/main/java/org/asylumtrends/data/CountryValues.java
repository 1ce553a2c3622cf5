package org.asylumtrends.data;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.TreeMap;

/**
 * The measure for every country on the other side of a view: in a "from" view every country of asylum of the
 * origin, in an "in" view every origin of the country of asylum. What the map colours and the list under it shows.
 * Unlike {@link DestinationRanking} nothing is cut off and a zero stays (a zero is a figure); a country with no
 * figure in the years, or whose value is undefined (a rate without decisions on the merits, per 100,000 without a
 * population figure), is not listed: the map draws it as "no data". Immutable; largest value first, ties by name.
 *
 * @param ofOrigins whether the countries are origins (an "in" view) rather than countries of asylum
 * @param values    the countries with a figure, largest first
 * @param total     the measure over all countries together, unscaled: the trend's figure for the years
 */
public record CountryValues(Measure measure, YearRange years, RangeAggregation aggregation, Scale scale,
                            boolean ofOrigins, List<CountryValue> values, OptionalDouble total) {
    /** Per 100,000 people. */
    private static final double PER = 100_000;

    /**
     * One country's figure.
     *
     * @param value the measure over the years, per 100,000 of the country's population under {@link Scale#PER_100K}
     * @param share the country's part of the total count (NaN for a rate, where shares mean nothing)
     */
    public record CountryValue(Country country, double value, double share) {
    }

    public CountryValues {
        values = List.copyOf(values);
    }

    /**
     * The values for a selection, over its years as given (a caller clamps them to the data first, as
     * {@link ChartData#of} does). Under {@link Scale#PER_100K} a count is divided by the country's own population in
     * the last selected year (the host's on a map of countries of asylum, the origin's on a map of origins): a map
     * compares countries, and one denominator for all would change nothing but the legend. A rate stays a rate;
     * the other scales are how lines are drawn and leave the counts as they are.
     */
    public static CountryValues of(AsylumDataset data, Selection selection, Population population) {
        return of(CountryYears.of(data, selection.listed().get(0), selection.isAsylumView(), selection.measure(),
                selection.years()), selection, population);
    }

    /** The values from countries already grouped by {@link CountryYears} over the selection's years. */
    static CountryValues of(Map<Country, Map<Integer, Counts>> byCountry, Selection selection,
                            Population population) {
        Measure measure = selection.measure();
        YearRange years = selection.years();
        RangeAggregation effective = selection.aggregation().effectiveFor(measure);
        boolean ofOrigins = selection.isAsylumView();
        Map<Integer, Counts.Builder> allYears = new TreeMap<>();
        record Raw(Country country, double count) {
        }
        List<Raw> raw = new ArrayList<>();
        byCountry.forEach((country, built) -> {
            built.forEach((y, c) -> YearSeries.addAll(allYears.computeIfAbsent(y, k -> Counts.builder()), c, measure));
            YearSeries.aggregate(built, years, measure, effective).ifPresent(v -> {
                if (v != 0 || !beforeSeries(measure, effective, years)) {
                    raw.add(new Raw(country, v));
                }
            });
        });
        Map<Integer, Counts> totals = new TreeMap<>();
        allYears.forEach((y, b) -> totals.put(y, b.build()));
        OptionalDouble total = YearSeries.aggregate(totals, years, measure, effective);
        boolean shares = measure.kind() != Measure.Kind.RATE && total.isPresent() && total.getAsDouble() > 0;
        List<CountryValue> values = new ArrayList<>();
        for (Raw r : raw) {
            double share = shares ? r.count() / total.getAsDouble() : Double.NaN;
            scaled(r.count(), r.country().iso3(), measure, selection.scale(), years, population)
                    .ifPresent(v -> values.add(new CountryValue(r.country(), v, share)));
        }
        values.sort(Comparator.comparingDouble(CountryValue::value).reversed()
                .thenComparing(CountryValue::country));
        return new CountryValues(measure, years, effective, selection.scale(), ofOrigins, values, total);
    }

    /** The value on the view's scale, or empty where it is undefined (no population figure). */
    static OptionalDouble scaled(double count, String iso3, Measure measure, Scale scale, YearRange years,
                                 Population population) {
        if (scale != Scale.PER_100K || measure.kind() == Measure.Kind.RATE) {
            return OptionalDouble.of(count);
        }
        OptionalLong people = population.of(iso3, years.to());
        return people.isPresent() && people.getAsLong() > 0
                ? OptionalDouble.of(count * PER / people.getAsLong()) : OptionalDouble.empty();
    }

    /** A stock's zero in a last year before its series began is no figure (see {@link YearSeries}). */
    private static boolean beforeSeries(Measure measure, RangeAggregation aggregation, YearRange years) {
        return aggregation == RangeAggregation.LAST_YEAR && measure.seriesBegins().isPresent()
                && years.to() < measure.seriesBegins().getAsInt();
    }

    /** The figure of one country, or empty when it has none (no data). */
    public Optional<CountryValue> of(String iso3) {
        return values.stream().filter(v -> v.country().iso3().equals(iso3)).findFirst();
    }

    /** Whether the values are counts of people (or events) that add up to the total. */
    public boolean addsUp() {
        return measure.kind() != Measure.Kind.RATE && (scale != Scale.PER_100K);
    }
}
