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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
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
    /** The Refugee Data Finder writes 14 lines before the header; allow for longer ones, not for any text file. */
    static final int MAX_PREAMBLE_LINES = 60;
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
        List<String[]> preamble = new ArrayList<>();
        String[] header = findHeader(csv, preamble);
        HeaderLayout layout = HeaderLayout.of(fileName, header);
        SourceFacts facts = preamble.isEmpty() ? SourceFacts.ofLayout(layout.source()) : SourceFacts.ofPreamble(preamble);
        csv.setColumns(layout.columnKinds());
        // Grows with the distinct keys, not with the file: a file of many rows for few keys stays small.
        Map<ObservationKey, Counts.Builder> totals = new LinkedHashMap<>(1 << 12);
        CountryName[] names = new CountryName[26 * 26 * 26];
        boolean sums = layout.sumsRepeatedKeys();
        long rows = 0;
        long repeated = 0;
        int newestYear = Integer.MIN_VALUE;
        boolean first = true;
        String[] row;
        while ((row = csv.next()) != null) {
            long line = csv.linesRead();
            if (isBlank(row)) {
                continue;
            }
            if (first && isHxlTags(row)) {
                first = false;
                continue; // HDX's second line: HXL hashtags (#date+year,#country+code+origin,...), not data
            }
            first = false;
            if (csv.lastRecordHasUndecodableText()) {
                requireText(row, header, line);
            }
            if (row.length != header.length) {
                throw DataFormatException.atLine(fileName, line, DataMessage.of("input.error.fieldCount",
                        row.length, header.length, DataMessage.of(row.length < header.length
                                ? "input.error.fieldCount.fewer" : "input.error.fieldCount.more")));
            }
            ObservationKey key = layout.key(row, csv, line);
            newestYear = Math.max(newestYear, key.year());
            rememberName(names, key.originIso3(), layout.originName(row), key.year());
            rememberName(names, key.asylumIso3(), layout.asylumName(row), key.year());
            Counts.Builder counts = totals.get(key);
            if (counts == null) {
                counts = Counts.builder();
                counts.firstLine = line;
                totals.put(key, counts);
            }
            // A bit per split combination under each key, not a record per row: memory grows with the keys.
            if (!counts.markSplit(layout.splitCombination(row))) {
                if (!sums) {
                    throw repeatedKey(layout, key, row, line, layout.hasSplitColumns() ? 0 : counts.firstLine);
                }
                repeated++;
            }
            layout.addFigures(row, csv, line, counts);
            if (++rows % CANCEL_CHECK_ROWS == 0) {
                if (monitor.isCancelled()) {
                    throw new LoadCancelledException(fileName);
                }
                monitor.progress(fileName, counting.count, totalBytes);
            }
        }
        if (rows == 0) {
            throw DataFormatException.inFile(fileName, DataMessage.of("input.error.noDataRows"));
        }
        if (totalBytes > 0 && counting.count < totalBytes) {
            throw DataFormatException.inFile(fileName, DataMessage.of("input.error.cutShort",
                    counting.count, totalBytes));
        }
        monitor.progress(fileName, counting.count, totalBytes);
        Map<String, String> countryNames = new HashMap<>();
        for (CountryName n : names) {
            if (n != null) {
                countryNames.put(n.iso3(), n.name());
            }
        }
        return new ParsedTable(fileName, totals, countryNames, layout.counts(), rows, newestYear, repeated, facts);
    }

    /**
     * A repeated key in a table with one row per key. {@code earlier} is the line that had it first, or 0 when
     * only the key's split combination was remembered: then the earlier line is found by reading the file again
     * ({@link #firstLineWithKey}), which only happens on this error.
     */
    private DataFormatException repeatedKey(HeaderLayout layout, ObservationKey key, String[] row, long line,
                                            long earlier) {
        String description = layout.describeKey(key, row);
        DataMessage message = DataMessage.of("input.error.repeatedKey", earlier > 0
                ? DataMessage.of("input.error.lineNumber", earlier) : DataFormatException.EARLIER_LINE, description,
                layout.whyOneRowPerKey());
        return earlier > 0 ? DataFormatException.atLine(fileName, line, message)
                : DataFormatException.repeatedKey(fileName, line, message, layout.keyFingerprint(key, row));
    }


    /**
     * The first line whose key has the given fingerprint ({@link HeaderLayout#keyFingerprint}), read from the
     * same file again; 0 if none (the file changed). Only called to complete a repeated-key message.
     */
    long firstLineWithKey(InputStream in, long fingerprint) throws IOException, DataFormatException {
        CountingStream counting = new CountingStream(new BufferedInputStream(in, 1 << 16));
        try (Reader text = decoderFor(counting)) {
            CsvRecords csv = new CsvRecords(text, fileName);
            String[] header = findHeader(csv, new ArrayList<>());
            HeaderLayout layout = HeaderLayout.of(fileName, header);
            csv.setColumns(layout.columnKinds());
            String[] row;
            while ((row = csv.next()) != null) {
                if (isBlank(row) || row.length != header.length || isHxlTags(row)) {
                    continue;
                }
                if (layout.keyFingerprint(layout.key(row, csv, csv.linesRead()), row) == fingerprint) {
                    return csv.linesRead();
                }
            }
            return 0;
        } finally {
            counting.close();
        }
    }

    /**
     * The header line, after any preamble. A Refugee Data Finder download starts with "key:,value" lines
     * ("Extracted:", "Date extracted:", "Usage licence", ...; blank lines among them); they are kept in
     * {@code preamble}. A file whose first line is not such a line has its header there, as before.
     */
    private String[] findHeader(CsvRecords csv, List<String[]> preamble) throws IOException, DataFormatException {
        String[] record = nextNonBlank(csv);
        if (record == null) {
            throw DataFormatException.inFile(fileName, DataMessage.of("input.error.emptyFile"));
        }
        if (csv.lastRecordHasUndecodableText()) {
            requireText(record, null, csv.linesRead());
        }
        if (HeaderLayout.isLegacyPopstats(record)) {
            throw DataFormatException.inFile(fileName, HeaderLayout.LEGACY_POPSTATS);
        }
        if (!isPreambleLine(record)) {
            return record;
        }
        while (record != null && isPreambleLine(record)) {
            if (preamble.size() >= MAX_PREAMBLE_LINES) {
                throw DataFormatException.inFile(fileName, DataMessage.of("input.error.tooManyNotes",
                        MAX_PREAMBLE_LINES));
            }
            preamble.add(record);
            record = nextNonBlank(csv);
        }
        if (record == null) {
            throw DataFormatException.inFile(fileName, DataMessage.of("input.error.onlyNotes",
                    preamble.size(), DataFormatException.abbreviate(preamble.get(0)[0].strip())));
        }
        if (csv.lastRecordHasUndecodableText()) {
            requireText(record, null, csv.linesRead());
        }
        return record;
    }

    private static String[] nextNonBlank(CsvRecords csv) throws IOException, DataFormatException {
        String[] record = csv.next();
        while (record != null && isBlank(record)) {
            record = csv.next();
        }
        return record;
    }

    /**
     * A line of a download's preamble: at most two cells with text, the first a label ending in ':' ("Date
     * extracted:") or one of the labels UNHCR writes without one ("Usage licence", "Content type"), or the
     * sentence on revisions.
     */
    private static boolean isPreambleLine(String[] record) {
        int filled = 0;
        for (String cell : record) {
            if (cell != null && !cell.isBlank()) {
                filled++;
            }
        }
        if (filled == 0 || filled > 2) {
            return false;
        }
        String label = Field.normalize(record[0]);
        return label.endsWith(":") || label.startsWith("data ") || label.startsWith("usage licen")
                || label.startsWith("content type") || label.startsWith("population types")
                || (filled == 1 && label.length() > 40 && label.contains(" "));
    }

    /** HDX's HXL row: every cell empty or a hashtag, at least one of them. */
    private static boolean isHxlTags(String[] row) {
        boolean tag = false;
        for (String cell : row) {
            if (cell == null) {
                return false; // digits
            }
            String c = cell.strip();
            if (c.startsWith("#")) {
                tag = true;
            } else if (!c.isEmpty()) {
                return false;
            }
        }
        return tag;
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
                DataMessage problem = DataMessage.of(nul ? "input.error.nulByte" : "input.error.notUtf8");
                throw header != null && i < header.length
                        ? DataFormatException.atCell(fileName, line, header[i].strip(), cells[i], problem)
                        : DataFormatException.atLine(fileName, line,
                                DataMessage.of("input.error.valueProblem", DataFormatException.abbreviate(cells[i]),
                                        problem));
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
            throw DataFormatException.inFile(fileName, DataMessage.of("input.error.zip"));
        }
        if (b0 == 0 && b1 == 0) {
            throw DataFormatException.inFile(fileName, DataMessage.of("input.error.nulStart"));
        }
        if (b0 == 0x1F && b1 == 0x8B) {
            throw DataFormatException.inFile(fileName, DataMessage.of("input.error.gzip"));
        }
        if (b0 == 0xD0 && b1 == 0xCF && b2 == 0x11 && b3 == 0xE0) {
            throw DataFormatException.inFile(fileName, DataMessage.of("input.error.xls"));
        }
        boolean littleEndian = b0 > 0 && b1 == 0 && b2 > 0 && b3 == 0;
        boolean bigEndian = b0 == 0 && b1 > 0 && b2 == 0 && b3 > 0;
        if (littleEndian || bigEndian) {
            throw DataFormatException.inFile(fileName, DataMessage.of("input.error.utf16NoBom"));
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
            String clean = known != null && known.raw() == name ? known.name() : DataText.clean(name);
            names[i] = new CountryName(iso3, clean, year, clean.isBlank(), name);
        }
    }

    /** {@code raw} is the shared cell the name was cleaned from, so that a name is cleaned once, not per row. */
    private record CountryName(String iso3, String name, int year, boolean blank, String raw) {
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
