package org.asylumtrends.data;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The bundled data hold every origin and every country of asylum, and China's figures in them are those of the
 * China file the window opens with, in every measure and in both releases.
 */
class BundledAllOriginsTest {
    private final AsylumDataset all = Fixtures.bundled();

    @Test
    void everyOriginAndCountryOfAsylumIsBundled() {
        assertThat(all.size()).isEqualTo(149_779);
        assertThat(all.origins()).hasSize(219);
        assertThat(all.asylums()).hasSize(197);
        assertThat(all.metadata().release()).isEqualTo("2025.12.1");
        assertThat(YearSeries.of(all, "RUS", Measure.ASYLUM_SEEKERS).valueIn(2024)).hasValue(125_962);
        assertThat(YearSeries.in(all, "KOR", Measure.ASYLUM_SEEKERS, Vintage.LATEST).valueIn(2024)).hasValue(35_843);
        // Refugees from 1951, applications and decisions from 2000.
        assertThat(YearSeries.of(all, "UNK", Measure.REFUGEES).years()).map(YearRange::from).contains(1951);
        assertThat(YearSeries.of(all, "AFG", Measure.APPLICATIONS_ALL).years()).contains(new YearRange(2000, 2025));
    }

    @Test
    void chinaInTheBundleIsTheChinaTheWindowOpensWith() throws Exception {
        AsylumDataset opening = DatasetLoader.loadBundledOpening();
        assertThat(opening.origins()).extracting(Country::iso3).containsExactly("CHN");
        YearRange china = new YearRange(2000, 2025); // the China file's years; refugees go back to 1964 in the bundle
        for (Measure m : Measure.values()) {
            assertThat(YearSeries.of(all, "CHN", m).pointsIn(china)).as(m.id())
                    .isEqualTo(YearSeries.of(opening, "CHN", m).points());
        }
        assertThat(YearSeries.of(all, "CHN", Measure.REFUGEES).years()).map(YearRange::from).contains(1964);
        Vintage mid2024 = Vintage.of("2024.6.0");
        assertThat(YearSeries.of(all, "CHN", Measure.ASYLUM_SEEKERS, mid2024).valueIn(2024)).hasValue(176_239);
        assertThat(YearSeries.of(all, "CHN", Measure.ASYLUM_SEEKERS).valueIn(2024)).hasValue(180_960);
    }
}
