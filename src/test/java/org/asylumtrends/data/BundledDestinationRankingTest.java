package org.asylumtrends.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import org.junit.jupiter.api.Test;

/**
 * Where people from China sought asylum, ranked on the bundled data. Expected figures were summed independently
 * from UNHCR's per-country table (the article names USA, Australia, Brazil, South Korea and the UK).
 */
class BundledDestinationRankingTest {
    private static final YearRange ARTICLE_YEARS = new YearRange(2012, 2024);

    @Test
    void asylumSeekersSummedOver2012To2024InTheLatestRelease() {
        DestinationRanking ranking = rank(Vintage.LATEST, ARTICLE_YEARS, RangeAggregation.SUM_OVER_YEARS, 6);

        assertThat(ranking.top()).extracting(d -> d.country().iso3(), Destination::value).containsExactly(
                tuple("USA", 875285.0), tuple("AUS", 124465.0), tuple("BRA", 28963.0),
                tuple("CAN", 28066.0), tuple("GBR", 20139.0), tuple("KOR", 14920.0));
        assertThat(ranking.other()).hasValue(74611);
        assertThat(ranking.otherCount()).isEqualTo(64); // 70 countries with a figure above 0, 6 shown
        assertThat(ranking.total()).hasValue(1166449);
        assertThat(ranking.top().get(0).share()).isCloseTo(875285.0 / 1166449, org.assertj.core.api.Assertions.within(1e-12));
    }

    @Test
    void theArticlesReleaseRanksTheSameCountriesWithItsOwnFigures() {
        DestinationRanking ranking = rank(Vintage.of("2024.6.0"), ARTICLE_YEARS, RangeAggregation.SUM_OVER_YEARS, 6);

        assertThat(ranking.top()).extracting(d -> d.country().iso3(), Destination::value).containsExactly(
                tuple("USA", 875285.0), tuple("AUS", 123959.0), tuple("BRA", 29179.0),
                tuple("CAN", 25860.0), tuple("GBR", 20145.0), tuple("KOR", 14838.0));
        assertThat(ranking.total()).hasValue(1161728);
    }

    @Test
    void byDefaultAStockIsRankedByItsLastYear() {
        DestinationRanking ranking = rank(Vintage.LATEST, ARTICLE_YEARS, RangeAggregation.LAST_YEAR, 5);

        assertThat(ranking.aggregation()).isEqualTo(RangeAggregation.LAST_YEAR);
        assertThat(ranking.top()).extracting(d -> d.country().name(), Destination::value).containsExactly(
                tuple("United States of America", 147909.0), tuple("Australia", 14003.0), tuple("Canada", 4959.0),
                tuple("Italy", 2641.0), tuple("United Kingdom of Great Britain and Northern Ireland", 2471.0));
        assertThat(ranking.other()).hasValue(8977);
        assertThat(ranking.otherCount()).isEqualTo(45); // 50 countries above 0 in 2024, 5 shown
        assertThat(ranking.total()).hasValue(180960);
    }

    @Test
    void aCountryWithoutAFigureInTheLastYearIsLeftOutNotShownWithAnOlderOne() {
        // Ecuador (6) and Paraguay (5) reported for 2023 and not for 2024; Iceland and Vanuatu have an empty 2024 cell.
        DestinationRanking ranking = rank(Vintage.LATEST, new YearRange(2023, 2024), RangeAggregation.LAST_YEAR, 500);

        assertThat(ranking.top()).extracting(d -> d.country().iso3())
                .hasSize(50) // 61 countries have a 2024 cell, 11 of them 0: no destination
                .doesNotContain("ECU", "PRY", "ISL", "VUT");
        assertThat(ranking.other()).isEmpty();
        assertThat(ranking.otherCount()).isZero();
    }

    @Test
    void summedOver2023To2024TheSameCountriesCount() {
        DestinationRanking ranking = rank(Vintage.LATEST, new YearRange(2023, 2024), RangeAggregation.SUM_OVER_YEARS, 500);

        assertThat(ranking.top()).extracting(d -> d.country().iso3()).contains("ECU", "PRY", "ISL", "VUT");
        assertThat(ranking.total()).hasValue(137143 + 180960);
    }

    private static DestinationRanking rank(Vintage vintage, YearRange years, RangeAggregation aggregation, int topN) {
        return DestinationRanking.of(Fixtures.bundled(), "CHN", Measure.ASYLUM_SEEKERS, vintage, years, aggregation, topN);
    }
}
