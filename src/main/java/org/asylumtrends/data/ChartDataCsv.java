package org.asylumtrends.data;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The numbers behind the trend chart's lines as a table, year × line, for the clipboard and CSV: exactly the values
 * drawn, on the scale drawn (a count as a whole number, an index or rate per 100,000 to four decimals), an
 * undefined value or a year without a figure left empty, never 0. The caller's preamble lines (source, release,
 * scale, population source) come first, one cell each, so that a pasted or saved table says where it is from.
 * Every cell goes through {@link SpreadsheetCsv}: a country name cannot run as a formula. The user's annotations
 * (issue 17), when there are any on the years shown, are a last column against their year, so that the table says
 * what the chart marks: "2020-06-30: Hong Kong security law"; a year with an annotation and no figure still has its
 * row, with empty figures.
 */
public final class ChartDataCsv {
    private ChartDataCsv() {
    }

    /** The header: "year", then each line as "China (CHN) [scale]". */
    public static List<String> header(TrendLines lines) {
        List<String> h = new ArrayList<>(List.of("year"));
        for (TrendLine l : lines.lines()) {
            h.add(l.country().name() + " (" + l.country().iso3() + ") [" + lines.scale().id() + "]");
        }
        return h;
    }

    /** As {@link #header(TrendLines)}, with the annotation column last if any annotation is listed. */
    public static List<String> header(TrendLines lines, SortedMap<Integer, List<Annotation>> listed) {
        List<String> h = header(lines);
        if (!listed.isEmpty()) {
            h.add("annotation");
        }
        return h;
    }

    /** The years any line has a point in, oldest first. */
    public static List<Integer> years(TrendLines lines) {
        return years(lines, new TreeMap<>());
    }

    /** The years any line has a point in or an annotation is listed against, oldest first. */
    public static List<Integer> years(TrendLines lines, SortedMap<Integer, List<Annotation>> listed) {
        TreeSet<Integer> years = new TreeSet<>(listed.keySet());
        lines.lines().forEach(l -> l.points().forEach(p -> years.add(p.year())));
        return List.copyOf(years);
    }

    /**
     * The annotations on the years shown, by the year whose row lists them: a point's year, a range's first year
     * shown (a range from 2012 to 2016 shown from 2014 is listed at 2014). Annotations outside the years shown, which
     * the chart does not draw either, are left out. In the order the user added them.
     */
    public static SortedMap<Integer, List<Annotation>> annotationsByYear(List<Annotation> annotations,
                                                                         YearRange shown) {
        SortedMap<Integer, List<Annotation>> byYear = new TreeMap<>();
        for (Annotation a : annotations) {
            if (a.to().getYear() >= shown.from() && a.from().getYear() <= shown.to()) {
                byYear.computeIfAbsent(Math.max(a.from().getYear(), shown.from()), y -> new ArrayList<>()).add(a);
            }
        }
        return byYear;
    }

    /** An annotation in machine form, as a view file writes its dates: "2020-06-30: label", "2012-11-15..2016-12-31: label". */
    public static String machineText(Annotation a) {
        return (a.isRange() ? a.from() + ".." + a.to() : a.from().toString()) + ": " + a.label();
    }

    /** One row per year: the year, then each line's value in machine form ("" where it has none). */
    public static List<List<String>> rows(TrendLines lines, Measure measure) {
        return rows(lines, measure, new TreeMap<>());
    }

    /** As {@link #rows(TrendLines, Measure)}, with each year's annotations last, joined by "; ", if any is listed. */
    public static List<List<String>> rows(TrendLines lines, Measure measure,
                                          SortedMap<Integer, List<Annotation>> listed) {
        List<List<String>> rows = new ArrayList<>();
        for (int year : years(lines, listed)) {
            List<String> row = new ArrayList<>(List.of(Integer.toString(year)));
            for (TrendLine l : lines.lines()) {
                row.add(l.point(year).filter(ScaledPoint::isDefined).map(p -> cell(p.value(), measure, lines.scale()))
                        .orElse(""));
            }
            if (!listed.isEmpty()) {
                row.add(String.join("; ", listed.getOrDefault(year, List.of()).stream()
                        .map(ChartDataCsv::machineText).toList()));
            }
            rows.add(row);
        }
        return rows;
    }

    private static String cell(double value, Measure measure, Scale scale) {
        if (scale.isCount() && measure.kind() != Measure.Kind.RATE) {
            return Long.toString(Math.round(value));
        }
        return String.format(Locale.ROOT, "%.4f", value);
    }

    /** Writes the preamble (one line each), the header and the rows as CSV. */
    public static void writeCsv(List<String> preamble, TrendLines lines, Measure measure, Writer out)
            throws IOException {
        writeCsv(preamble, lines, measure, new TreeMap<>(), out);
    }

    /** As above, with the annotations listed against their years ({@link #annotationsByYear}). */
    public static void writeCsv(List<String> preamble, TrendLines lines, Measure measure,
                                SortedMap<Integer, List<Annotation>> listed, Writer out) throws IOException {
        SpreadsheetCsv csv = new SpreadsheetCsv(out);
        try {
            preamble.forEach(p -> csv.row(p));
            csv.row(header(lines, listed));
            rows(lines, measure, listed).forEach(csv::row);
            csv.flush();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /** Tab-separated text: the preamble, the header and the rows, for the clipboard. */
    public static String toTsv(List<String> preamble, TrendLines lines, Measure measure) {
        return toTsv(preamble, lines, measure, new TreeMap<>());
    }

    /** As above, with the annotations listed against their years ({@link #annotationsByYear}). */
    public static String toTsv(List<String> preamble, TrendLines lines, Measure measure,
                               SortedMap<Integer, List<Annotation>> listed) {
        StringBuilder sb = new StringBuilder();
        preamble.forEach(p -> sb.append(clean(p)).append('\n'));
        List<List<String>> all = new ArrayList<>();
        all.add(header(lines, listed));
        all.addAll(rows(lines, measure, listed));
        for (List<String> row : all) {
            sb.append(String.join("\t", row.stream().map(ChartDataCsv::clean).toList())).append('\n');
        }
        return sb.toString();
    }

    private static String clean(String cell) {
        return SpreadsheetCsv.safeCell(cell.replace('\t', ' ').replace('\n', ' '));
    }
}
