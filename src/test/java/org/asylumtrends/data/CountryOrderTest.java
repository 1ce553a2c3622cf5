package org.asylumtrends.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Countries in a list are in the order a reader looks for them in. */
class CountryOrderTest {
    /** Sorted by its characters' codes, Türkiye came after Tuvalu, at the end of the T's, in both country boxes. */
    @Test
    void anAccentedNameSortsWithItsLetters() {
        List<Country> countries = new ArrayList<>(List.of(new Country("TUV", "Tuvalu"), new Country("TKM", "Turkmenistan"),
                new Country("TUR", "Türkiye"), new Country("TUN", "Tunisia"), new Country("TCA", "Turks and Caicos Islands"),
                new Country("BLR", "Belarus"), new Country("BEL", "belgium")));
        Collections.sort(countries);
        assertThat(countries).extracting(Country::iso3)
                .containsExactly("BLR", "BEL", "TUN", "TUR", "TKM", "TCA", "TUV");
    }
}
