package org.asylumtrends.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.asylumtrends.data.Measure;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Counts in 万 / 만 units where the reader asked for them, exact; axes, rates and other languages untouched. */
class LargeNumberUnitsTest {
    @AfterEach
    void reset() {
        AppLocale.setLargeNumberUnits(false);
        AppLocale.set(Locale.US);
    }

    @Test
    void chineseAndKoreanCountsReadInUnitsOfTenThousand() {
        AppLocale.setLargeNumberUnits(true);
        AppLocale.set(Locale.forLanguageTag("zh-Hans-CN"));
        assertThat(Formats.value(Measure.ASYLUM_SEEKERS, 176_239)).isEqualTo("17\u4e076239");
        assertThat(Formats.value(Measure.ASYLUM_SEEKERS, 1_161_728)).isEqualTo("116\u4e071728");
        assertThat(Formats.value(Measure.ASYLUM_SEEKERS, 120_000_000)).isEqualTo("1\u4ebf2000\u4e07");
        assertThat(Formats.value(Measure.ASYLUM_SEEKERS, 9_999)).as("below ten thousand").isEqualTo("9,999");
        assertThat(Formats.axis(Measure.ASYLUM_SEEKERS, 150_000)).as("the axis stays plain").isEqualTo("150,000");
        assertThat(Formats.value(Measure.RECOGNITION_RATE, 0.42)).isEqualTo("42.0%");

        AppLocale.set(Locale.KOREA);
        assertThat(Formats.value(Measure.ASYLUM_SEEKERS, 176_239)).isEqualTo("17\ub9cc 6239");
        assertThat(Formats.value(Measure.ASYLUM_SEEKERS, 1_200_000)).isEqualTo("120\ub9cc");
    }

    @Test
    void offByDefaultAndNeverInEnglish() {
        AppLocale.set(Locale.forLanguageTag("zh-Hans-CN"));
        assertThat(Formats.value(Measure.ASYLUM_SEEKERS, 176_239)).isEqualTo("176,239");
        AppLocale.setLargeNumberUnits(true);
        AppLocale.set(Locale.US);
        assertThat(Formats.value(Measure.ASYLUM_SEEKERS, 176_239)).isEqualTo("176,239");
    }
}
