package org.asylumtrends.chart;

import static org.assertj.core.api.Assertions.assertThat;

import org.asylumtrends.data.Measure;
import org.junit.jupiter.api.Test;

/** The map's colour classes: round breaks, at most six, a zero in the first class, rates in fixed steps. */
class MapClassesTest {
    @Test
    void figuresOverFiveOrdersOfMagnitudeGetPowersOfTen() {
        double[] china2024 = {147_909, 14_000, 9_800, 2_441, 700, 120, 35, 7, 1, 0};
        MapClasses c = MapClasses.of(china2024, Measure.ASYLUM_SEEKERS, true);
        assertThat(c.breaks()).containsExactly(10.0, 100.0, 1_000.0, 10_000.0, 100_000.0);
        assertThat(c.count()).isEqualTo(6);
        assertThat(c.classOf(0)).as("a zero is a figure: the first class").isZero();
        assertThat(c.classOf(9)).isZero();
        assertThat(c.classOf(10)).isEqualTo(1);
        assertThat(c.classOf(147_909)).isEqualTo(5);
        assertThat(c.colourOf(5)).isEqualTo(MapClasses.MOST - 1);
    }

    @Test
    void aNarrowerSpreadGetsFinerRoundSteps() {
        MapClasses c = MapClasses.of(new double[] {3, 40, 150, 900, 2_000}, Measure.ASYLUM_SEEKERS, true);
        assertThat(c.count()).isBetween(5, 6);
        assertThat(c.breaks()).allSatisfy(b -> assertThat(String.valueOf(b.longValue())).matches("[125]0*|30*"));
    }

    @Test
    void figuresOfOneSizeGetEqualRoundSteps() {
        MapClasses c = MapClasses.of(new double[] {41, 55, 62, 90}, Measure.APPLICATIONS_NEW, true);
        assertThat(c.breaks()).containsExactly(20.0, 40.0, 60.0, 80.0);
    }

    @Test
    void perHundredThousandBreaksAreRoundDecimals() {
        MapClasses c = MapClasses.of(new double[] {0.004, 0.05, 0.3, 2.5, 41}, Measure.ASYLUM_SEEKERS, false);
        assertThat(c.count()).isLessThanOrEqualTo(MapClasses.MOST);
        assertThat(c.breaks()).contains(0.01, 0.1, 1.0, 10.0);
    }

    @Test
    void neverMoreThanSixClassesWhateverTheSpread() {
        MapClasses c = MapClasses.of(new double[] {1e-6, 1, 1e9}, Measure.ASYLUM_SEEKERS, false);
        assertThat(c.count()).isLessThanOrEqualTo(MapClasses.MOST).isGreaterThanOrEqualTo(4);
    }

    @Test
    void aRateHasFixedClassesOfTwentyPoints() {
        MapClasses c = MapClasses.of(new double[] {0.02, 0.31}, Measure.RECOGNITION_RATE, false);
        assertThat(c.breaks()).containsExactly(0.2, 0.4, 0.6, 0.8);
        assertThat(c.classOf(1.0)).isEqualTo(4);
    }

    @Test
    void onlyZerosMakeOneClass() {
        MapClasses c = MapClasses.of(new double[] {0, 0}, Measure.REJECTED, true);
        assertThat(c.count()).isEqualTo(1);
        assertThat(c.classOf(0)).isZero();
        assertThat(c.colourOf(0)).isZero();
    }
}
