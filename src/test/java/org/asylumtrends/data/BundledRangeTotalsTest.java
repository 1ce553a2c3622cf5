package org.asylumtrends.data;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * China totals over a range of years, the figures the article's claims are checked against. A stock over a range
 * is its last year unless a sum is asked for; flows always sum.
 */
class BundledRangeTotalsTest {

    @Test
    void bundledChinaSeriesCoversEveryYearFrom2000To2025() {
        YearSeries series = YearSeries.of(Fixtures.bundled(), "CHN", Measure.ASYLUM_SEEKERS);

        assertThat(series.years()).contains(new YearRange(2000, 2025));
        assertThat(series.points()).hasSize(26);
    }

    @Test
    void release2024SeriesEndsWithTheMid2024Figure() {
        YearSeries series = YearSeries.of(Fixtures.bundled(), "CHN", Measure.ASYLUM_SEEKERS, Vintage.of("2024.6.0"));

        assertThat(series.years()).contains(new YearRange(2000, 2024));
        YearValue last = series.points().get(series.points().size() - 1);
        assertThat(last).isEqualTo(new YearValue(2024, 176239, true));
    }

    @Test
    void only2025IsMarkedPreliminaryInTheLatestRelease() {
        YearSeries series = YearSeries.of(Fixtures.bundled(), "CHN", Measure.ASYLUM_SEEKERS);

        assertThat(series.points()).filteredOn(YearValue::preliminary).extracting(YearValue::year).containsExactly(2025);
        assertThat(Fixtures.bundled().metadata().credit())
                .isEqualTo("UNHCR Refugee Population Statistics Database (release 2025.12.1), CC BY 4.0");
    }

    @ParameterizedTest(name = "{0} {1} {2}–{3} ({4}) = {5}")
    @CsvSource({
            // measure,      release,  from, to,   aggregation, expected
            "asylum-seekers,   latest,   2012, 2024, last-year,    180960",
            "asylum-seekers,   latest,   2012, 2024, sum,         1166449",
            "asylum-seekers,   2024.6.0, 2012, 2024, last-year,    176239",
            // The article's "1,158,739" is this sum with 2012 mistyped as 12,362.
            "asylum-seekers,   2024.6.0, 2012, 2024, sum,         1161728",
            "refugees,         latest,   2012, 2024, last-year,    153564",
            "applications-all, latest,   2012, 2024, last-year,    442565",
            "applications-new, latest,   2012, 2024, sum,          365260",
            "decisions-total,  latest,   2024, 2025, last-year,     51571",
    })
    void measureOverRange(String measure, String release, int from, int to, String aggregation, long expected) {
        YearSeries series = YearSeries.of(Fixtures.bundled(), "CHN", Measure.byId(measure).orElseThrow(),
                Vintage.of(release));

        assertThat(series.over(new YearRange(from, to), RangeAggregation.byId(aggregation).orElseThrow()))
                .hasValue(expected);
    }

    @Test
    void recognitionRateOverRangeIsTheRateOfSummedDecisionsNotAnAverage() {
        YearSeries rate = YearSeries.of(Fixtures.bundled(), "CHN", Measure.RECOGNITION_RATE);

        // 2023: 8127 + 142 of 20214; 2024: 5902 + 59 of 14184. Summed: 14230 / 34398.
        assertThat(rate.over(new YearRange(2023, 2024), RangeAggregation.LAST_YEAR).getAsDouble())
                .isCloseTo(14230.0 / 34398, org.assertj.core.api.Assertions.within(1e-12));
    }
}
