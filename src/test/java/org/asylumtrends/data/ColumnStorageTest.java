package org.asylumtrends.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The figures kept column-wise give back exactly what went in: large numbers, zeros, absent figures, order. */
class ColumnStorageTest {
    private static AsylumDataset of(Observation... observations) {
        return new AsylumDataset(new DatasetMetadata(DatasetMetadata.UNHCR_SOURCE, DatasetMetadata.UNHCR_LICENCE, "",
                new java.util.TreeSet<>(), "", List.of("test.csv")), List.of(observations), EnumSet.allOf(Count.class));
    }

    private static Observation obs(int year, String origin, String asylum, Count c, long value) {
        return new Observation(year, new Country(origin, origin + " name"), new Country(asylum, asylum + " name"),
                Counts.builder().add(c, value).build());
    }

    @Test
    void aFigureBeyondAnIntStaysExact() {
        // Kept as ints where every figure fits, as longs where one does not: 3 billion must not wrap to a negative.
        AsylumDataset data = of(obs(2020, "CHN", "USA", Count.REFUGEES, 3_000_000_000L),
                obs(2020, "CHN", "CAN", Count.REFUGEES, 7));
        assertThat(YearSeries.of(data, "CHN", Measure.REFUGEES).valueIn(2020)).hasValue(3_000_000_007.0);
        assertThat(Fixtures.figure(data, 2020, "CHN", "USA", Count.REFUGEES)).hasValue(3_000_000_000L);
    }

    @Test
    void observationsComeBackByYearThenCountryOfAsylumWithTheirOwnFigures() {
        AsylumDataset data = of(obs(2021, "CHN", "USA", Count.ASYLUM_SEEKERS, 5),
                obs(2020, "RUS", "KOR", Count.ASYLUM_SEEKERS, 9), obs(2020, "CHN", "USA", Count.ASYLUM_SEEKERS, 0),
                obs(2020, "CHN", "AUS", Count.APPLICATIONS_ALL, 3));
        assertThat(data.observations("CHN")).extracting(o -> o.year() + " " + o.asylum().iso3())
                .containsExactly("2020 AUS", "2020 USA", "2021 USA");
        Observation australia = data.observations("CHN").get(0);
        assertThat(australia.counts().get(Count.APPLICATIONS_ALL)).hasValue(3);
        assertThat(australia.counts().get(Count.ASYLUM_SEEKERS)).as("absent, not 0").isEmpty();
        assertThat(data.observations("CHN").get(1).counts().get(Count.ASYLUM_SEEKERS)).as("a 0 stays").hasValue(0);
        assertThat(data.origin("CHN")).map(Country::name).contains("CHN name");
        assertThat(data.origins()).extracting(Country::iso3).containsExactly("CHN", "RUS");
        assertThat(data.years("CHN")).contains(new YearRange(2020, 2021));
        assertThat(data.size()).isEqualTo(4);
        assertThat(data.observations("XYZ")).isEmpty();
        assertThat(data.origin("USA")).as("a country of asylum only").isEmpty();
    }
}
