package org.asylumtrends.chart;

import static org.assertj.core.api.Assertions.assertThat;

import org.asylumtrends.data.CountryCodes;
import org.junit.jupiter.api.Test;

/** ControlsFX's country shapes as the map reads them: which countries the map can draw and which it must list. */
class WorldShapesTest {
    @Test
    void theShapesAreControlsFxs176CountriesKeyedByIsoAlpha2() {
        WorldShapes world = WorldShapes.bundled();
        assertThat(world.codes()).hasSize(176).contains("CN", "US", "CA", "AU", "GB", "DE", "KR", "XK", "TW", "GL");
        assertThat(world.path("US")).startsWith("M");
        assertThat(world.codes()).as("every shape has a country code the data can name")
                .allSatisfy(iso2 -> assertThat(CountryCodes.iso3(iso2)).as(iso2).isPresent());
    }

    @Test
    void smallStatesHaveNoShapeSoTheMapListsThem() {
        WorldShapes world = WorldShapes.bundled();
        for (String iso3 : new String[] {"HKG", "MAC", "SGP", "MLT", "BHR", "NRU", "LIE", "MUS"}) {
            assertThat(world.has(CountryCodes.iso2(iso3).orElseThrow())).as(iso3).isFalse();
        }
    }

    @Test
    void theLoadRunsOnceOffTheCallingThread() {
        assertThat(WorldShapes.loading()).isSameAs(WorldShapes.loading());
        assertThat(WorldShapes.bundled()).isSameAs(WorldShapes.bundled());
    }
}
