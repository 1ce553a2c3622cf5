package org.asylumtrends.data;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads the bundled table of every origin ({@code tools/derive_all_origins.py} writes it: one row per year,
 * origin and country of asylum, sorted, in the columns of the bundled China file) straight into columns. The
 * general reader ({@link UnhcrCsvReader}) sums rows per key in a map of objects, which a user's file needs (its
 * splits) and this file does not: that map was 60 MB of short-lived objects for 150,000 rows, all of it in the
 * window's memory at its peak. This reader keeps nothing per row but the columns' entries, and still refuses a
 * damaged file with its line: a header other than the script's, a code that is no ISO3 code, a figure that is no
 * whole number, or keys out of order (which is also how a key given twice shows).
 */
final class AllOriginsTable {
    private static final List<String> KEY = List.of("year", "origin_iso3", "origin_name", "asylum_iso3", "asylum_name");
    private static final Map<String, Count> FIGURES = Map.of("asylum_seekers", Count.ASYLUM_SEEKERS,
            "refugees", Count.REFUGEES, "applications_new", Count.APPLICATIONS_NEW,
            "applications_all", Count.APPLICATIONS_ALL, "decisions_recognized", Count.DECISIONS_RECOGNIZED,
            "decisions_complementary_protection", Count.DECISIONS_COMPLEMENTARY_PROTECTION,
            "decisions_rejected", Count.DECISIONS_REJECTED, "decisions_otherwise_closed",
            Count.DECISIONS_OTHERWISE_CLOSED, "decisions_total", Count.DECISIONS_TOTAL);
    /** About the bundled table's size: its columns grow by doubling from here. */
    private static final int EXPECTED_ROWS = 160_000;

    private AllOriginsTable() {
    }

    static AsylumDataset read(InputStream in, String fileName, DatasetMetadata metadata)
            throws IOException, DataFormatException {
        try (Reader text = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            CsvRecords csv = new CsvRecords(text, fileName);
            String[] header = csv.next();
            if (header == null || header.length < KEY.size()
                    || !List.of(header).subList(0, KEY.size()).equals(KEY)) {
                throw DataFormatException.atLine(fileName, 1, DataMessage.of("input.bundle.header",
                        String.join(",", KEY)));
            }
            byte[] kinds = new byte[header.length];
            Count[] counts = new Count[header.length];
            Set<Count> provided = EnumSet.noneOf(Count.class);
            kinds[0] = CsvRecords.NUMBER;
            kinds[1] = CsvRecords.CODE;
            kinds[2] = CsvRecords.SHARED;
            kinds[3] = CsvRecords.CODE;
            kinds[4] = CsvRecords.SHARED;
            for (int i = KEY.size(); i < header.length; i++) {
                counts[i] = FIGURES.get(header[i]);
                kinds[i] = counts[i] == null ? CsvRecords.SKIP : CsvRecords.NUMBER;
                if (counts[i] != null) {
                    provided.add(counts[i]);
                }
            }
            csv.setColumns(kinds);
            FigureTable.Builder columns = new FigureTable.Builder(EXPECTED_ROWS);
            Map<String, String> names = new HashMap<>();
            int lastYear = Integer.MIN_VALUE;
            String lastOrigin = "";
            String lastAsylum = "";
            String[] r;
            while ((r = csv.next()) != null) {
                long line = csv.lastRecordStart();
                if (r.length != header.length) {
                    throw DataFormatException.atLine(fileName, line, DataMessage.of("input.bundle.fields",
                            r.length, header.length));
                }
                if (r[0] != null || csv.digits(0) != 4) {
                    throw DataFormatException.atCell(fileName, line, "year", String.valueOf(r[0]),
                            DataMessage.of("input.bundle.notYear"));
                }
                int year = (int) csv.number(0);
                String origin = code(fileName, line, "origin_iso3", r[1]);
                String asylum = code(fileName, line, "asylum_iso3", r[3]);
                int order = year != lastYear ? Integer.compare(year, lastYear)
                        : !origin.equals(lastOrigin) ? origin.compareTo(lastOrigin) : asylum.compareTo(lastAsylum);
                if (order <= 0) {
                    throw DataFormatException.atLine(fileName, line, DataMessage.of("input.bundle.order",
                            String.valueOf(year), origin, asylum, String.valueOf(lastYear), lastOrigin, lastAsylum));
                }
                lastYear = year;
                lastOrigin = origin;
                lastAsylum = asylum;
                names.putIfAbsent(origin, r[2]);
                names.putIfAbsent(asylum, r[4]);
                int row = columns.row(year, origin, asylum);
                for (int i = KEY.size(); i < r.length; i++) {
                    if (counts[i] == null || (r[i] != null && r[i].isEmpty())) {
                        continue; // an empty cell: no figure, not 0
                    }
                    if (r[i] != null) {
                        throw DataFormatException.atCell(fileName, line, header[i], r[i], DataMessage.of("input.bundle.notWhole"));
                    }
                    columns.put(row, counts[i], csv.number(i));
                }
            }
            return new AsylumDataset(metadata, columns.build(names), provided);
        }
    }

    private static String code(String file, long line, String column, String cell) throws DataFormatException {
        if (!Country.isIso3(cell)) {
            throw DataFormatException.atCell(file, line, column, String.valueOf(cell),
                    DataMessage.of("input.bundle.notIso3"));
        }
        return cell;
    }
}
