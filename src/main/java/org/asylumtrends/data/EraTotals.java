package org.asylumtrends.data;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

/** A measure per era within a range of years, under an {@link EraConvention}. */
public final class EraTotals {
    private EraTotals() {
    }

    /**
     * For each era of the series' origin, the measure over its years within {@code range}: summed for flows and
     * for {@link RangeAggregation#SUM_OVER_YEARS}; for a stock otherwise, the value in the era's last year.
     * Eras with no year in the range are left out. A country of asylum's series has none: eras belong to the
     * government people fled, and an "in" view mixes every origin.
     */
    public static List<EraTotal> of(YearSeries series, EraTable eras, YearRange range, RangeAggregation aggregation,
                                    EraConvention convention) {
        List<EraTotal> totals = new ArrayList<>();
        if (series.isAsylumView()) {
            return totals;
        }
        for (Era era : eras.forOrigin(series.origin().iso3())) {
            int first = Integer.MAX_VALUE;
            int last = Integer.MIN_VALUE;
            for (int year = range.from(); year <= range.to(); year++) {
                if (eras.eraOf(series.origin().iso3(), year, convention).filter(era::equals).isPresent()) {
                    first = Math.min(first, year);
                    last = Math.max(last, year);
                }
            }
            if (first <= last) {
                YearRange years = new YearRange(first, last);
                OptionalDouble value = series.over(years, aggregation);
                totals.add(new EraTotal(era, years, value));
            }
        }
        return totals;
    }
}
