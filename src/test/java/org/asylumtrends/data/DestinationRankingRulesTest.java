package org.asylumtrends.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import org.junit.jupiter.api.Test;

/** How a ranking treats ties, short lists, stocks and flows, on hand-made data. */
class DestinationRankingRulesTest {
    private static final YearRange Y2020_2021 = new YearRange(2020, 2021);

    @Test
    void tiesAreOrderedByCountryNameNotByCode() throws Exception {
        AsylumDataset data = Fixtures.load("ranking/ties.csv");

        DestinationRanking ranking = DestinationRanking.of(data, "CHN", Measure.ASYLUM_SEEKERS, Vintage.LATEST,
                new YearRange(2021, 2021), RangeAggregation.LAST_YEAR, 3);

        // By code the 40s would be AUT, KOR, NLD; a reader scanning names expects Netherlands before Rep. of Korea.
        assertThat(ranking.top()).extracting(d -> d.country().name(), Destination::value).containsExactly(
                tuple("Germany", 90.0), tuple("Austria", 40.0), tuple("Netherlands (Kingdom of the)", 40.0));
        assertThat(ranking.other()).hasValue(40);
        assertThat(ranking.otherCount()).isEqualTo(1);
    }

    @Test
    void topNLargerThanTheNumberOfCountriesListsThemAllWithoutOther() throws Exception {
        AsylumDataset data = Fixtures.load("ranking/ties.csv");

        DestinationRanking ranking = DestinationRanking.of(data, "CHN", Measure.ASYLUM_SEEKERS, Vintage.LATEST,
                new YearRange(2021, 2021), RangeAggregation.LAST_YEAR, 10);

        assertThat(ranking.top()).hasSize(4);
        assertThat(ranking.other()).isEmpty();
        assertThat(ranking.otherCount()).isZero();
        assertThat(ranking.otherShare()).isNaN();
        assertThat(ranking.top()).extracting(Destination::share).containsExactly(90 / 210.0, 40 / 210.0, 40 / 210.0, 40 / 210.0);
    }

    @Test
    void aStockOverARangeIsTheLastYearAndCountriesWithoutOneAreLeftOut() throws Exception {
        AsylumDataset data = Fixtures.load("ranking/stock-and-flow.csv");

        DestinationRanking ranking = DestinationRanking.of(data, "CHN", Measure.ASYLUM_SEEKERS, Vintage.LATEST,
                Y2020_2021, RangeAggregation.LAST_YEAR, 5);

        // Canada's 500 is from 2020 only and France's 2021 cell is empty: neither is shown.
        assertThat(ranking.top()).extracting(d -> d.country().iso3(), Destination::value)
                .containsExactly(tuple("USA", 150.0), tuple("ITA", 20.0));
        assertThat(ranking.total()).hasValue(170);
    }

    @Test
    void aStockIsSummedOverYearsOnlyWhenAsked() throws Exception {
        AsylumDataset data = Fixtures.load("ranking/stock-and-flow.csv");

        DestinationRanking ranking = DestinationRanking.of(data, "CHN", Measure.ASYLUM_SEEKERS, Vintage.LATEST,
                Y2020_2021, RangeAggregation.SUM_OVER_YEARS, 5);

        assertThat(ranking.aggregation()).isEqualTo(RangeAggregation.SUM_OVER_YEARS);
        assertThat(ranking.top()).extracting(d -> d.country().iso3(), Destination::value)
                .containsExactly(tuple("CAN", 500.0), tuple("USA", 250.0), tuple("ITA", 40.0));
        assertThat(ranking.total()).hasValue(790);
    }

    @Test
    void aFlowSumsOverTheRangeEvenWhenLastYearIsAsked() throws Exception {
        AsylumDataset data = Fixtures.load("ranking/stock-and-flow.csv");

        DestinationRanking ranking = DestinationRanking.of(data, "CHN", Measure.APPLICATIONS_ALL, Vintage.LATEST,
                Y2020_2021, RangeAggregation.LAST_YEAR, 2);

        assertThat(ranking.aggregation()).isEqualTo(RangeAggregation.SUM_OVER_YEARS);
        assertThat(ranking.top()).extracting(d -> d.country().name(), Destination::value)
                .containsExactly(tuple("Canada", 70.0), tuple("United States of America", 70.0));
        assertThat(ranking.other()).hasValue(35);
        assertThat(ranking.otherCount()).isEqualTo(2);
        assertThat(ranking.otherShare()).isEqualTo(35 / 175.0);
    }

    @Test
    void yearSeriesFollowsTheSameStockAndFlowRules() throws Exception {
        AsylumDataset data = Fixtures.load("ranking/stock-and-flow.csv");
        YearSeries stock = YearSeries.of(data, "CHN", Measure.ASYLUM_SEEKERS);
        YearSeries flow = YearSeries.of(data, "CHN", Measure.APPLICATIONS_ALL);

        assertThat(stock.over(Y2020_2021, RangeAggregation.LAST_YEAR)).hasValue(170);
        assertThat(stock.over(Y2020_2021, RangeAggregation.SUM_OVER_YEARS)).hasValue(620 + 170);
        assertThat(flow.over(Y2020_2021, RangeAggregation.LAST_YEAR)).hasValue(105 + 70);
    }

    @Test
    void topNBelowOneIsRefused() throws Exception {
        AsylumDataset data = Fixtures.load("ranking/ties.csv");

        assertThatThrownBy(() -> DestinationRanking.of(data, "CHN", Measure.ASYLUM_SEEKERS, Vintage.LATEST,
                new YearRange(2021, 2021), RangeAggregation.LAST_YEAR, 0))
                .hasMessage("top N must be at least 1, was 0");
    }
}
