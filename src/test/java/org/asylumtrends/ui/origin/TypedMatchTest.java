package org.asylumtrends.ui.origin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.asylumtrends.data.Country;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The add-country box's order as one types: the code, a name's start, a word's start, then the rest. */
class TypedMatchTest {
    private static final List<Country> ALPHABETICAL = List.of(new Country("BLR", "Belarus"),
            new Country("BRN", "Brunei Darussalam"), new Country("CYP", "Cyprus"),
            new Country("KOR", "Rep. of Korea"), new Country("PRK", "Dem. People's Rep. of Korea"),
            new Country("RUS", "Russian Federation"), new Country("USA", "United States of America"));

    @ParameterizedTest(name = "\"{0}\" first: {1}")
    @CsvSource({
            "Rus, RUS",       // the start of the name, before Belarus, Brunei Darussalam and Cyprus
            "rus, RUS",
            "usa, USA",       // the code typed whole (in the box's text: "United States of America (USA)")
            "kor, KOR",       // a word's start, in the list's own order among equals
            "fed, RUS",
            "states, USA",
            "dem kor, PRK"})
    void theBestMatchComesFirst(String typed, String first) {
        List<Country> ordered = new ArrayList<>(ALPHABETICAL);
        ordered.sort(TypedMatch.byRank(typed));
        assertThat(ordered.get(0).iso3()).isEqualTo(first);
        assertThat(ordered).hasSameElementsAs(ALPHABETICAL);
    }
}
