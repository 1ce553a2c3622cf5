package org.asylumtrends.data;

import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reads one UNHCR table in any of the layouts Asylum Trends knows (R package / API tables for applications,
 * decisions and population; Refugee Data Finder exports; the bundled dataset) and sums its rows per year,
 * origin and country of asylum, over UNHCR's authority, stage and cases/persons splits.
 *
 * <p>New applications are the rows with application type {@code N}; all applications are every row. A file
 * either yields a complete {@link ParsedTable} or throws: nothing half-read is returned.
 */
public final class UnhcrCsvReader {
    private static final int CANCEL_CHECK_ROWS = 512;
    static final int MIN_YEAR = 1950;
    static final int MAX_YEAR = 2100;

    private final String fileName;
    private final LoadMonitor monitor;

    public UnhcrCsvReader(String fileName, LoadMonitor monitor) {
        this.fileName = fileName;
        this.monitor = monitor;
    }

    /** Reads the whole stream, which is closed afterwards. {@code totalBytes} is for progress; -1 if unknown. */
    public ParsedTable read(InputStream in, long totalBytes) throws IOException, DataFormatException {
        CountingStream counting = new CountingStream(new BufferedInputStream(in, 1 << 16));
        try (Reader text = decoderFor(counting)) {
            return readRows(new CsvRecords(text, fileName), counting, totalBytes);
        } finally {
            counting.close();
        }
    }

    private ParsedTable readRows(CsvRecords csv, CountingStream counting, long totalBytes)
            throws IOException, DataFormatException {
        String[] header = csv.next();
        while (header != null && isBlank(header)) {
            header = csv.next();
        }
        if (header == null) {
            throw DataFormatException.inFile(fileName, "is empty: expected a header line and data rows");
        }
        if (csv.lastRecordHasUndecodableText()) {
            requireText(header, null, csv.linesRead());
        }
        HeaderLayout layout = HeaderLayout.of(fileName, header);
        csv.setColumns(layout.columnKinds());
        // Sized for the usual raw table (about 60 bytes a row) so that the map rarely grows.
        Map<ObservationKey, Counts.Builder> totals = new LinkedHashMap<>(
                (int) Math.min(1 << 20, Math.max(16, totalBytes / 60)));
        CountryName[] names = new CountryName[26 * 26 * 26];
        RowFingerprints seen = new RowFingerprints(totalBytes / 60);
        long rows = 0;
        int newestYear = Integer.MIN_VALUE;
        String[] row;
        while ((row = csv.next()) != null) {
            long line = csv.linesRead();
            if (isBlank(row)) {
                continue;
            }
            if (csv.lastRecordHasUndecodableText()) {
                requireText(row, header, line);
            }
            if (row.length != header.length) {
                throw DataFormatException.atLine(fileName, line, "has " + row.length + " fields, but the header has "
                        + header.length + (row.length < header.length ? " (truncated line or missing column?)"
                        : " (extra columns or an unquoted comma?)"));
            }
            ObservationKey key = layout.key(row, csv, line);
            long earlier = seen.putIfAbsent(csv.lastRecordFingerprint(), line);
            if (earlier != 0) {
                throw DataFormatException.atLine(fileName, line, "repeats line " + earlier
                        + " exactly; a row copied twice would count its figures twice, so delete one of them");
            }
            newestYear = Math.max(newestYear, key.year());
            rememberName(names, key.originIso3(), layout.originName(row), key.year());
            rememberName(names, key.asylumIso3(), layout.asylumName(row), key.year());
            Counts.Builder counts = totals.get(key);
            if (counts == null) {
                counts = Counts.builder();
                totals.put(key, counts);
            }
            try {
                layout.addFigures(row, csv, line, counts);
            } catch (ArithmeticException overflow) {
                throw DataFormatException.atLine(fileName, line, "the sum for " + key + " exceeds the largest count");
            }
            if (++rows % CANCEL_CHECK_ROWS == 0) {
                if (monitor.isCancelled()) {
                    throw new LoadCancelledException(fileName);
                }
                monitor.progress(fileName, counting.count, totalBytes);
            }
        }
        if (rows == 0) {
            throw DataFormatException.inFile(fileName, "has a header but no data rows");
        }
        monitor.progress(fileName, counting.count, totalBytes);
        Map<String, String> countryNames = new HashMap<>();
        for (CountryName n : names) {
            if (n != null) {
                countryNames.put(n.iso3(), n.name());
            }
        }
        return new ParsedTable(fileName, totals, countryNames, layout.counts(), rows, newestYear);
    }

    /**
     * Bytes that are not UTF-8 were decoded as U+FFFD (a decoder error would only tell roughly where in the
     * byte stream it stopped); report the line and cell that hold them so the user can find them.
     */
    private void requireText(String[] cells, String[] header, long line) throws DataFormatException {
        for (int i = 0; i < cells.length; i++) {
            if (cells[i] == null) {
                continue; // digits the reader parsed
            }
            boolean nul = cells[i].indexOf('\0') >= 0;
            if (nul || cells[i].indexOf('\uFFFD') >= 0) {
                String problem = nul ? "holds a NUL byte, which no text file has: is this a binary file?"
                        : "is not UTF-8 text; save the file as UTF-8 CSV";
                throw header != null && i < header.length
                        ? DataFormatException.atCell(fileName, line, header[i].strip(), cells[i], problem)
                        : DataFormatException.atLine(fileName, line,
                                "'" + DataFormatException.abbreviate(cells[i]) + "' " + problem);
            }
        }
    }

    private static boolean isBlank(String[] row) {
        return row.length == 1 && row[0].isBlank();
    }

    /**
     * UTF-8 (with or without a byte-order mark) or UTF-16 with a byte-order mark, as spreadsheet programs write.
     * Bytes that do not decode become U+FFFD, which {@link #requireText} reports with their line and column.
     * Archives and UTF-16 without a byte-order mark are recognised by their first bytes and refused by name: read
     * as UTF-8 they would only produce a baffling "header lacks required columns".
     */
    private Reader decoderFor(InputStream in) throws IOException, DataFormatException {
        in.mark(4);
        int b0 = in.read();
        int b1 = in.read();
        int b2 = in.read();
        int b3 = in.read();
        in.reset();
        refuseNonCsv(b0, b1, b2, b3);
        Charset charset = StandardCharsets.UTF_8;
        long skip = 0;
        if (b0 == 0xEF && b1 == 0xBB && b2 == 0xBF) {
            skip = 3;
        } else if (b0 == 0xFE && b1 == 0xFF) {
            charset = StandardCharsets.UTF_16BE;
            skip = 2;
        } else if (b0 == 0xFF && b1 == 0xFE) {
            charset = StandardCharsets.UTF_16LE;
            skip = 2;
        }
        in.skipNBytes(skip);
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE);
        return new InputStreamReader(in, decoder);
    }

    private void refuseNonCsv(int b0, int b1, int b2, int b3) throws DataFormatException {
        if (b0 == 'P' && b1 == 'K' && b2 == 3 && b3 == 4) {
            throw DataFormatException.inFile(fileName, "is a ZIP archive, not a CSV file (UNHCR's API downloads and"
                    + " Excel workbooks are ZIP files): unzip it and open the CSV inside, or save the sheet as CSV UTF-8");
        }
        if (b0 == 0x1F && b1 == 0x8B) {
            throw DataFormatException.inFile(fileName, "is gzip-compressed, not a CSV file: decompress it first");
        }
        if (b0 == 0xD0 && b1 == 0xCF && b2 == 0x11 && b3 == 0xE0) {
            throw DataFormatException.inFile(fileName, "is an Excel workbook (.xls), not a CSV file: save the sheet as CSV UTF-8");
        }
        boolean littleEndian = b0 > 0 && b1 == 0 && b2 > 0 && b3 == 0;
        boolean bigEndian = b0 == 0 && b1 > 0 && b2 == 0 && b3 > 0;
        if (littleEndian || bigEndian) {
            throw DataFormatException.inFile(fileName, "is UTF-16 text without a byte-order mark, so its byte order"
                    + " is unknown: save it as CSV UTF-8 (or as Unicode text with a byte-order mark)");
        }
    }

    /**
     * Keeps the name of a country in the newest year that names it: UNHCR renames ("Turkey" became "Türkiye").
     * A blank name gives way to any later row's name. Indexed by the code's letters: this runs twice a row.
     */
    private static void rememberName(CountryName[] names, String iso3, String name, int year) {
        int i = ((iso3.charAt(0) - 'A') * 26 + (iso3.charAt(1) - 'A')) * 26 + (iso3.charAt(2) - 'A');
        CountryName known = names[i];
        if (known == null || year > known.year() || known.blank()) {
            names[i] = new CountryName(iso3, name, year, name.isBlank());
        }
    }

    private record CountryName(String iso3, String name, int year, boolean blank) {
    }

    /** Counts bytes for progress reports. */
    private static final class CountingStream extends FilterInputStream {
        long count;
        private long markedCount;

        CountingStream(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                count += n;
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long skipped = super.skip(n);
            count += skipped;
            return skipped;
        }

        @Override
        public synchronized void mark(int readlimit) {
            super.mark(readlimit);
            markedCount = count;
        }

        @Override
        public synchronized void reset() throws IOException {
            super.reset();
            count = markedCount;
        }
    }
}
