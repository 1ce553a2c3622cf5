package org.asylumtrends.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** The log axis' ticks, and the end labels' nudging, without a window. */
class LogAxisTest {
    @Test
    void aFewDecadesGetTicksAtOneTwoAndFive() {
        LogTicks t = LogTicks.of(12, 900);
        assertThat(t.lower()).isEqualTo(10);
        assertThat(t.upper()).isEqualTo(1000);
        assertThat(t.ticks()).containsExactly(10.0, 20.0, 50.0, 100.0, 200.0, 500.0, 1000.0);
    }

    @Test
    void manyDecadesGetThePowersOfTenOnly() {
        // Iran's 40 beside China's 180,960: five decades; 1-2-5 ticks there would print 16 labels into 300 px.
        LogTicks t = LogTicks.of(40, 180_960);
        assertThat(t.ticks()).containsExactly(10.0, 100.0, 1_000.0, 10_000.0, 100_000.0, 1_000_000.0);
    }

    @Test
    void ticksBelowOneAreExact() {
        assertThat(LogTicks.of(0.3, 4).ticks()).containsExactly(0.2, 0.5, 1.0, 2.0, 5.0);
    }

    /** China 2012–2024, 15,362 to 180,960: the axis ends at 200,000, not at 1,000,000 over an empty half. */
    @Test
    void aFewDecadesEndAtTheStepsAroundTheValues() {
        LogTicks t = LogTicks.of(15_362, 180_960);
        assertThat(t.lower()).isEqualTo(10_000);
        assertThat(t.upper()).isEqualTo(200_000);
        assertThat(t.ticks()).containsExactly(10_000.0, 20_000.0, 50_000.0, 100_000.0, 200_000.0);
        assertThat(LogTicks.of(20_000, 100_000).ticks()).as("values on steps are the ends")
                .containsExactly(20_000.0, 50_000.0, 100_000.0);
        assertThat(LogTicks.of(500, 500).ticks()).as("one value: it and the step above").containsExactly(500.0, 1_000.0);
    }

    @Test
    void labelsOverlappingArePushedApartInOrderAndStayInThePlot() {
        double[] placed = EndLabels.spread(new double[] {100, 104, 300, 102}, 14, 7, 393);
        // 100 < 102 < 104 keep their order, 14 apart; the one at 300 is left where it is.
        assertThat(placed[0]).isCloseTo(100, within(1e-9));
        assertThat(placed[3]).isCloseTo(114, within(1e-9));
        assertThat(placed[1]).isCloseTo(128, within(1e-9));
        assertThat(placed[2]).isCloseTo(300, within(1e-9));
        double[] atBottom = EndLabels.spread(new double[] {392, 393, 393}, 14, 7, 393);
        assertThat(atBottom[2]).isLessThanOrEqualTo(393);
        assertThat(atBottom[1]).isCloseTo(atBottom[2] - 14, within(1e-9));
        assertThat(atBottom[0]).isCloseTo(atBottom[1] - 14, within(1e-9));
    }
}
