package org.asylumtrends.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The bundled World Bank population, the denominator of "per 100,000", and what the table refuses. */
class PopulationTableTest {
    private final Population bundled = DatasetLoader.bundledPopulation();

    @Test
    void chinaIn2024IsTheWorldBanksFigure() {
        assertThat(bundled.of("CHN", 2024)).hasValue(1_408_975_000L);
        // 180,960 asylum-seekers at end-2024 are 12.8 per 100,000 (the hand-checked cell).
        assertThat(180_960 * 100_000.0 / bundled.of("CHN", 2024).getAsLong()).isBetween(12.84, 12.85);
        assertThat(bundled.of("KOR", 1960)).isPresent();
        // CC BY 4.0 asks for the licence with the credit: every figure per 100,000 carries both.
        assertThat(bundled.source()).isEqualTo("World Bank, World Development Indicators (SP.POP.TOTL), CC BY 4.0");
    }

    @Test
    void aTerritoryAPseudoCodeAnAggregateAndYearsAfter2024HaveNoFigure() {
        assertThat(bundled.of("GLP", 2020)).as("Guadeloupe, a territory the World Bank has no row for").isEmpty();
        assertThat(bundled.of("UNK", 2020)).as("UNHCR's 'Unknown'").isEmpty();
        assertThat(bundled.of("TIB", 2020)).as("UNHCR's 'Tibetan'").isEmpty();
        assertThat(bundled.of("WLD", 2020)).as("the World, an aggregate").isEmpty();
        assertThat(bundled.of("HIC", 2020)).as("high income, an aggregate").isEmpty();
        assertThat(bundled.of("CHN", 2025)).as("no extrapolation past the newest year").isEmpty();
        assertThat(bundled.of("CHN", 1959)).isEmpty();
    }

    @Test
    void everyDatasetTheLoaderMakesCarriesThePopulation() throws Exception {
        assertThat(Fixtures.bundled().population().of("RUS", 2024)).isPresent();
        assertThat(Fixtures.bundled().figuresIn(Vintage.of("2024.6.0")).population().of("CHN", 2024))
                .hasValue(1_408_975_000L);
        assertThat(DatasetLoader.loadBundledOpening().population().of("CHN", 2024)).hasValue(1_408_975_000L);
        assertThat(Fixtures.load("r-package/population.csv").population().of("CHN", 2024))
                .as("a user's file: the same ISO3 join").hasValue(1_408_975_000L);
    }

    @Test
    void aZeroPopulationIsRefusedWithItsLine() {
        assertThatThrownBy(() -> read("iso3,year,population\nCHN,2024,1408975000\nNRU,2024,0\n"))
                .isInstanceOf(DataFormatException.class).hasMessageContaining("pop.csv").hasMessageContaining("line 3")
                .hasMessageContaining("population");
    }

    @Test
    void aSecondFigureForOneCodeAndYearIsRefused() {
        DataErrors.assertThatMessageOf(() -> read("iso3,year,population\nCHN,2024,1\nCHN,2024,2\n"))
                .contains("line 3").contains("gives CHN 2024 a second time");
    }

    @Test
    void aMissingRowIsNoFigureNotZero() throws Exception {
        Population p = read("iso3,year,population\nCHN,2023,1410710000\n");
        assertThat(p.of("CHN", 2023)).hasValue(1_410_710_000L);
        assertThat(p.of("CHN", 2024)).isEmpty();
        assertThat(p.source()).isEqualTo("Test");
    }

    private static Population read(String csv) throws Exception {
        return PopulationTable.read(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), "pop.csv", "Test");
    }
}
