package org.asylumtrends.chart;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The year axis' step: the smallest of 1, 2, 5, 10… years whose labels keep a clear gap on an axis this long. */
class YearAxisStepTest {
    @ParameterizedTest(name = "{0} px for {1} years, labels {2} px: every {3}")
    @CsvSource({
            // 2012–2024 padded by 0.35 a side: 12.7 years; labels "2012" about 28 px wide, JavaFX's gap 3 px
            "700, 12.7, 28, 1",  // 55 px a year: every year
            "480, 12.7, 28, 1",  // 37.8 px a year: 9.8 px between labels, a third of one
            "430, 12.7, 28, 2",  // 33.9 px a year: 5.9 px between them, too close; JavaFX hid 2013 and 2023 here
            "430, 25.7, 28, 5",  // 2000–2025: 16.7 px a year; every 2 years leaves 5.5 px, every 5 clears it
            "180, 25.7, 28, 10",
            "120, 75.7, 28, 50",
            "60, 300.7, 28, 1000",
            "0, 12.7, 28, 1"})   // not laid out yet
    void chosenFromTheAxisLengthAndTheLabelWidth(double length, double years, double label, int step) {
        assertThat(YearAxis.step(length, years, label, 3)).isEqualTo(step);
    }

    @ParameterizedTest
    @CsvSource({"300", "430", "480", "700", "1200"})
    void neighboursNeverComeWithinJavaFxsGapWhereItHidesALabel(double length) {
        double years = 12.7;
        int step = YearAxis.step(length, years, 28, 3);
        double between = step * length / years - 28;
        assertThat(between).isGreaterThan(3);
        assertThat(between).isGreaterThanOrEqualTo(28 / 3.0);
    }
}
