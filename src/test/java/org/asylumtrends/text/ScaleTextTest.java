package org.asylumtrends.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The years a chart cannot draw, as the note under it says them: short, whatever the number of lines. */
class ScaleTextTest {
    @Test
    void runsOfThreeYearsOrMoreAreRanges() {
        assertThat(ScaleText.years(List.of(2003, 2004))).isEqualTo("2003, 2004");
        assertThat(ScaleText.years(List.of(2012, 2013, 2014, 2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023,
                2024))).isEqualTo("2012\u20132024");
        assertThat(ScaleText.years(List.of(2000, 2003, 2004, 2005, 2006, 2010, 2011, 2025)))
                .isEqualTo("2000, 2003\u20132006, 2010, 2011, 2025");
        assertThat(ScaleText.years(List.of(2024))).isEqualTo("2024");
    }

    /** A short plot gets a shorter axis title, never a cut one: longest first, the scale alone last. */
    @Test
    void axisTitlesGetShorterDownToTheScaleAlone() {
        assertThat(ScaleText.axisTitles(org.asylumtrends.data.Measure.ASYLUM_SEEKERS,
                org.asylumtrends.data.Scale.PER_100K, 2012)).containsExactly("Asylum-seekers per 100,000 population",
                "Asylum-seekers per 100k", "Per 100k");
        assertThat(ScaleText.axisTitles(org.asylumtrends.data.Measure.ASYLUM_SEEKERS,
                org.asylumtrends.data.Scale.LINEAR, 2012)).containsExactly(
                "Asylum-seekers (claims pending at year end)", "Asylum-seekers");
        assertThat(ScaleText.axisTitles(org.asylumtrends.data.Measure.ASYLUM_SEEKERS,
                org.asylumtrends.data.Scale.LOG, 2012)).last().isEqualTo("Log scale");
    }

    /** Every measure on every scale: each title shorter than the one before, and an index never without its base. */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.EnumSource(org.asylumtrends.data.Scale.class)
    void everyTitleIsShorterThanTheOneBeforeAndAnIndexKeepsItsBase(org.asylumtrends.data.Scale scale) {
        for (org.asylumtrends.data.Measure m : org.asylumtrends.data.Measure.values()) {
            List<String> titles = ScaleText.axisTitles(m, scale, 2012);
            assertThat(titles).as("%s %s", m, scale).isNotEmpty();
            for (int i = 1; i < titles.size(); i++) {
                assertThat(titles.get(i).length()).as("%s %s: %s", m, scale, titles)
                        .isLessThan(titles.get(i - 1).length());
            }
            if (scale == org.asylumtrends.data.Scale.INDEXED) {
                assertThat(titles).as("%s: %s", m, titles).allSatisfy(t -> assertThat(t).contains("2012"));
            }
        }
    }
}
