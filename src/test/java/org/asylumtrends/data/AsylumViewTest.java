package org.asylumtrends.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * "In the Republic of Korea": a country of asylum's figures summed over every origin, and its origins ranked. Made up:
 * Korea has people from five origins; in 2021 every origin's figure is 0 (a figure), 2022 has no row at all (a gap),
 * and in 2023 the only row gives refugees but no asylum-seekers (a gap for asylum-seekers).
 */
class AsylumViewTest {
    private static final String POPULATION = """
            year,coo_iso,coa_iso,asylum_seekers,refugees
            2020,CHN,KOR,500,10
            2020,RUS,KOR,300,0
            2020,IND,KOR,200,0
            2020,KAZ,KOR,100,0
            2020,EGY,KOR,0,0
            2020,CHN,USA,9000,100
            2021,CHN,KOR,0,0
            2021,RUS,KOR,0,0
            2023,CHN,KOR,,25
            2024,CHN,KOR,40,0
            2024,RUS,KOR,60,0
            2024,IND,KOR,10,0
            """;

    @Test
    void aHostsSeriesSumsEveryOriginAndKeepsZerosAndGapsApart() throws Exception {
        AsylumDataset data = SmallData.of("population.csv", POPULATION);
        YearSeries korea = YearSeries.in(data, "KOR", Measure.ASYLUM_SEEKERS, Vintage.LATEST);
        assertThat(korea.isAsylumView()).isTrue();
        assertThat(korea.country().iso3()).isEqualTo("KOR");
        assertThat(korea.points()).extracting(YearValue::year).containsExactly(2020, 2021, 2024);
        assertThat(korea.points()).extracting(YearValue::value).containsExactly(1100.0, 0.0, 110.0);
        assertThat(korea.valueIn(2022)).isEmpty();
        assertThat(korea.valueIn(2023)).isEmpty();
        // The United States' 9,000 from China are not Korea's.
        assertThat(YearSeries.in(data, "USA", Measure.ASYLUM_SEEKERS, Vintage.LATEST).valueIn(2020)).hasValue(9000);
        assertThat(YearSeries.in(data, "KOR", Measure.REFUGEES, Vintage.LATEST).valueIn(2023)).hasValue(25);
    }

    @Test
    void aHostsOriginsAreRankedWithTheRestAsOther() throws Exception {
        AsylumDataset data = SmallData.of("population.csv", POPULATION);
        DestinationRanking origins = DestinationRanking.originsIn(data, "KOR", Measure.ASYLUM_SEEKERS,
                Vintage.LATEST, new YearRange(2020, 2020), RangeAggregation.LAST_YEAR, 2);
        assertThat(origins.top()).extracting(d -> d.country().iso3()).containsExactly("CHN", "RUS");
        assertThat(origins.top()).extracting(Destination::value).containsExactly(500.0, 300.0);
        // Egypt's 0 is no origin of anyone in Korea: left out, as a destination with 0 is.
        assertThat(origins.otherCountries()).extracting(Country::iso3).containsExactly("IND", "KAZ");
        assertThat(origins.other()).hasValue(300);
        assertThat(origins.total()).hasValue(1100);
    }

    @Test
    void summedOverYearsAnOriginCountsInEveryYearItHasAFigure() throws Exception {
        AsylumDataset data = SmallData.of("population.csv", POPULATION);
        DestinationRanking origins = DestinationRanking.originsIn(data, "KOR", Measure.ASYLUM_SEEKERS,
                Vintage.LATEST, new YearRange(2020, 2024), RangeAggregation.SUM_OVER_YEARS, 10);
        assertThat(origins.top()).extracting(d -> d.country().iso3() + "=" + (long) d.value())
                .containsExactly("CHN=540", "RUS=360", "IND=210", "KAZ=100");
    }

    @Test
    void theInViewsChartDataIsAboutTheFirstCountryOfAsylumWithNoEras() throws Exception {
        AsylumDataset data = SmallData.of("population.csv", POPULATION);
        EraTable eras = EraTable.loadBundled(); // China's eras: they belong to "from China", not "in Korea"
        Selection in = Selection.DEFAULT.withAsylums(List.of("KOR", "USA")).withYears(new YearRange(2012, 2024));
        ChartData view = ChartData.of(data, eras, in);
        assertThat(view.origin().iso3()).isEqualTo("KOR");
        assertThat(view.series().isAsylumView()).isTrue();
        assertThat(view.available()).isEqualTo(new YearRange(2020, 2024));
        assertThat(view.selected()).isEqualTo(new YearRange(2020, 2024));
        assertThat(view.points()).extracting(YearValue::value).containsExactly(1100.0, 0.0, 110.0);
        assertThat(view.ranking().top()).extracting(d -> d.country().iso3()).containsExactly("RUS", "CHN", "IND");
        assertThat(view.eras()).isEmpty();
        assertThat(view.eraTotals()).isEmpty();
        // The same data "from China" still has China's eras.
        assertThat(ChartData.of(data, eras, Selection.DEFAULT).eras()).isNotEmpty();
    }

    @Test
    void theCountriesOfAsylumAreListedForThePicker() throws Exception {
        AsylumDataset data = SmallData.of("population.csv", POPULATION);
        assertThat(data.asylums()).extracting(Country::iso3).containsExactly("KOR", "USA");
        assertThat(data.asylum("KOR")).isPresent();
        assertThat(data.asylum("CHN")).isEmpty();
        assertThat(data.origin("KOR")).isEmpty();
        assertThat(data.yearsIn("KOR")).contains(new YearRange(2020, 2024));
    }
}
