package org.asylumtrends.data;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * Everything the charts, the summary and an exported figure show for one selection: the lines of every listed
 * country on the selection's scale, and for the first listed country the measure per year, the ranking of the bars,
 * every country's figure (the map: {@link CountryValues}) and the era totals within the selected years, with the
 * data's source. Immutable, computed in one place so that
 * the window and an export can never disagree.
 *
 * @param origin     the first listed country: an origin, or in an "in" view the country of asylum
 * @param eras       the era bands: those of the first listed origin that has an era table (none in an "in" view)
 * @param lines      one line per listed country, scaled; the first is {@code series}'
 * @param asylumView whether the listed countries are countries of asylum
 * @param countries  every country's figure for the first listed country, for the map
 */
public record ChartData(DatasetMetadata metadata, Country origin, Measure measure, RangeAggregation aggregation,
                        YearRange available, YearRange selected, YearSeries series, List<Era> eras,
                        DestinationRanking ranking, List<EraTotal> eraTotals, EraConvention convention,
                        TrendLines lines, boolean asylumView, CountryValues countries) {
    /** How many countries the destination chart shows before "Other". */
    public static final int TOP_DESTINATIONS = 10;

    public ChartData {
        Objects.requireNonNull(series, "series");
        Objects.requireNonNull(countries, "countries");
        eras = List.copyOf(eras);
        eraTotals = List.copyOf(eraTotals);
        Objects.requireNonNull(lines, "lines");
    }

    /** As {@link #of(AsylumDataset, EraTable, Selection, Population)} with the population the data carry. */
    public static ChartData of(AsylumDataset dataset, EraTable eraTable, Selection selection) {
        return of(dataset, eraTable, selection, dataset.population());
    }

    /**
     * Computes the view of {@code dataset} for a selection: a line per listed country, and the bars, summary and
     * era totals of the first. The selected years are clamped to the years the first country has the measure for;
     * {@code available} is null when it has none. {@code population} is the per-100,000 denominator;
     * when it is empty, the population the data carry (the bundled World Bank table) is used.
     */
    public static ChartData of(AsylumDataset dataset, EraTable eraTable, Selection selection, Population given) {
        Population population = given.isEmpty() ? dataset.population() : given;
        String firstIso3 = selection.listed().get(0);
        Measure measure = selection.measure();
        List<YearSeries> all = selection.listed().stream().map(c -> ListedSeries.of(dataset, selection, c)).toList();
        YearSeries series = all.get(0);
        YearRange available = series.years().orElse(null);
        YearRange years = available == null ? selection.years() : selection.years().clampTo(available);
        RangeAggregation effective = selection.aggregation().effectiveFor(measure);
        // The bars and the map read the same countries over the same years: grouped once for both.
        Map<Country, Map<Integer, Counts>> byCountry = CountryYears.of(dataset.figuresIn(Vintage.LATEST), firstIso3,
                selection.isAsylumView(), measure, years);
        DestinationRanking ranking = DestinationRanking.rank(byCountry, measure, years, effective, TOP_DESTINATIONS);
        // Era bands belong to an origin's leaders: drawn for the first listed origin that has them, never made up.
        List<Era> eras = selection.isAsylumView() ? List.of() : selection.listed().stream().map(eraTable::forOrigin)
                .filter(e -> !e.isEmpty()).findFirst().orElse(List.of());
        List<EraTotal> totals = selection.isAsylumView() ? List.of()
                : EraTotals.of(series, eraTable, years, effective, selection.convention());
        TrendLines lines = TrendLines.of(all, all.stream().map(YearSeries::origin).toList(), years, selection.scale(),
                population);
        return new ChartData(dataset.metadata(), series.origin(), measure, effective, available, years, series,
                eras, ranking, totals, selection.convention(), lines, selection.isAsylumView(),
                CountryValues.of(byCountry, selection.withYears(years), population));
    }

    /** The scale the lines are drawn on. */
    public Scale scale() {
        return lines.scale();
    }

    /** The points inside the selected years. */
    public List<YearValue> points() {
        return series.pointsIn(selected);
    }

    /** The measure over the selected years (last year for a stock unless summed). */
    public OptionalDouble rangeValue() {
        return series.over(selected, aggregation);
    }

    /** The first and last selected years that have a figure, for "change from first to last year". */
    public OptionalDouble changeRatio() {
        List<YearValue> pts = points();
        if (pts.size() < 2 || pts.get(0).value() == 0) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(pts.get(pts.size() - 1).value() / pts.get(0).value());
    }

    /** The era a year's figure belongs to under the selected convention, for tooltips. */
    public java.util.Optional<Era> eraOf(int year) {
        return eras.isEmpty() ? java.util.Optional.empty()
                : new EraTable(eras).eraOf(eras.get(0).originIso3(), year, convention);
    }

    /**
     * The listed country whose era bands are drawn, when several are compared: the bands and era names are its
     * own (China's leaders behind Russia's line), and the words say whose. Empty for one line or no bands.
     */
    public java.util.Optional<Country> eraCountryAmongOthers() {
        if (eras.isEmpty() || !isComparison()) {
            return java.util.Optional.empty();
        }
        String iso3 = eras.get(0).originIso3();
        return lines.lines().stream().map(TrendLine::country).filter(c -> c.iso3().equals(iso3)).findFirst();
    }

    /** Whether several lines are drawn: then the bars, map and summary, the first line's, say whose they are. */
    public boolean isComparison() {
        return lines.lines().size() > 1;
    }

    /**
     * Whether a shown year of the first line (the bars', map's and summary's country) is preliminary: "China: … 
     * (preliminary)" must not come from Russia's year.
     */
    public boolean firstHasPreliminary() {
        return points().stream().anyMatch(YearValue::preliminary);
    }

    /**
     * Whether a line draws a preliminary point (the hollow marker): per 100,000, 2025 has no population and no
     * point, and the note about a hollow marker pointed at nothing.
     */
    public boolean drawsPreliminary() {
        return lines.lines().stream().flatMap(l -> l.drawable().stream()).anyMatch(ScaledPoint::preliminary);
    }

    /** Whether any shown year of any line is preliminary. */
    public boolean hasPreliminary() {
        return lines.lines().stream().flatMap(l -> l.points().stream()).anyMatch(ScaledPoint::preliminary);
    }
}
