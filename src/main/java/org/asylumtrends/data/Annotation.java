package org.asylumtrends.data;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A dated note the user puts on the trend chart: a point ("Hong Kong national security law", 30 Jun 2020) or a
 * range of dates with a label. Only ever written by the user: the app ships none as facts. Drawn at the dates'
 * fractional years, the same positions the era bands use.
 *
 * @param from  the date, or the first date of a range
 * @param to    the last date of a range; equal to {@code from} for a point
 * @param label what the reader sees, at most {@link Editorial#MAX_LINE} characters, no control characters
 */
public record Annotation(LocalDate from, LocalDate to, String label) {
    public Annotation {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("an annotation's range ends before it starts: " + from + " to " + to);
        }
        label = Editorial.checked("label", label, Editorial.MAX_LINE, false);
        if (label.isBlank()) {
            throw new IllegalArgumentException("an annotation needs a label");
        }
    }

    /** A point annotation on one date. */
    public static Annotation at(LocalDate date, String label) {
        return new Annotation(date, date, label);
    }

    public boolean isRange() {
        return !from.equals(to);
    }

    /** Where the annotation starts on a year axis: 2020-06-30 is 2020.49. */
    public double startX() {
        return Era.fractionalYear(from);
    }

    /** Where a range ends on a year axis (the end of its last day); a point's own position. */
    public double endX() {
        return isRange() ? Era.fractionalYear(to.plusDays(1)) : startX();
    }
}
