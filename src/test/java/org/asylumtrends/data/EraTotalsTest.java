package org.asylumtrends.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * China's asylum-seekers per leader on the bundled data and era table. Hu Jintao handed over to Xi Jinping on
 * 15 November 2012, so 2012 is Hu's by majority of the year and Xi's by who was in office at year end.
 */
class EraTotalsTest {
    private static final YearRange ALL_YEARS = new YearRange(2000, 2025);
    private static EraTable eras;
    private static YearSeries asylumSeekers;

    @BeforeAll
    static void load() throws DataFormatException {
        eras = EraTable.loadBundled();
        asylumSeekers = YearSeries.of(Fixtures.bundled(), "CHN", Measure.ASYLUM_SEEKERS);
    }

    @ParameterizedTest(name = "{0}, {1}: {2} {3}–{4} = {5}")
    @CsvSource({
            // convention, aggregation, era,      first, last, value
            "majority,  sum,       Jiang Zemin, 2000, 2002,   62185",
            // The article's "Hu era" total: 2003-2012.
            "majority,  sum,       Hu Jintao,   2003, 2012,  165573",
            "majority,  sum,       Xi Jinping,  2013, 2025, 1250803",
            "year-end,  sum,       Jiang Zemin, 2000, 2001,   36961",
            "year-end,  sum,       Hu Jintao,   2002, 2011,  175435",
            "year-end,  sum,       Xi Jinping,  2012, 2025, 1266165",
            // Without an explicit sum a stock is the era's last year.
            "majority,  last-year, Hu Jintao,   2003, 2012,   15362",
            "year-end,  last-year, Hu Jintao,   2002, 2011,   11375",
    })
    void eraTotal(String convention, String aggregation, String era, int first, int last, long value) {
        List<EraTotal> totals = EraTotals.of(asylumSeekers, eras, ALL_YEARS,
                RangeAggregation.byId(aggregation).orElseThrow(), EraConvention.byId(convention).orElseThrow());

        EraTotal total = totals.stream().filter(t -> t.era().name().equals(era)).findFirst().orElseThrow();
        assertThat(total.years()).isEqualTo(new YearRange(first, last));
        assertThat(total.value()).hasValue(value);
    }

    @ParameterizedTest(name = "{0}–{1}: {2}")
    @CsvSource({
            "2000, 2025, 'Jiang Zemin, Hu Jintao, Xi Jinping'",
            "2013, 2024, Xi Jinping",
            "2010, 2014, 'Hu Jintao, Xi Jinping'",
    })
    void erasWithoutAYearInTheRangeAreLeftOut(int from, int to, String expectedEras) {
        List<EraTotal> totals = EraTotals.of(asylumSeekers, eras, new YearRange(from, to),
                RangeAggregation.SUM_OVER_YEARS, EraConvention.MAJORITY_OF_YEAR);

        assertThat(totals).extracting(t -> t.era().name()).containsExactly(expectedEras.split(", "));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
            "majority, Hu Jintao",
            "year-end, Xi Jinping",
    })
    void year2012BelongsToTheEraTheConventionNames(String convention, String era) {
        assertThat(eras.eraOf("CHN", 2012, EraConvention.byId(convention).orElseThrow()))
                .hasValueSatisfying(e -> assertThat(e.name()).isEqualTo(era));
    }
}
