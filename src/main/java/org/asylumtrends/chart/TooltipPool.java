package org.asylumtrends.chart;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.Tooltip;
import javafx.util.Duration;

/**
 * The tooltips of a chart's points or bars, kept from one update to the next. A Tooltip is a popup window;
 * making a new one for every point was about 40% of the work of a year-range change, and dragging the slider
 * updates both charts many times a second. The n-th point of each update gets the n-th tooltip with new text.
 */
public final class TooltipPool {
    private final List<Tooltip> tooltips = new ArrayList<>();

    /** The n-th tooltip, showing {@code text}. */
    public Tooltip get(int n, String text) {
        while (tooltips.size() <= n) {
            Tooltip tip = new Tooltip();
            tip.setShowDelay(Duration.millis(100));
            tooltips.add(tip);
        }
        Tooltip tip = tooltips.get(n);
        tip.setText(text);
        return tip;
    }
}
