package org.asylumtrends.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** ISO3 ↔ ISO2 for drawing: the JDK's table, Kosovo, and UNHCR's pseudo-codes that no map can place. */
class CountryCodesTest {
    @ParameterizedTest
    @CsvSource({"CHN,CN", "USA,US", "GBR,GB", "KOR,KR", "HKG,HK", "MAC,MO", "SGP,SG", "MLT,MT", "BHR,BH", "SRB,RS",
            "COD,CD", "COG,CG", "XKX,XK"})
    void threeLettersToTwoAndBack(String iso3, String iso2) {
        assertThat(CountryCodes.iso2(iso3)).contains(iso2);
        assertThat(CountryCodes.iso3(iso2)).contains(iso3);
    }

    @ParameterizedTest
    @ValueSource(strings = {"UNK", "XXX", "XXA", "TIB", "CUR", "CRB"})
    void pseudoCodesHaveNoPlace(String code) {
        assertThat(CountryCodes.isPseudoCode(code)).isTrue();
        assertThat(CountryCodes.iso2(code)).isEmpty();
        assertThat(CountryCodes.shapesOf(code)).isEmpty();
    }

    @Test
    void everyIsoCountryOfTheJdkRoundTrips() {
        for (String iso2 : Locale.getISOCountries()) {
            String iso3 = Locale.of("", iso2).getISO3Country();
            assertThat(CountryCodes.iso3(iso2)).as(iso2).contains(iso3);
            assertThat(CountryCodes.iso2(iso3)).as(iso3).contains(iso2);
        }
    }

    @Test
    void serbiasFigureCoversKosovosShapeAsUnhcrCountsThemTogether() {
        assertThat(CountryCodes.shapesOf("SRB")).containsExactly("RS", "XK");
        assertThat(CountryCodes.shapesOf("CAN")).containsExactly("CA");
        assertThat(CountryCodes.shapesOf("ABC")).isEmpty();
    }
}
