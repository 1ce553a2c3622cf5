package org.asylumtrends.chart;

import javafx.util.StringConverter;
import org.asylumtrends.data.Measure;
import org.asylumtrends.text.Formats;

/** Tick labels for a value axis, in the words and digits of {@link Formats#axis}; axis labels are never parsed. */
final class AxisLabels extends StringConverter<Number> {
    private final Measure measure;

    AxisLabels(Measure measure) {
        this.measure = measure;
    }

    @Override
    public String toString(Number n) {
        return Formats.axis(measure, n.doubleValue());
    }

    @Override
    public Number fromString(String s) {
        throw new UnsupportedOperationException("axis labels are not parsed");
    }
}
