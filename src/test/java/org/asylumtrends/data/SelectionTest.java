package org.asylumtrends.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What the user is looking at, as one value. */
class SelectionTest {
    @Test
    void theDefaultIsTheArticlesView() {
        assertThat(Selection.DEFAULT.origins()).containsExactly("CHN");
        assertThat(Selection.DEFAULT.measure()).isEqualTo(Measure.ASYLUM_SEEKERS);
        assertThat(Selection.DEFAULT.years()).isEqualTo(new YearRange(2012, 2024));
        assertThat(Selection.DEFAULT.aggregation()).isEqualTo(RangeAggregation.LAST_YEAR);
        assertThat(Selection.DEFAULT.convention()).isEqualTo(EraConvention.MAJORITY_OF_YEAR);
    }

    @Test
    void aChangeIsANewSelectionAndTheOldStays() {
        Selection years = Selection.DEFAULT.withYears(new YearRange(2000, 2025));
        Selection india = years.withOrigin("IND").withMeasure(Measure.REFUGEES)
                .withAggregation(RangeAggregation.SUM_OVER_YEARS).withConvention(EraConvention.IN_OFFICE_AT_YEAR_END);

        assertThat(india).isEqualTo(new Selection(List.of("IND"), Measure.REFUGEES, RangeAggregation.SUM_OVER_YEARS,
                new YearRange(2000, 2025), EraConvention.IN_OFFICE_AT_YEAR_END));
        assertThat(years.origin()).isEqualTo("CHN");
        assertThat(Selection.DEFAULT.years()).isEqualTo(new YearRange(2012, 2024));
    }

    /** A recognition rate is a share of decisions, no count of people: per 100,000 it goes linear, other scales stay. */
    @Test
    void aRateIsNeverPerHundredThousand() {
        Selection per = Selection.DEFAULT.withScale(Scale.PER_100K);
        assertThat(per.withMeasure(Measure.RECOGNITION_RATE).scale()).isEqualTo(Scale.LINEAR);
        assertThat(per.withMeasure(Measure.REFUGEES).scale()).isEqualTo(Scale.PER_100K);
        assertThat(Selection.DEFAULT.withScale(Scale.LOG).withMeasure(Measure.RECOGNITION_RATE).scale())
                .isEqualTo(Scale.LOG);
    }

    @Test
    void theOriginsCannotBeChangedBehindItsBack() {
        List<String> origins = new ArrayList<>(List.of("CHN", "IND"));
        Selection two = Selection.DEFAULT.withOrigin("CHN");
        two = new Selection(origins, two.measure(), two.aggregation(), two.years(), two.convention());
        origins.set(0, "AFG");

        assertThat(two.origins()).containsExactly("CHN", "IND");
        assertThat(two.origin()).isEqualTo("CHN");
        assertThatThrownBy(() -> Selection.DEFAULT.origins().add("IND")).isInstanceOf(UnsupportedOperationException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "chn", "CHINA", "CH", "CHN,CHN"})
    void originsThatAreNotDistinctIso3CodesAreRefused(String codes) {
        List<String> origins = codes.isEmpty() ? List.of() : List.of(codes.split(","));
        assertThatThrownBy(() -> new Selection(origins, Measure.ASYLUM_SEEKERS, RangeAggregation.LAST_YEAR,
                new YearRange(2012, 2024), EraConvention.MAJORITY_OF_YEAR)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anInViewListsCountriesOfAsylumAndHasNoOrigin() {
        Selection korea = Selection.DEFAULT.withAsylums(List.of("KOR", "JPN")).withScale(Scale.PER_100K);
        assertThat(korea.isAsylumView()).isTrue();
        assertThat(korea.listed()).containsExactly("KOR", "JPN");
        assertThat(korea.origins()).isEmpty();
        assertThat(korea.scale()).isEqualTo(Scale.PER_100K);
        assertThatThrownBy(korea::origin).isInstanceOf(IllegalStateException.class);
        assertThat(korea.withOrigin("CHN").listed()).containsExactly("CHN");
        assertThat(korea.withOrigin("CHN").scale()).isEqualTo(Scale.PER_100K);
    }

    @Test
    void aViewListsOneSideAndAtMostEightCountries() {
        assertThatThrownBy(() -> new Selection(List.of("CHN"), List.of("KOR"), Measure.ASYLUM_SEEKERS,
                RangeAggregation.LAST_YEAR, new YearRange(2012, 2024), EraConvention.MAJORITY_OF_YEAR, Scale.LINEAR))
                .isInstanceOf(IllegalArgumentException.class);
        List<String> nine = List.of("CHN", "RUS", "IRN", "AFG", "SYR", "VEN", "IND", "TUR", "IRQ");
        assertThat(Selection.DEFAULT.withOrigins(nine.subList(0, 8)).listed()).hasSize(Selection.MAX_COMPARED);
        assertThatThrownBy(() -> Selection.DEFAULT.withOrigins(nine)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void scalesAreNamedByTheirCommandLineIds() {
        assertThat(Scale.byId("per-100k")).contains(Scale.PER_100K);
        assertThat(Scale.byId(" LOG ")).contains(Scale.LOG);
        assertThat(Scale.byId("percent")).isEmpty();
        assertThat(Selection.DEFAULT.scale()).isEqualTo(Scale.LINEAR);
    }
}
