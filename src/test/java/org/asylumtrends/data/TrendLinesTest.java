package org.asylumtrends.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The numbers behind the comparison's lines, checked by hand: per 100,000 of the origin's population (China 2024:
 * 180,960 / 1,408,975,000 = 12.8), indexed to the first selected year, a zero on a log axis, and every case where a
 * scale has no number said as a reason, never turned into 0.
 */
class TrendLinesTest {
    /** China's 180,960 asylum-seekers in 2024 split over two hosts; Russia and a line whose base year is 0. */
    static AsylumDataset data() throws Exception {
        return SmallData.of("population.csv", """
                year,coo_name,coo_iso,coa_name,coa_iso,asylum_seekers,refugees
                2022,China,CHN,United States of America,USA,100000,10
                2022,China,CHN,Canada,CAN,20000,10
                2023,China,CHN,United States of America,USA,120000,10
                2024,China,CHN,United States of America,USA,150000,10
                2024,China,CHN,Canada,CAN,30960,10
                2025,China,CHN,United States of America,USA,99716,10
                2022,Russian Federation,RUS,Germany,DEU,5000,10
                2023,Russian Federation,RUS,Germany,DEU,7500,10
                2024,Russian Federation,RUS,Germany,DEU,10000,10
                2025,Russian Federation,RUS,Germany,DEU,9000,10
                2022,Iran (Islamic Rep. of),IRN,Germany,DEU,0,10
                2023,Iran (Islamic Rep. of),IRN,Germany,DEU,40,10
                2024,Iran (Islamic Rep. of),IRN,Germany,DEU,60,10
                2025,Iran (Islamic Rep. of),IRN,Germany,DEU,80,10
                2023,Afghanistan,AFG,Germany,DEU,300,10
                2024,Afghanistan,AFG,Germany,DEU,600,10
                """);
    }

    static final Population POPULATION = new Population(Map.of(
            "CHN", Map.of(2022, 1_412_175_000L, 2023, 1_410_710_000L, 2024, 1_408_975_000L),
            "RUS", Map.of(2022, 143_555_736L, 2024, 143_533_851L),
            "DEU", Map.of(2024, 83_510_950L)), "World Bank, World Development Indicators (SP.POP.TOTL), CC BY 4.0");

    private static ChartData view(Scale scale, List<String> origins, int from, int to) throws Exception {
        Selection s = new Selection(origins, List.of(), Measure.ASYLUM_SEEKERS, RangeAggregation.LAST_YEAR,
                new YearRange(from, to), EraConvention.MAJORITY_OF_YEAR, scale);
        return ChartData.of(data(), EraTable.empty(), s, POPULATION);
    }

    @Test
    void perHundredThousandOfTheOriginsPopulation() throws Exception {
        ChartData d = view(Scale.PER_100K, List.of("CHN", "RUS"), 2022, 2025);
        TrendLine china = d.lines().lines().get(0);
        assertThat(china.point(2024).orElseThrow().count()).isEqualTo(180_960);
        assertThat(china.point(2024).orElseThrow().value()).isCloseTo(12.843, within(0.001));
        assertThat(org.asylumtrends.text.Formats.scaled(Measure.ASYLUM_SEEKERS, Scale.PER_100K,
                china.point(2024).orElseThrow().value())).isEqualTo("12.8");
        // 2025 has no World Bank figure: undefined with its reason, never 0 and never the 2024 population.
        ScaledPoint y2025 = china.point(2025).orElseThrow();
        assertThat(y2025.isDefined()).isFalse();
        assertThat(y2025.value()).isNaN();
        assertThat(y2025.undefined()).isEqualTo(ScaledPoint.Undefined.NO_POPULATION);
        // Russia: 10,000 / 143,533,851 in 2024; no population for 2023 in this table, so 2023 is undefined.
        TrendLine russia = d.lines().lines().get(1);
        assertThat(russia.point(2024).orElseThrow().value()).isCloseTo(6.967, within(0.001));
        assertThat(russia.point(2023).orElseThrow().undefined()).isEqualTo(ScaledPoint.Undefined.NO_POPULATION);
        assertThat(d.lines().populationSource()).startsWith("World Bank");
        assertThat(org.asylumtrends.text.ScaleText.note(d)).contains("No value on this scale: China 2025 (no population"
                + " figure for this year); Russia 2023, 2025 (no population figure for this year).");
        // Lines without the same years for the same reason are named once: China and Russia, 2025.
        ChartData latest = view(Scale.PER_100K, List.of("CHN", "RUS"), 2024, 2025);
        assertThat(org.asylumtrends.text.ScaleText.note(latest))
                .contains("No value on this scale: China, Russia 2025 (no population figure for this year).");
    }

    @Test
    void indexedToTheFirstSelectedYear() throws Exception {
        ChartData d = view(Scale.INDEXED, List.of("CHN", "RUS", "IRN", "AFG"), 2022, 2024);
        TrendLine china = d.lines().lines().get(0);
        assertThat(china.points()).extracting(ScaledPoint::value).containsExactly(100.0, 100.0, 150.8);
        TrendLine russia = d.lines().lines().get(1);
        assertThat(russia.points()).extracting(ScaledPoint::value).containsExactly(100.0, 150.0, 200.0);
        // Iran's base (2022) is 0: nothing divides by it, and the line says so rather than drawing 0 or infinity.
        TrendLine iran = d.lines().lines().get(2);
        assertThat(iran.undefinedThroughout()).contains(ScaledPoint.Undefined.BASE_ZERO);
        assertThat(iran.drawable()).isEmpty();
        // Afghanistan has no figure in 2022 at all: no base.
        assertThat(d.lines().lines().get(3).undefinedThroughout()).contains(ScaledPoint.Undefined.NO_BASE);
        assertThat(org.asylumtrends.text.ScaleText.note(d)).hasValueSatisfying(n -> assertThat(n)
                .contains("Iran 2022\u20132024 (no index: the figure in 2022 is 0)")
                .contains("no index: no figure in 2022"));
    }

    @Test
    void aZeroCannotBeDrawnOnALogAxisAndSaysSo() throws Exception {
        ChartData d = view(Scale.LOG, List.of("IRN", "CHN"), 2022, 2024);
        TrendLine iran = d.lines().first();
        assertThat(iran.point(2022).orElseThrow().undefined()).isEqualTo(ScaledPoint.Undefined.ZERO_ON_LOG);
        assertThat(iran.point(2022).orElseThrow().count()).as("the zero is a figure, kept").isZero();
        assertThat(iran.drawable()).extracting(ScaledPoint::value).containsExactly(40.0, 60.0);
        assertThat(d.lines().minPositive()).isEqualTo(40);
        assertThat(org.asylumtrends.text.ScaleText.note(d)).contains(
                "No value on this scale: Iran 2022 (0 cannot be drawn on a log scale).");
    }

    @Test
    void linearIsTheCountsAndTheFirstListedIsWhatTheBarsAreAbout() throws Exception {
        ChartData d = view(Scale.LINEAR, List.of("RUS", "CHN"), 2022, 2024);
        assertThat(d.lines().lines()).extracting(l -> l.country().iso3()).containsExactly("RUS", "CHN");
        assertThat(d.lines().lines().get(1).points()).extracting(ScaledPoint::value)
                .containsExactly(120_000.0, 120_000.0, 180_960.0);
        assertThat(d.origin().iso3()).isEqualTo("RUS");
        assertThat(d.ranking().top()).extracting(x -> x.country().iso3()).containsExactly("DEU");
        assertThat(d.lines().populationSource()).as("no population credit off the per-100k scale").isEmpty();
    }

    @Test
    void anInViewHasALinePerCountryOfAsylumAndBarsOfOrigins() throws Exception {
        Selection in = Selection.DEFAULT.withAsylums(List.of("DEU", "USA")).withYears(new YearRange(2022, 2024))
                .withScale(Scale.PER_100K);
        ChartData d = ChartData.of(data(), EraTable.loadBundled(), in, POPULATION);
        assertThat(d.asylumView()).isTrue();
        TrendLine germany = d.lines().first();
        assertThat(germany.point(2024).orElseThrow().count()).isEqualTo(10_000 + 60 + 600);
        // Per 100,000 of the host's population.
        assertThat(germany.point(2024).orElseThrow().value()).isCloseTo(10_660 / 835.1095, within(0.001));
        assertThat(d.ranking().top()).extracting(x -> x.country().iso3()).containsExactly("RUS", "AFG", "IRN");
        assertThat(d.eras()).as("no era bands in an \"in\" view: eras are an origin's").isEmpty();
        assertThat(ListedSeries.listable(data(), true)).extracting(Country::iso3)
                .containsExactlyInAnyOrder("CAN", "DEU", "USA");
    }

    @Test
    void eraBandsAreTheFirstOriginsWithAnEraTable() throws Exception {
        Selection s = Selection.DEFAULT.withOrigins(List.of("RUS", "CHN")).withYears(new YearRange(2022, 2024));
        ChartData d = ChartData.of(data(), EraTable.loadBundled(), s, POPULATION);
        assertThat(d.eras()).isNotEmpty().allMatch(e -> e.originIso3().equals("CHN"));
    }
}
