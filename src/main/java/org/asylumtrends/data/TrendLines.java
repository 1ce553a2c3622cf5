package org.asylumtrends.data;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;

/**
 * The numbers behind the trend chart's lines for one selection: one {@link TrendLine} per listed country, in the
 * listed order, each on the selection's {@link Scale}. Computed here, once, so that the chart, its tooltips, the
 * chart-data table and an export show the same numbers.
 *
 * @param populationSource the credit line of the population figures when the scale uses them, else ""
 */
public record TrendLines(Scale scale, YearRange selected, List<TrendLine> lines, String populationSource) {
    /** Index of the first selected year. */
    public static final double INDEX_BASE = 100;
    /** "Per 100,000" of a population. */
    public static final double PER = 100_000;

    public TrendLines {
        lines = List.copyOf(lines);
    }

    /**
     * Scales each series within the selected years. Indexed: each line's figure in the first selected year is 100
     * (no figure or 0 there: the whole line is undefined, with that reason). Per 100,000: of {@code population}'s
     * figure for the line's country and year (none: undefined, never 0). Linear and log: the counts; on a log axis
     * a zero cannot be drawn and says so.
     */
    public static TrendLines of(List<YearSeries> series, List<Country> countries, YearRange selected, Scale scale,
                                Population population) {
        if (series.size() != countries.size()) {
            throw new IllegalArgumentException("one country per series: " + series.size() + " " + countries.size());
        }
        List<TrendLine> lines = new ArrayList<>();
        for (int i = 0; i < series.size(); i++) {
            YearSeries s = series.get(i);
            lines.add(new TrendLine(countries.get(i), s, scaled(s, countries.get(i).iso3(), selected, scale, population)));
        }
        return new TrendLines(scale, selected, lines, scale == Scale.PER_100K ? population.source() : "");
    }

    private static List<ScaledPoint> scaled(YearSeries s, String iso3, YearRange selected, Scale scale,
                                            Population population) {
        List<YearValue> points = s.pointsIn(selected);
        List<ScaledPoint> out = new ArrayList<>(points.size());
        boolean rate = s.measure().kind() == Measure.Kind.RATE;
        // The base is the first selected year's own figure: a later first figure would make lines start at 100 in
        // different years and look comparable when they are not.
        java.util.OptionalDouble base = s.valueIn(selected.from());
        for (YearValue p : points) {
            double v = p.value();
            ScaledPoint.Undefined why = ScaledPoint.Undefined.NONE;
            double value = v;
            switch (scale) {
                case LINEAR -> { }
                case LOG -> {
                    if (v <= 0) {
                        why = ScaledPoint.Undefined.ZERO_ON_LOG;
                    }
                }
                case INDEXED -> {
                    if (base.isEmpty()) {
                        why = ScaledPoint.Undefined.NO_BASE;
                    } else if (base.getAsDouble() == 0) {
                        why = ScaledPoint.Undefined.BASE_ZERO;
                    } else {
                        value = v / base.getAsDouble() * INDEX_BASE;
                    }
                }
                case PER_100K -> {
                    OptionalLong people = population.of(iso3, p.year());
                    if (rate) {
                        why = ScaledPoint.Undefined.NOT_A_COUNT;
                    } else if (people.isEmpty() || people.getAsLong() <= 0) {
                        why = ScaledPoint.Undefined.NO_POPULATION;
                    } else {
                        value = v / people.getAsLong() * PER;
                    }
                }
            }
            out.add(new ScaledPoint(p.year(), v, why == ScaledPoint.Undefined.NONE ? value : Double.NaN,
                    p.preliminary(), why));
        }
        return out;
    }

    /** The first line: the country the bars and the summary are about. */
    public TrendLine first() {
        return lines.get(0);
    }

    /** The largest drawable value of any line, 0 when none. */
    public double max() {
        return lines.stream().flatMap(l -> l.drawable().stream()).mapToDouble(ScaledPoint::value).max().orElse(0);
    }

    /** The smallest drawable value of any line, NaN when none. */
    public double minPositive() {
        return lines.stream().flatMap(l -> l.drawable().stream()).mapToDouble(ScaledPoint::value).filter(v -> v > 0)
                .min().orElse(Double.NaN);
    }

    /** Whether any line has a point its scale cannot draw (a zero on a log axis, a missing population...). */
    public boolean hasUndefined() {
        return lines.stream().anyMatch(l -> l.points().stream().anyMatch(p -> !p.isDefined()));
    }

    /** Whether the numbers use population figures (whose source a figure then credits). */
    public boolean usesPopulation() {
        return scale == Scale.PER_100K;
    }
}
