package org.asylumtrends.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * UNHCR's total recognition rate: (recognized + complementary) / (recognized + complementary + rejected).
 * Otherwise-closed cases are not decisions on the merits and stay out; with no such decisions it is undefined.
 */
class RecognitionRateTest {

    @ParameterizedTest(name = "China {0}: ({1} + {2}) / ({1} + {2} + {3}) = {4}")
    @CsvSource({
            // year, recognized, complementary, rejected (UNHCR's totals over all countries of asylum), rate by hand
            "2012, 11723, 334, 11847, 0.504393",   // 12057 / 23904
            "2024,  5902,  59,  8223, 0.420262",   //  5961 / 14184
            "2000,  4456, 795, 24252, 0.177982",   //  5251 / 29503
    })
    void bundledChinaRateLeavesOtherwiseClosedOut(int year, long recognized, long complementary, long rejected,
                                                  double expected) {
        AsylumDataset bundled = Fixtures.bundled();
        // The inputs are the bundled file's own decisions for that year, summed over the countries of asylum, and
        // the otherwise-closed cases, which the rate leaves out, are there too: a rate that counted them, or data
        // that changed, would fail here.
        assertThat(total(bundled, year, Count.DECISIONS_RECOGNIZED)).isEqualTo(recognized);
        assertThat(total(bundled, year, Count.DECISIONS_COMPLEMENTARY_PROTECTION)).isEqualTo(complementary);
        assertThat(total(bundled, year, Count.DECISIONS_REJECTED)).isEqualTo(rejected);
        assertThat(total(bundled, year, Count.DECISIONS_OTHERWISE_CLOSED)).as("otherwise closed").isPositive();

        YearSeries rate = YearSeries.of(bundled, "CHN", Measure.RECOGNITION_RATE);

        assertThat(rate.valueIn(year).getAsDouble()).isCloseTo(expected, within(5e-7));
    }

    /** A count for China in a year, summed over every country of asylum that reports it. */
    private static long total(AsylumDataset data, int year, Count count) {
        return data.observations("CHN").stream()
                .filter(o -> o.year() == year)
                .mapToLong(o -> o.counts().get(count).orElse(0))
                .sum();
    }

    @Test
    void otherwiseClosedDoesNotChangeTheRate() {
        Counts few = decisions(30, 10, 60, 0);
        Counts manyClosed = decisions(30, 10, 60, 5000);

        assertThat(Measure.RECOGNITION_RATE.valueOf(few)).hasValue(0.4);
        assertThat(Measure.RECOGNITION_RATE.valueOf(manyClosed)).hasValue(0.4);
    }

    @Test
    void rateIsUndefinedWhenOnlyCasesWereClosed() {
        assertThat(Measure.RECOGNITION_RATE.valueOf(decisions(0, 0, 0, 25))).isEmpty();
    }

    @Test
    void rateIsUndefinedWithoutDecisionFigures() {
        Counts onlyStock = Counts.builder().add(Count.ASYLUM_SEEKERS, 100).build();

        assertThat(Measure.RECOGNITION_RATE.valueOf(onlyStock)).isEmpty();
    }

    private static Counts decisions(long recognized, long complementary, long rejected, long closed) {
        return Counts.builder()
                .add(Count.DECISIONS_RECOGNIZED, recognized)
                .add(Count.DECISIONS_COMPLEMENTARY_PROTECTION, complementary)
                .add(Count.DECISIONS_REJECTED, rejected)
                .add(Count.DECISIONS_OTHERWISE_CLOSED, closed)
                .build();
    }
}
