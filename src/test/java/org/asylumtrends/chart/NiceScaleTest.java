package org.asylumtrends.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Axis maxima just above the data, with about five gridlines. */
class NiceScaleTest {
    @ParameterizedTest
    @CsvSource({
            "147909, true, 150000, 25000", // the bar axis ran to 200,000 (250,000 in an export)
            "180960, true, 200000, 50000",
            "6, true, 6, 1",
            "3, true, 3, 1",
            "1, true, 1, 1",
            "0, true, 1, 1",
            "0.42, false, 0.5, 0.1",
            "0.97, false, 1.0, 0.2"})
    void endsJustAboveTheData(double max, boolean whole, double upper, double step) {
        NiceScale scale = NiceScale.of(max, whole, whole ? Double.POSITIVE_INFINITY : 1);
        assertThat(scale.upper()).isEqualTo(upper, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(scale.step()).isEqualTo(step, org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void smallCountsGetWholeDistinctTicks() {
        for (int max = 1; max <= 40; max++) {
            NiceScale scale = NiceScale.of(max, true, Double.POSITIVE_INFINITY);
            assertThat(scale.upper()).as("max %d", max).isGreaterThanOrEqualTo(max);
            assertThat(scale.intervals()).as("max %d", max).isBetween(1, 6);
            Set<Long> ticks = new LinkedHashSet<>();
            for (int i = 0; i <= scale.intervals(); i++) {
                double tick = i * scale.step();
                assertThat(tick).as("tick of max %d", max).isEqualTo(Math.rint(tick));
                ticks.add(Math.round(tick));
            }
            assertThat(ticks).as("no repeated labels for max %d", max).hasSize(scale.intervals() + 1);
        }
    }

    @Test
    void largeCountsGetAboutFiveGridlines() {
        for (double max = 7; max < 5e7; max *= 1.37) {
            NiceScale scale = NiceScale.of(max, true, Double.POSITIVE_INFINITY);
            assertThat(scale.intervals()).as("max %f", max).isBetween(3, 6);
            assertThat(scale.upper()).as("max %f", max).isBetween(max, max * 1.7);
        }
    }
}
