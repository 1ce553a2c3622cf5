package org.asylumtrends.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.asylumtrends.data.Country;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A title names up to three compared countries in the reader's language, joined as that language joins them. */
class CountryListTest {
    private static final List<Country> THREE = List.of(new Country("CHN", "China"),
            new Country("RUS", "Russian Federation"), new Country("IRN", "Iran (Islamic Rep. of)"));

    @AfterEach
    void english() {
        AppLocale.set(Locale.ENGLISH);
    }

    @Test
    void englishHasNoSerialCommaSoThatTheTitlesYearsStandApart() {
        AppLocale.set(Locale.US);
        assertThat(Messages.countryList(THREE)).isEqualTo("China, Russia and Iran");
        assertThat(Messages.countryList(THREE.subList(0, 2))).isEqualTo("China and Russia");
    }

    @Test
    void chineseAndKoreanJoinTheirOwnWay() {
        AppLocale.set(Locale.forLanguageTag("zh-CN"));
        assertThat(Messages.countryList(THREE)).isEqualTo("中国、俄罗斯和伊朗");
        AppLocale.set(Locale.forLanguageTag("ko-KR"));
        assertThat(Messages.countryList(THREE)).isEqualTo("중국, 러시아 및 이란");
    }
}
