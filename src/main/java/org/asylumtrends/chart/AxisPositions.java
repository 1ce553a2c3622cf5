package org.asylumtrends.chart;

/**
 * Where an axis puts a value, rounded to a millionth of a pixel. JavaFX draws a tick label only if its position is
 * within {@code [0, ceil(length)]}, and computes the position of the axis' own maximum as
 * {@code max × (length / max)}, which overshoots by 1e-13 for some lengths: at 412 px an axis to 200,000 or 400,000
 * lost its last label (0 … 150,000 drawn, the bars reaching beyond), at 408 px one to 150,000 did. Rounding keeps
 * every position within a pixel's millionth of the exact one and the maximum exactly at the end.
 */
final class AxisPositions {
    private static final double PER_PIXEL = 1e6;

    private AxisPositions() {
    }

    static double snapped(double position) {
        return Math.rint(position * PER_PIXEL) / PER_PIXEL;
    }
}
