package org.asylumtrends.data;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;

/**
 * Writes observations as CSV or tab-separated text for spreadsheets. Text that a spreadsheet would run as a
 * formula (starting with =, +, - or @) is prefixed with an apostrophe, by {@link SpreadsheetCsv}: country names come
 * from files anyone can write, and a cell such as {@code =HYPERLINK(...)} must stay text.
 */
public final class ObservationCsv {
    /** The columns, in order: key columns, then every measure. */
    public static final List<Measure> MEASURES = List.of(Measure.values());

    private ObservationCsv() {
    }

    public static List<String> header() {
        List<String> h = new ArrayList<>(List.of("year", "origin_iso3", "origin", "asylum_iso3", "country_of_asylum"));
        MEASURES.forEach(m -> h.add(m.id()));
        return h;
    }

    public static List<String> row(Observation o) {
        List<String> r = new ArrayList<>(List.of(Integer.toString(o.year()), o.origin().iso3(), o.origin().name(),
                o.asylum().iso3(), o.asylum().name()));
        for (Measure m : MEASURES) {
            OptionalDouble v = m.valueOf(o.counts());
            r.add(v.isEmpty() ? "" : m.kind() == Measure.Kind.RATE
                    ? String.format(Locale.ROOT, "%.4f", v.getAsDouble()) : Long.toString(Math.round(v.getAsDouble())));
        }
        return r;
    }

    /** Neutralises spreadsheet formulas: "=1+1" becomes "'=1+1" (see {@link SpreadsheetCsv#safeCell}). */
    public static String safeCell(String cell) {
        return SpreadsheetCsv.safeCell(cell);
    }

    /** Writes a CSV with a header line, through the writer the command line uses too. */
    public static void writeCsv(List<Observation> rows, Writer out) throws IOException {
        SpreadsheetCsv csv = new SpreadsheetCsv(out);
        csv.row(header());
        for (Observation o : rows) {
            csv.row(row(o));
        }
        try {
            csv.flush();
        } catch (java.io.UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /** Tab-separated text with a header line, for the clipboard. */
    public static String toTsv(List<Observation> rows) {
        StringBuilder sb = new StringBuilder(String.join("\t", header())).append('\n');
        for (Observation o : rows) {
            sb.append(String.join("\t", row(o).stream().map(c -> safeCell(c.replace('\t', ' ').replace('\n', ' '))).toList()))
                    .append('\n');
        }
        return sb.toString();
    }
}
