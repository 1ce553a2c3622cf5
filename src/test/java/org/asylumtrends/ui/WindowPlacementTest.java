package org.asylumtrends.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.geometry.Rectangle2D;
import org.junit.jupiter.api.Test;

/** Where a window opens, from what was saved: issue 13's probe of an off-screen saved position. */
class WindowPlacementTest {
    private static final Rectangle2D LAPTOP = new Rectangle2D(0, 0, 1440, 900);
    private static final Rectangle2D RIGHT_MONITOR = new Rectangle2D(1440, 0, 1920, 1080);

    @Test
    void aPositionOnAScreenThatIsGoneIsCentredOnThePrimary() {
        Rectangle2D at = WindowPlacement.place(2000, 100, 1200, 800, List.of(LAPTOP), LAPTOP);
        assertThat(at).isEqualTo(new Rectangle2D(120, 50, 1200, 800));
    }

    @Test
    void aPositionOnAnAttachedScreenIsKept() {
        Rectangle2D at = WindowPlacement.place(2000, 100, 1200, 800, List.of(LAPTOP, RIGHT_MONITOR), LAPTOP);
        assertThat(at).isEqualTo(new Rectangle2D(2000, 100, 1200, 800));
    }

    @Test
    void aTitleBarAboveTheScreenIsBroughtBack() {
        Rectangle2D at = WindowPlacement.place(100, -5000, 1200, 800, List.of(LAPTOP), LAPTOP);
        assertThat(at.getMinY()).isBetween(0.0, 900.0 - 800);
        assertThat(LAPTOP.contains(at)).isTrue();
    }

    @Test
    void aSizeSavedOnABigMonitorShrinksToTheLaptopWithAMargin() {
        Rectangle2D at = WindowPlacement.place(Double.NaN, Double.NaN, 1900, 1050, List.of(LAPTOP), LAPTOP);
        assertThat(at.getWidth()).isEqualTo(1440 * (1 - WindowPlacement.MARGIN));
        assertThat(at.getHeight()).isEqualTo(900 * (1 - WindowPlacement.MARGIN));
        assertThat(LAPTOP.contains(at)).isTrue();
    }
}
