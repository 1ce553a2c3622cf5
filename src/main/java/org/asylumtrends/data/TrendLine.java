package org.asylumtrends.data;

import java.util.List;
import java.util.Optional;

/**
 * One line of the trend chart: a listed country's figures within the selected years, on the selection's scale.
 * Years with no figure have no point (a gap); years whose figure the scale cannot express have a point with an
 * undefined value and its reason.
 *
 * @param country the listed country (an origin in a "from" view, a country of asylum in an "in" view)
 * @param series  the whole series the line is cut from
 * @param points  the selected years' points, oldest first
 */
public record TrendLine(Country country, YearSeries series, List<ScaledPoint> points) {
    public TrendLine {
        points = List.copyOf(points);
    }

    /** The point of a year, or empty when the line has no figure that year. */
    public Optional<ScaledPoint> point(int year) {
        return points.stream().filter(p -> p.year() == year).findFirst();
    }

    /** The points that can be drawn: those with a value. */
    public List<ScaledPoint> drawable() {
        return points.stream().filter(ScaledPoint::isDefined).toList();
    }

    /** The reason shared by the points that cannot be drawn, when every point of the line is such. */
    public Optional<ScaledPoint.Undefined> undefinedThroughout() {
        if (points.isEmpty() || points.stream().anyMatch(ScaledPoint::isDefined)) {
            return Optional.empty();
        }
        ScaledPoint.Undefined first = points.get(0).undefined();
        return points.stream().allMatch(p -> p.undefined() == first) ? Optional.of(first) : Optional.empty();
    }
}
