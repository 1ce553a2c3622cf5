package org.asylumtrends.data;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A zero is a figure, a missing row is a gap, an undefined rate is missing. */
class ZerosAndGapsTest {
    private static final String DECISIONS = """
            year,coo_iso,coa_iso,dec_recognized,dec_other,dec_rejected,dec_closed,dec_total
            2012,LSO,ZAF,0,0,900,0,900
            2013,LSO,ZAF,0,0,3027,0,3027
            2014,LSO,ZAF,0,0,0,5,5
            2015,LSO,ZAF,4,0,0,0,4
            """;

    @Test
    void aRateOfZeroIsShownAndARateWithNoDecisionsIsMissing() throws Exception {
        AsylumDataset data = SmallData.of("decisions.csv", DECISIONS);
        YearSeries rate = YearSeries.of(data, "LSO", Measure.RECOGNITION_RATE);
        // 2012 and 2013: 0% of thousands of claims (the old rule dropped them as "before the series");
        // 2014: no decision on the merits, so no rate at all (not 0%).
        assertThat(rate.points()).extracting(YearValue::year).containsExactly(2012, 2013, 2015);
        assertThat(rate.points()).extracting(YearValue::value).containsExactly(0.0, 0.0, 1.0);
    }

    @Test
    void aFlowThatStartsAtZeroKeepsItsZeros() throws Exception {
        AsylumDataset data = SmallData.of("decisions.csv", DECISIONS);
        YearSeries recognised = YearSeries.of(data, "LSO", Measure.RECOGNIZED);
        assertThat(recognised.points()).extracting(YearValue::value).containsExactly(0.0, 0.0, 0.0, 4.0);
    }

    @Test
    void aSeriesOfZerosIsShownAsZeros() throws Exception {
        AsylumDataset data = SmallData.of("decisions.csv", DECISIONS);
        YearSeries complementary = YearSeries.of(data, "LSO", Measure.COMPLEMENTARY_PROTECTION);
        assertThat(complementary.isEmpty()).isFalse();
        assertThat(complementary.years()).contains(new YearRange(2012, 2015));
        assertThat(complementary.points()).extracting(YearValue::value).containsOnly(0.0);
    }

    @Test
    void onlyAsylumSeekersBefore2000AreNotYetASeries() throws Exception {
        AsylumDataset data = SmallData.of("population.csv", """
                year,coo_iso,coa_iso,asylum_seekers,refugees
                1998,AFG,PAK,0,0
                1999,AFG,PAK,0,0
                2000,AFG,PAK,0,0
                2001,AFG,PAK,12,5
                """);
        assertThat(YearSeries.of(data, "AFG", Measure.ASYLUM_SEEKERS).points()).extracting(YearValue::year)
                .containsExactly(2000, 2001);
        assertThat(YearSeries.of(data, "AFG", Measure.REFUGEES).points()).extracting(YearValue::year)
                .containsExactly(1998, 1999, 2000, 2001);
    }

    @Test
    void aYearWithNoRowsIsAGap() throws Exception {
        AsylumDataset data = SmallData.of("population.csv", """
                year,coo_iso,coa_iso,asylum_seekers,refugees
                1971,CHN,USA,0,70000
                1972,CHN,USA,0,75000
                1980,CHN,USA,0,20000
                """);
        YearSeries refugees = YearSeries.of(data, "CHN", Measure.REFUGEES);
        assertThat(refugees.points()).extracting(YearValue::year).containsExactly(1971, 1972, 1980);
        assertThat(refugees.valueIn(1975)).isEmpty();
    }

    @Test
    void otherNamesItsCountriesLargestFirst() throws Exception {
        StringBuilder csv = new StringBuilder("year,coo_iso,coa_iso,asylum_seekers,refugees\n");
        String[] countries = {"USA", "CAN", "DEU", "FRA", "ITA", "ESP", "GBR", "AUS", "NZL", "JPN", "KOR", "NLD"};
        for (int i = 0; i < countries.length; i++) {
            csv.append("2020,CHN,").append(countries[i]).append(',').append(1000 - i * 10).append(",0\n");
        }
        AsylumDataset data = SmallData.of("population.csv", csv.toString());
        DestinationRanking ranking = DestinationRanking.of(data, "CHN", Measure.ASYLUM_SEEKERS, Vintage.LATEST,
                new YearRange(2020, 2020), RangeAggregation.LAST_YEAR, 10);
        assertThat(ranking.otherCount()).isEqualTo(2);
        assertThat(ranking.otherCountries()).extracting(Country::iso3).containsExactly("KOR", "NLD");
    }
}
