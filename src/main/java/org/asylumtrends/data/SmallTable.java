package org.asylumtrends.data;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A small CSV table with a fixed header that ships with the app (eras, claims): checks the header and the
 * number of fields, skips blank lines, and keeps the line each row starts on. A quoted note may span lines, so
 * a row's index is not its line number.
 */
public final class SmallTable {
    /** One data row and the 1-based line it starts on. */
    public record Row(long line, String[] cells) {
    }

    private SmallTable() {
    }

    public static List<Row> read(InputStream in, String fileName, List<String> header)
            throws IOException, DataFormatException {
        List<Row> rows = new ArrayList<>();
        // The same splitter as the data tables (FastCSV): same quoting rules, same messages for a broken quote.
        try (Reader text = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            CsvRecords csv = new CsvRecords(text, fileName);
            String[] r;
            while ((r = csv.next()) != null) {
                rows.add(new Row(csv.lastRecordStart(), r));
            }
        }
        if (rows.isEmpty()) {
            throw DataFormatException.inFile(fileName, DataMessage.of("input.error.empty"));
        }
        List<String> found = new ArrayList<>();
        for (String h : rows.get(0).cells()) {
            found.add(Field.normalize(h));
        }
        if (!found.equals(header)) {
            throw DataFormatException.atLine(fileName, rows.get(0).line(), DataMessage.of(
                    "input.error.smallTableHeader", String.join(",", header), String.join(",", found)));
        }
        List<Row> data = new ArrayList<>();
        for (Row row : rows.subList(1, rows.size())) {
            String[] r = row.cells();
            if (r.length == 1 && r[0].isBlank()) {
                continue;
            }
            if (r.length != header.size()) {
                throw DataFormatException.atLine(fileName, row.line(),
                        DataMessage.of("input.error.smallTableFields", r.length, header.size()));
            }
            data.add(row);
        }
        return data;
    }
}
