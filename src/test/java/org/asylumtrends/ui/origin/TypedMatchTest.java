package org.asylumtrends.ui.origin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.asylumtrends.data.Country;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The add-country box's order as one types: the code, a name's start, a word's start, then the rest. */
class TypedMatchTest {
    private static final List<Country> ALPHABETICAL = List.of(new Country("AUS", "Australia"),
            new Country("AUT", "Austria"), new Country("BLR", "Belarus"),
            new Country("BRN", "Brunei Darussalam"), new Country("CYP", "Cyprus"),
            new Country("KOR", "Rep. of Korea"), new Country("PRK", "Dem. People's Rep. of Korea"),
            new Country("RUS", "Russian Federation"), new Country("TUR", "Türkiye"), new Country("TKM", "Turkmenistan"),
            new Country("UKR", "Ukraine"), new Country("GBR", "United Kingdom of Great Britain and Northern Ireland"),
            new Country("USA", "United States of America"));

    @ParameterizedTest(name = "\"{0}\" first: {1}")
    @CsvSource({
            "Rus, RUS",       // the start of the name, before Belarus, Brunei Darussalam and Cyprus
            "rus, RUS",
            "usa, USA",       // the code typed whole (in the box's text: "United States of America (USA)")
            "kor, KOR",       // a word's start, in the list's own order among equals
            "fed, RUS",
            "states, USA",
            "dem kor, PRK",
            "Turk, TUR",      // without its accent; before Turkmenistan, as the list has them
            "türk, TUR",
            "turkey, TUR",    // the English name UNHCR used until 2022
            "turkm, TKM",
            "russia, RUS",    // the short name the chips and charts use
            "federation, RUS",
            "uk, GBR",        // a name typed whole, before Ukraine, which starts with it
            "us, USA",        // before Australia, Austria, Belarus and Cyprus, which contain it
            "united kingdom, GBR",
            "korea, KOR",     // the Republic, in any list order (a Chinese list has 朝鲜 before 韩国)
            "south korea, KOR",
            "north korea, PRK"})
    void theBestMatchComesFirst(String typed, String first) {
        List<Country> ordered = new ArrayList<>(ALPHABETICAL);
        ordered.sort(TypedMatch.byRank(typed));
        assertThat(ordered.get(0).iso3()).isEqualTo(first);
        assertThat(ordered).hasSameElementsAs(ALPHABETICAL);
        assertThat(TypedMatch.found(ALPHABETICAL, typed)).first().extracting(Country::iso3).isEqualTo(first);
    }

    /** "Korea" is the Republic first even where the list has the other Korea first, as a Chinese list does. */
    @ParameterizedTest
    @CsvSource({"korea", "Korea", "South Korea", "韩国"})
    void koreaIsTheRepublicInAChineseOrderedListToo(String typed) {
        List<Country> chinese = List.of(new Country("PRK", "朝鲜"), new Country("KOR", "韩国"));
        List<Country> named = List.of(new Country("PRK", "Dem. People's Rep. of Korea"), new Country("KOR", "Rep. of Korea"));
        for (List<Country> list : List.of(chinese, named)) {
            if (typed.equals("韩国") && list == named) {
                continue;
            }
            assertThat(TypedMatch.found(list, typed)).first().extracting(Country::iso3).isEqualTo("KOR");
        }
    }

    /** The list shows only what answers the text; the box's own filter found nothing for "turk" but Turkmenistan. */
    @ParameterizedTest(name = "\"{0}\" finds {1}")
    @CsvSource(delimiter = ';', value = {
            "Turk; TUR TKM",
            "rus; RUS BLR BRN CYP",   // the name's start first, then the names that contain it, in the list's order
            "korea; KOR PRK",
            "tur men; TKM",
            "xyz;"})
    void theListShowsWhatAnswersTheText(String typed, String found) {
        List<String> expected = found == null ? List.of() : List.of(found.split(" "));
        assertThat(TypedMatch.found(ALPHABETICAL, typed)).extracting(Country::iso3).containsExactlyElementsOf(expected);
    }
}
