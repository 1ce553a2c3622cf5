package org.asylumtrends.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.asylumtrends.data.Measure;
import org.junit.jupiter.api.Test;

/** Text by measure; the bundle as a whole is checked by {@link LocalizationConsistencyTest}. */
class MessagesTest {
    @Test
    void everyMeasureHasANameAnAxisLabelAndADescription() {
        for (Measure m : Measure.values()) {
            assertThat(Messages.measureName(m)).doesNotStartWith("!");
            assertThat(Messages.measureAxis(m)).doesNotStartWith("!");
            assertThat(Messages.measureDescription(m)).doesNotStartWith("!").endsWith(".");
        }
    }
}
