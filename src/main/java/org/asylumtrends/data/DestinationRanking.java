package org.asylumtrends.data;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.TreeMap;

/**
 * Countries of asylum ranked by a measure over a range of years: the top N, then the rest as "Other". For an "in"
 * view ({@link #originsIn}) the same for the origins of the people in one country of asylum: the bars then say
 * where they came from, and each {@link Destination}'s country is an origin.
 * A rate (the recognition rate) is ranked by the number of decisions on the merits behind it instead.
 * Ties are broken by country name so that the order never depends on input order. Countries whose figure is
 * zero are left out: they are no destination.
 *
 * @param top        the top countries, largest first
 * @param other      the rest together, empty when there is no rest
 * @param otherCountries the countries "Other" holds, largest first (its tooltip names them)
 * @param total      the measure over all countries
 */
public record DestinationRanking(Measure measure, YearRange years, RangeAggregation aggregation,
                                 List<Destination> top, OptionalDouble other, List<Country> otherCountries,
                                 OptionalDouble total) {
    public DestinationRanking {
        top = List.copyOf(top);
        otherCountries = List.copyOf(otherCountries);
    }

    /** How many countries "Other" holds. */
    public int otherCount() {
        return otherCountries.size();
    }

    /** Share of the total held by "Other" (NaN when there is no meaningful share). */
    public double otherShare() {
        return other.isPresent() && total.isPresent() && measure.kind() != Measure.Kind.RATE && total.getAsDouble() > 0
                ? other.getAsDouble() / total.getAsDouble() : Double.NaN;
    }

    public static DestinationRanking of(AsylumDataset data, String originIso3, Measure measure, Vintage vintage,
                                        YearRange years, RangeAggregation aggregation, int topN) {
        return rank(data, originIso3, false, measure, vintage, years, aggregation, topN);
    }

    /**
     * The origins of the people in the country of asylum {@code asylumIso3}, ranked as {@link #of} ranks the
     * countries of asylum of one origin: top N, then "Other"; origins with a zero left out.
     */
    public static DestinationRanking originsIn(AsylumDataset data, String asylumIso3, Measure measure,
                                               Vintage vintage, YearRange years, RangeAggregation aggregation,
                                               int topN) {
        return rank(data, asylumIso3, true, measure, vintage, years, aggregation, topN);
    }

    private static DestinationRanking rank(AsylumDataset data, String iso3, boolean ofAsylum, Measure measure,
                                           Vintage vintage, YearRange years, RangeAggregation aggregation,
                                           int topN) {
        return rank(CountryYears.of(data.figuresIn(vintage), iso3, ofAsylum, measure, years), measure, years,
                aggregation, topN);
    }

    /** Ranks countries already grouped by {@link CountryYears} (as {@link ChartData} does, once for bars and map). */
    static DestinationRanking rank(Map<Country, Map<Integer, Counts>> byCountry, Measure measure, YearRange years,
                                   RangeAggregation aggregation, int topN) {
        if (topN < 1) {
            throw new IllegalArgumentException("top N must be at least 1, was " + topN);
        }
        RangeAggregation effective = aggregation.effectiveFor(measure);
        record Ranked(Country country, double value, Map<Integer, Counts> yearly) {
        }
        List<Ranked> ranked = new ArrayList<>();
        byCountry.forEach((country, built) -> {
            // A country with zero people or claims is no destination: it would only swell "Other (N countries)".
            YearSeries.aggregate(built, years, measure, effective).ifPresent(v -> {
                if (v != 0 || measure.kind() == Measure.Kind.RATE) {
                    ranked.add(new Ranked(country, v, built));
                }
            });
        });
        // A rate is ranked by the number of decisions behind it: sorted by the rate itself, countries with a
        // handful of decisions at 100% would push the countries that decide most claims into "Other".
        Comparator<Ranked> bySize = measure.kind() == Measure.Kind.RATE
                ? Comparator.comparingLong((Ranked r) -> decisionsOnMerits(r.yearly(), years))
                : Comparator.comparingDouble(Ranked::value);
        ranked.sort(bySize.reversed().thenComparing(Ranked::country));
        OptionalDouble total = sumOf(ranked.stream().map(Ranked::yearly).toList(), years, measure, effective);
        boolean shares = measure.kind() != Measure.Kind.RATE && total.isPresent() && total.getAsDouble() > 0;
        List<Destination> top = new ArrayList<>();
        for (Ranked r : ranked.subList(0, Math.min(topN, ranked.size()))) {
            top.add(new Destination(r.country(), r.value(), shares ? r.value() / total.getAsDouble() : Double.NaN));
        }
        List<Ranked> rest = ranked.subList(Math.min(topN, ranked.size()), ranked.size());
        OptionalDouble other = rest.isEmpty() ? OptionalDouble.empty()
                : sumOf(rest.stream().map(Ranked::yearly).toList(), years, measure, effective);
        return new DestinationRanking(measure, years, effective, top, other,
                rest.stream().map(Ranked::country).toList(), total);
    }

    /** Recognised + complementary protection + rejected within the years: the base of the recognition rate. */
    private static long decisionsOnMerits(Map<Integer, Counts> yearly, YearRange years) {
        long n = 0;
        for (Map.Entry<Integer, Counts> e : yearly.entrySet()) {
            if (years.contains(e.getKey())) {
                Counts c = e.getValue();
                n += c.valueOrZero(Count.DECISIONS_RECOGNIZED) + c.valueOrZero(Count.DECISIONS_COMPLEMENTARY_PROTECTION)
                        + c.valueOrZero(Count.DECISIONS_REJECTED);
            }
        }
        return n;
    }

    /** The measure over several countries together: their figures are added per year before aggregating. */
    private static OptionalDouble sumOf(List<Map<Integer, Counts>> countries, YearRange years, Measure measure,
                                        RangeAggregation aggregation) {
        Map<Integer, Counts.Builder> sums = new TreeMap<>();
        for (Map<Integer, Counts> yearly : countries) {
            yearly.forEach((y, c) -> YearSeries.addAll(sums.computeIfAbsent(y, k -> Counts.builder()), c, measure));
        }
        Map<Integer, Counts> built = new TreeMap<>();
        sums.forEach((y, b) -> built.put(y, b.build()));
        return YearSeries.aggregate(built, years, measure, aggregation);
    }
}
