package org.asylumtrends.data;

import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * Everything the charts, the summary and an exported figure show for one selection: the measure per year,
 * the destination ranking, every country's figure (the map: {@link CountryValues}) and the era totals within the
 * selected years, with the data's source. Immutable,
 * computed in one place so that the window and an export can never disagree.
 */
public record ChartData(DatasetMetadata metadata, Country origin, Measure measure, RangeAggregation aggregation,
                        YearRange available, YearRange selected, YearSeries series, List<Era> eras,
                        DestinationRanking ranking, List<EraTotal> eraTotals, EraConvention convention,
                        CountryValues countries) {
    /** How many countries the destination chart shows before "Other". */
    public static final int TOP_DESTINATIONS = 10;

    public ChartData {
        Objects.requireNonNull(series, "series");
        Objects.requireNonNull(countries, "countries");
        eras = List.copyOf(eras);
        eraTotals = List.copyOf(eraTotals);
    }

    /**
     * Computes the view of {@code dataset} for a selection's first origin. The selected years are clamped to the
     * years the measure has; {@code available} is null when the origin has no figures for the measure.
     */
    public static ChartData of(AsylumDataset dataset, EraTable eraTable, Selection selection) {
        String originIso3 = selection.origin();
        Measure measure = selection.measure();
        YearSeries series = YearSeries.of(dataset, originIso3, measure, Vintage.LATEST);
        YearRange available = series.years().orElse(null);
        YearRange years = available == null ? selection.years() : selection.years().clampTo(available);
        RangeAggregation effective = selection.aggregation().effectiveFor(measure);
        DestinationRanking ranking = DestinationRanking.of(dataset, originIso3, measure, Vintage.LATEST, years,
                effective, TOP_DESTINATIONS);
        List<EraTotal> totals = EraTotals.of(series, eraTable, years, effective, selection.convention());
        // Issue 16: the map's figures, from the same clamped years. Per 100,000 needs the population table that the
        // data work of issue 15 loads; until it is passed here every per-capita value is undefined ("no data").
        CountryValues countries = CountryValues.of(dataset, selection.withYears(years), Population.NONE);
        return new ChartData(dataset.metadata(), series.origin(), measure, effective, available, years, series,
                eraTable.forOrigin(originIso3), ranking, totals, selection.convention(), countries);
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
        return new EraTable(eras).eraOf(origin.iso3(), year, convention);
    }

    /** Whether any shown year is preliminary. */
    public boolean hasPreliminary() {
        return points().stream().anyMatch(YearValue::preliminary);
    }
}
