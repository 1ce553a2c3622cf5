package org.asylumtrends.data;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

/**
 * The numbers behind the trend chart's lines as a table, year × line, for the clipboard and CSV: exactly the values
 * drawn, on the scale drawn (a count as a whole number, an index or rate per 100,000 to four decimals), an
 * undefined value or a year without a figure left empty, never 0. The caller's preamble lines (source, release,
 * scale, population source) come first, one cell each, so that a pasted or saved table says where it is from.
 * Every cell goes through {@link SpreadsheetCsv}: a country name cannot run as a formula.
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

    /** The years any line has a point in, oldest first. */
    public static List<Integer> years(TrendLines lines) {
        TreeSet<Integer> years = new TreeSet<>();
        lines.lines().forEach(l -> l.points().forEach(p -> years.add(p.year())));
        return List.copyOf(years);
    }

    /** One row per year: the year, then each line's value in machine form ("" where it has none). */
    public static List<List<String>> rows(TrendLines lines, Measure measure) {
        List<List<String>> rows = new ArrayList<>();
        for (int year : years(lines)) {
            List<String> row = new ArrayList<>(List.of(Integer.toString(year)));
            for (TrendLine l : lines.lines()) {
                row.add(l.point(year).filter(ScaledPoint::isDefined).map(p -> cell(p.value(), measure, lines.scale()))
                        .orElse(""));
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
        SpreadsheetCsv csv = new SpreadsheetCsv(out);
        try {
            preamble.forEach(p -> csv.row(p));
            csv.row(header(lines));
            rows(lines, measure).forEach(csv::row);
            csv.flush();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /** Tab-separated text: the preamble, the header and the rows, for the clipboard. */
    public static String toTsv(List<String> preamble, TrendLines lines, Measure measure) {
        StringBuilder sb = new StringBuilder();
        preamble.forEach(p -> sb.append(clean(p)).append('\n'));
        List<List<String>> all = new ArrayList<>();
        all.add(header(lines));
        all.addAll(rows(lines, measure));
        for (List<String> row : all) {
            sb.append(String.join("\t", row.stream().map(ChartDataCsv::clean).toList())).append('\n');
        }
        return sb.toString();
    }

    private static String clean(String cell) {
        return SpreadsheetCsv.safeCell(cell.replace('\t', ' ').replace('\n', ' '));
    }
}
