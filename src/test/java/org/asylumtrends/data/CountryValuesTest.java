package org.asylumtrends.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Every country on the other side of a view with its figure: all of them (not the top ten), zeros kept, a country
 * without a figure left out (no data), and together the trend's total.
 */
class CountryValuesTest {
    /** China to twelve countries (more than the bars' ten); FRA has 0 in 2024, ITA no row in 2024. */
    private static final String POPULATION = """
            year,coo_iso,coa_iso,asylum_seekers,refugees
            2023,CHN,USA,900,10
            2024,CHN,USA,1000,10
            2024,CHN,CAN,500,5
            2024,CHN,AUS,400,4
            2024,CHN,GBR,300,3
            2024,CHN,DEU,200,2
            2024,CHN,KOR,100,1
            2024,CHN,JPN,90,1
            2024,CHN,NZL,80,1
            2024,CHN,IRL,70,1
            2024,CHN,HKG,60,1
            2024,CHN,MLT,5,1
            2024,CHN,FRA,0,1
            2023,CHN,ITA,50,1
            2024,AFG,CAN,7,1
            2024,AFG,USA,3,1
            2025,CHN,USA,1,1
            """;

    private static AsylumDataset data() throws Exception {
        return SmallData.of("population.csv", POPULATION);
    }

    private static Selection view(int from, int to, RangeAggregation aggregation) {
        return Selection.DEFAULT.withYears(new YearRange(from, to)).withAggregation(aggregation);
    }

    @Test
    void everyCountryOfAsylumWithAZeroKeptAndNoRowLeftOut() throws Exception {
        CountryValues v = CountryValues.of(data(), view(2023, 2024, RangeAggregation.LAST_YEAR), Population.NONE);
        assertThat(v.values()).hasSize(12); // the bars show ten and "Other"
        assertThat(v.of("FRA")).hasValueSatisfying(c -> assertThat(c.value()).isZero());
        assertThat(v.of("ITA")).as("no row in 2024: no data, not 2023's figure").isEmpty();
        assertThat(v.values().get(0).country().iso3()).isEqualTo("USA");
        assertThat(v.of("USA").orElseThrow().share()).isCloseTo(1000.0 / 2805, within(1e-9));
        assertThat(v.ofOrigins()).isFalse();
    }

    @Test
    void theValuesAddUpToTheTrendsFigureForTheYears() throws Exception {
        AsylumDataset data = data();
        for (RangeAggregation a : RangeAggregation.values()) {
            Selection s = view(2023, 2024, a);
            CountryValues v = CountryValues.of(data, s, Population.NONE);
            double sum = v.values().stream().mapToDouble(CountryValues.CountryValue::value).sum();
            double trend = YearSeries.of(data, "CHN", Measure.ASYLUM_SEEKERS).over(s.years(), a).orElseThrow();
            assertThat(sum).as(a.id()).isEqualTo(trend).isEqualTo(v.total().orElseThrow());
            assertThat(v.addsUp()).isTrue();
        }
        CountryValues summed = CountryValues.of(data, view(2023, 2024, RangeAggregation.SUM_OVER_YEARS), Population.NONE);
        assertThat(summed.of("USA").orElseThrow().value()).isEqualTo(1900);
        assertThat(summed.of("ITA").orElseThrow().value()).isEqualTo(50);
    }

    @Test
    void theBarsAreTheTopOfTheseValues() throws Exception {
        AsylumDataset data = data();
        Selection s = view(2023, 2024, RangeAggregation.LAST_YEAR);
        ChartData chart = ChartData.of(data, EraTable.empty(), s);
        for (Destination d : chart.ranking().top()) {
            assertThat(chart.countries().of(d.country().iso3()).orElseThrow().value()).isEqualTo(d.value());
        }
        double other = chart.ranking().otherCountries().stream()
                .mapToDouble(c -> chart.countries().of(c.iso3()).orElseThrow().value()).sum();
        assertThat(other).isEqualTo(chart.ranking().other().orElseThrow());
    }

    @Test
    void anInViewMapsTheOriginsOfItsCountryOfAsylum() throws Exception {
        Selection in = Selection.DEFAULT.withAsylums(List.of("CAN")).withYears(new YearRange(2024, 2024));
        CountryValues v = CountryValues.of(data(), in, Population.NONE);
        assertThat(v.ofOrigins()).isTrue();
        assertThat(v.values()).extracting(c -> c.country().iso3()).containsExactly("CHN", "AFG");
        assertThat(v.values()).extracting(CountryValues.CountryValue::value).containsExactly(500.0, 7.0);
        assertThat(v.total()).hasValue(507);
    }

    @Test
    void perHundredThousandDividesByEachCountrysOwnPopulationAndLeavesOutThoseWithout() throws Exception {
        Population people = new Population(Map.of("USA", Map.of(2024, 340_000_000L), "CAN", Map.of(2024, 40_000_000L),
                "MLT", Map.of(2023, 500_000L)), "World Bank");
        Selection s = view(2024, 2024, RangeAggregation.LAST_YEAR).withScale(Scale.PER_100K);
        CountryValues v = CountryValues.of(data(), s, people);
        assertThat(v.of("USA").orElseThrow().value()).isCloseTo(1000 * 1e5 / 340e6, within(1e-12));
        assertThat(v.of("CAN").orElseThrow().value()).isCloseTo(1.25, within(1e-12));
        assertThat(v.of("MLT")).as("no population figure for 2024: undefined, not 0").isEmpty();
        assertThat(v.of("USA").orElseThrow().share()).as("a share of the people, not of the rates")
                .isCloseTo(1000.0 / 2805, within(1e-9));
        assertThat(v.addsUp()).isFalse();
    }

    @Test
    void aRateHasNoSharesAndACountryWithoutDecisionsOnTheMeritsIsNoData() throws Exception {
        AsylumDataset data = SmallData.of("decisions.csv", """
                year,coo_iso,coa_iso,dec_recognized,dec_other,dec_rejected,dec_closed,dec_total
                2024,CHN,USA,30,0,70,5,105
                2024,CHN,CAN,0,0,10,0,10
                2024,CHN,DEU,0,0,0,8,8
                """);
        Selection s = Selection.DEFAULT.withMeasure(Measure.RECOGNITION_RATE).withYears(new YearRange(2024, 2024));
        CountryValues v = CountryValues.of(data, s, Population.NONE);
        assertThat(v.of("USA").orElseThrow().value()).isCloseTo(0.3, within(1e-12));
        assertThat(v.of("CAN").orElseThrow().value()).as("0% of ten claims is a figure").isZero();
        assertThat(v.of("DEU")).as("no decision on the merits: no rate").isEmpty();
        assertThat(v.values()).allSatisfy(c -> assertThat(c.share()).isNaN());
    }

    /**
     * A window's bars and map come from one grouping of the rows ({@link ChartData} groups once for both). Both sides
     * here group through {@code CountryYears} too, so this checks the wiring (the years clamped, the side, the first
     * country), in "from" and "in" views, for every range and aggregation; the tests above check the grouping itself.
     */
    @Test
    void theWindowsBarsAndMapSayWhatEachSaysAlone() throws Exception {
        AsylumDataset data = data();
        EraTable noEras = new EraTable(List.of());
        List<Selection> views = List.of(Selection.DEFAULT, Selection.DEFAULT.withOrigin("AFG"),
                Selection.DEFAULT.withAsylums(List.of("USA")), Selection.DEFAULT.withAsylums(List.of("CAN", "USA")));
        int checked = 0;
        for (Selection view : views) {
            for (Measure m : List.of(Measure.ASYLUM_SEEKERS, Measure.REFUGEES)) {
                for (YearRange years : List.of(new YearRange(2023, 2024), new YearRange(2024, 2024),
                        new YearRange(2023, 2025))) {
                    for (RangeAggregation a : RangeAggregation.values()) {
                        Selection s = view.withMeasure(m).withYears(years).withAggregation(a);
                        ChartData shown = ChartData.of(data, noEras, s, Population.NONE);
                        Selection clamped = s.withYears(shown.selected());
                        String first = s.listed().get(0);
                        assertThat(shown.countries()).as(s.toString())
                                .isEqualTo(CountryValues.of(data, clamped, Population.NONE));
                        assertThat(shown.ranking()).as(s.toString()).isEqualTo(ListedSeries.ranking(data, s, first,
                                shown.selected(), a, ChartData.TOP_DESTINATIONS));
                        assertThat(shown.ranking().top()).as("the bars' countries are on the map").allSatisfy(d ->
                                assertThat(shown.countries().of(d.country().iso3())).isPresent());
                        checked++;
                    }
                }
            }
        }
        assertThat(checked).isEqualTo(4 * 2 * 3 * RangeAggregation.values().length);
    }
}
