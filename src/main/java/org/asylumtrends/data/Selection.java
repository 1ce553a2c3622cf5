package org.asylumtrends.data;

import java.util.List;
import java.util.Objects;

/**
 * What the user is looking at: the countries of origin, the measure, how a stock is aggregated over the years,
 * the years and the era convention. The window's model holds one, preferences store one, and every command builds
 * one from its options; nothing else keeps a part of it. Immutable: a change is a new selection.
 *
 * @param origins     ISO3 codes, the one shown first; a list so that a comparison of origins needs no new shape
 * @param aggregation the user's choice, kept for the next stock while a flow is shown (flows always sum)
 * @param years       the years asked for; a view clamps them to the years the data have
 */
public record Selection(List<String> origins, Measure measure, RangeAggregation aggregation, YearRange years,
                        EraConvention convention) {
    /**
     * The article's view, which the app opens with and a command uses unless told otherwise: China,
     * asylum-seekers, 2012–2024, the last year's stock, eras by majority of the year. The only place it is written.
     */
    public static final Selection DEFAULT = new Selection(List.of("CHN"), Measure.ASYLUM_SEEKERS,
            RangeAggregation.LAST_YEAR, new YearRange(2012, 2024), EraConvention.MAJORITY_OF_YEAR);

    public Selection {
        origins = List.copyOf(origins);
        if (origins.isEmpty()) {
            throw new IllegalArgumentException("a selection needs at least one origin");
        }
        for (String iso3 : origins) {
            if (!Country.isIso3(iso3)) {
                throw new IllegalArgumentException("not an ISO3 code: '" + iso3 + "'");
            }
        }
        if (origins.stream().distinct().count() != origins.size()) {
            throw new IllegalArgumentException("an origin is given twice: " + origins);
        }
        Objects.requireNonNull(measure, "measure");
        Objects.requireNonNull(aggregation, "aggregation");
        Objects.requireNonNull(years, "years");
        Objects.requireNonNull(convention, "convention");
    }

    /** The origin shown (the first). */
    public String origin() {
        return origins.get(0);
    }

    /** This selection for one origin instead of its origins. */
    public Selection withOrigin(String iso3) {
        return new Selection(List.of(iso3), measure, aggregation, years, convention);
    }

    public Selection withMeasure(Measure m) {
        return new Selection(origins, m, aggregation, years, convention);
    }

    public Selection withAggregation(RangeAggregation a) {
        return new Selection(origins, measure, a, years, convention);
    }

    public Selection withYears(YearRange y) {
        return new Selection(origins, measure, aggregation, y, convention);
    }

    public Selection withConvention(EraConvention c) {
        return new Selection(origins, measure, aggregation, years, c);
    }
}
