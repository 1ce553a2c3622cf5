package org.asylumtrends.data;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits CSV text into records of cells, as UNHCR, R and spreadsheet programs write it (RFC 4180): comma
 * separated, fields optionally in double quotes with {@code ""} for a quote inside, records ended by LF, CRLF or
 * a lone CR (line ends may be mixed). It replaces a general CSV library on the hot path of loading: it reads a
 * 200 MB table without a String per line, and it knows the line where a record started.
 *
 * <p>Leniency follows what the app has always accepted: spaces before an opening quote are dropped; a quote in
 * the middle of an unquoted field opens a quoted section and is kept, as is a quote that closes a section but is
 * not followed by a comma or a line end ({@code CH"N} starts a quoted run to the next quote). Backslashes are
 * plain characters. A quoted field may span lines (each line end becomes {@code \n}); one that runs on for more
 * than {@link #MAX_LINES_IN_FIELD} lines, or to the end of the file, is reported as an unbalanced quote, so that
 * one stray quote cannot pull a whole large file into memory.
 */
final class CsvRecords {
    static final int MAX_LINES_IN_FIELD = 100;
    /** A UNHCR table has about 20 columns; a line of millions of commas is not one, and would fill the memory. */
    static final int MAX_FIELDS = 10_000;
    /** Far beyond any name (1 MB names are read); a run of NULs or one endless line is stopped here. */
    static final int MAX_FIELD_CHARS = 1 << 24;
    private static final int BUFFER = 1 << 16;

    private final Reader in;
    private final String fileName;
    private final char[] buf = new char[BUFFER];
    private int pos;
    private int limit;
    private boolean eof;
    private long lines;
    private long recordStart;
    private boolean undecodable;
    private final StringBuilder field = new StringBuilder(64);
    /** The current field when it lies in the buffer as is: buf[directStart, directEnd); -1 when in {@link #field}. */
    private int directStart = -1;
    private int directEnd;
    private boolean fieldUndecodable;
    private long fingerprint;
    // Set by setColumns: the kind of each column, the NUMBER cells of the last record, the shared row array.
    private byte[] kinds;
    private long[] numbers;
    private int[] digits;
    private String[] row;
    private final String[] codes = new String[26 * 26 * 26];
    private final String[] sharedTexts = new String[4096];
    private final List<String> cells = new ArrayList<>(32);

    CsvRecords(Reader in, String fileName) {
        this.in = in;
        this.fileName = fileName;
    }

    /** Physical lines read so far, counting the line end of the last record: the last record's last line. */
    long linesRead() {
        return lines;
    }

    /** Whether the last record holds U+FFFD (bytes that were not UTF-8) or NUL; rare, so checked in one pass. */
    boolean lastRecordHasUndecodableText() {
        return undecodable;
    }

    /** The {@link RowFingerprints} fingerprint of the last record's cells, skipped ones included. */
    long lastRecordFingerprint() {
        return fingerprint;
    }

    /** How {@link #next} returns a column's cells; see {@link #setColumns}. */
    static final byte SKIP = 0;
    static final byte TEXT = 1;
    static final byte NUMBER = 2;
    static final byte CODE = 3;
    static final byte SHARED = 4;

    /**
     * From now on, returns cells by their column's kind, so that a million-row table does not become ten million
     * Strings: {@link #SKIP} columns (the reader does not use them; a raw UNHCR table has up to 16 columns and the
     * app reads 7 to 10) come back as ""; a {@link #NUMBER} cell of plain ASCII digits comes back as null with its
     * value in {@link #number}; a {@link #CODE} cell of three capital letters comes back as one shared String per
     * code, and a {@link #SHARED} cell (country names, which repeat on every row) as a String shared with earlier
     * cells of the same text. Anything else, a cell with undecodable text, and the only cell of a one-cell record (a blank or broken
     * line) come back as Strings, so that messages can quote them.
     */
    void setColumns(byte[] kinds) {
        this.kinds = kinds.clone();
        this.numbers = new long[kinds.length];
        this.digits = new int[kinds.length];
        this.row = null;
    }

    /** The value of a NUMBER cell that {@link #next} returned as null. */
    long number(int column) {
        return numbers[column];
    }

    /** The text of a NUMBER cell that {@link #next} returned as null, leading zeros included. */
    String numberText(int column) {
        String plain = Long.toString(numbers[column]);
        return "0".repeat(Math.max(0, digits[column] - plain.length())) + plain;
    }

    /** The number of digits of a NUMBER cell that {@link #next} returned as null. */
    int digits(int column) {
        return digits[column];
    }

    /** The next record's cells (a blank line is one empty cell), or null at the end of the text. */
    String[] next() throws IOException, DataFormatException {
        if (pos >= limit && !fill()) {
            return null;
        }
        cells.clear();
        undecodable = false;
        fingerprint = RowFingerprints.START;
        recordStart = lines + 1;
        while (true) {
            readField();
            // readField stops at a comma, a line end or the end of the text.
            if (pos >= limit && !fill()) {
                cells.add(takeField(cells.size(), true));
                lines++; // a last line without a line end still counts as a line
                return record();
            }
            char c = buf[pos];
            if (c == ',') {
                cells.add(takeField(cells.size(), false));
                pos++;
                if (cells.size() >= MAX_FIELDS) {
                    throw DataFormatException.atLine(fileName, recordStart, "has more than " + MAX_FIELDS + " fields:"
                            + " is this a UNHCR CSV file? (UNHCR's tables have about 20 columns)");
                }
                continue;
            }
            cells.add(takeField(cells.size(), cells.isEmpty()));
            endLine(c);
            return record();
        }
    }

    /**
     * The cells as an array. Data rows of the usual width share one array (the reader keeps no row), the header
     * and rows of another width get their own.
     */
    private String[] record() {
        if (kinds == null || cells.size() != kinds.length) {
            return cells.toArray(new String[0]);
        }
        if (row == null) {
            row = new String[kinds.length];
        }
        return cells.toArray(row);
    }

    /**
     * Reads one field, stopping before the comma or line end that ends it. Most fields are a run of ordinary
     * characters inside the buffer, taken from there ({@link #directStart}); others are built in {@link #field}.
     */
    private void readField() throws IOException, DataFormatException {
        field.setLength(0);
        directStart = -1;
        fieldUndecodable = false;
        boolean quoted = false;
        int linesInField = 0;
        while (true) {
            if (pos >= limit && !fill()) {
                if (quoted) {
                    throw unclosedQuote();
                }
                return;
            }
            int start = pos;
            if (!quoted) {
                while (pos < limit) {
                    char c = buf[pos];
                    if (c > ',' && c != '\uFFFD') {
                        pos++; // digits, letters, most punctuation: nothing to check
                        continue;
                    }
                    if (c == ',' || c == '\n' || c == '\r' || c == '"') {
                        break;
                    }
                    if (c == '\uFFFD' || c == '\0') {
                        undecodable = true;
                        fieldUndecodable = true;
                    }
                    pos++;
                }
                if (pos < limit && buf[pos] != '"' && field.length() == 0) {
                    directStart = start; // the field is buf[start, pos): no copy unless it is wanted
                    directEnd = pos;
                    return;
                }
                field.append(buf, start, pos - start);
                requireFieldLength();
                if (pos >= limit) {
                    continue;
                }
                if (buf[pos] != '"') {
                    return;
                }
                pos++;
                if (isBlank(field)) {
                    field.setLength(0); // an opening quote, after nothing or only spaces
                } else {
                    field.append('"'); // a quote inside an unquoted field opens a quoted run and is kept
                }
                quoted = true;
            } else {
                while (pos < limit) {
                    char c = buf[pos];
                    if (c == '"' || c == '\n' || c == '\r') {
                        break;
                    }
                    if (c == '\uFFFD' || c == '\0') {
                        undecodable = true;
                        fieldUndecodable = true;
                    }
                    pos++;
                }
                field.append(buf, start, pos - start);
                requireFieldLength();
                if (pos >= limit) {
                    continue;
                }
                char c = buf[pos];
                if (c == '"') {
                    pos++;
                    if (!peekAvailable()) {
                        return; // a closing quote at the end of the text
                    }
                    char next = buf[pos];
                    if (next == '"') {
                        field.append('"'); // "" inside quotes
                        pos++;
                        continue;
                    }
                    quoted = false;
                    if (next != ',' && next != '\n' && next != '\r') {
                        field.append('"'); // a closing quote followed by more text is kept
                    }
                } else {
                    endLine(c);
                    field.append('\n');
                    if (++linesInField > MAX_LINES_IN_FIELD) {
                        throw DataFormatException.atLine(fileName, recordStart, "a quoted field runs on for more than "
                                + MAX_LINES_IN_FIELD + " lines: is a quote (\") unbalanced?");
                    }
                }
            }
        }
    }

    private static boolean isBlank(CharSequence s) {
        for (int i = 0; i < s.length(); i++) {
            if (!Character.isWhitespace(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private void requireFieldLength() throws DataFormatException {
        if (field.length() > MAX_FIELD_CHARS) {
            throw DataFormatException.atLine(fileName, recordStart, "has a field longer than " + MAX_FIELD_CHARS
                    + " characters (" + (undecodable ? "NUL bytes or text that is not UTF-8" : "no comma or line end")
                    + " for " + (MAX_FIELD_CHARS >> 20) + " M characters): is this a UNHCR CSV file?");
        }
    }

    private DataFormatException unclosedQuote() {
        return DataFormatException.atLine(fileName, recordStart, "a quoted field is never closed (unbalanced \")");
    }

    /** Consumes a line end at {@link #pos} (CR, LF or CRLF) and counts the line. */
    private void endLine(char c) throws IOException {
        pos++;
        lines++;
        if (c == '\r' && peekAvailable() && buf[pos] == '\n') {
            pos++;
        }
    }

    private boolean peekAvailable() throws IOException {
        return pos < limit || fill();
    }

    /** The field just read, as its column's kind asks (see {@link #setColumns}), added to the fingerprint. */
    private String takeField(int column, boolean whole) {
        long h = fingerprint;
        String text;
        if (directStart >= 0) {
            int start = directStart;
            int end = directEnd;
            for (int i = start; i < end; i++) {
                h = RowFingerprints.add(h, buf[i]);
            }
            byte kind = whole || fieldUndecodable || kinds == null || column >= kinds.length ? TEXT : kinds[column];
            text = switch (kind) {
                case SKIP -> "";
                case NUMBER -> plainNumber(column, start, end) ? null : new String(buf, start, end - start);
                case CODE -> code(start, end);
                case SHARED -> shared(start, end);
                default -> new String(buf, start, end - start);
            };
        } else {
            for (int i = 0, n = field.length(); i < n; i++) {
                h = RowFingerprints.add(h, field.charAt(i));
            }
            boolean skip = !whole && !fieldUndecodable && kinds != null && column < kinds.length && kinds[column] == SKIP;
            text = skip ? "" : field.toString();
        }
        fingerprint = RowFingerprints.endCell(h);
        return text;
    }

    /** Whether buf[start, end) is 1 to 18 ASCII digits; if so, stores its value for {@link #number}. */
    private boolean plainNumber(int column, int start, int end) {
        int n = end - start;
        if (n == 0 || n > 18) {
            return false;
        }
        long value = 0;
        for (int i = start; i < end; i++) {
            int d = buf[i] - '0';
            if (d < 0 || d > 9) {
                return false;
            }
            value = value * 10 + d;
        }
        numbers[column] = value;
        digits[column] = n;
        return true;
    }

    /** buf[start, end) as the String kept from an earlier cell with the same text, if it is still cached. */
    private String shared(int start, int end) {
        int h = 0;
        for (int i = start; i < end; i++) {
            h = 31 * h + buf[i];
        }
        int slot = (h ^ (h >>> 16)) & (sharedTexts.length - 1);
        String known = sharedTexts[slot];
        int n = end - start;
        if (known != null && known.length() == n) {
            boolean same = true;
            for (int i = 0; i < n && same; i++) {
                same = known.charAt(i) == buf[start + i];
            }
            if (same) {
                return known;
            }
        }
        String text = new String(buf, start, n);
        sharedTexts[slot] = text;
        return text;
    }

    /** Three capital letters as one shared String per code; anything else as a new String. */
    private String code(int start, int end) {
        if (end - start == 3) {
            int a = buf[start] - 'A';
            int b = buf[start + 1] - 'A';
            int c = buf[start + 2] - 'A';
            if (a >= 0 && a < 26 && b >= 0 && b < 26 && c >= 0 && c < 26) {
                int i = (a * 26 + b) * 26 + c;
                String shared = codes[i];
                if (shared == null) {
                    shared = new String(buf, start, 3);
                    codes[i] = shared;
                }
                return shared;
            }
        }
        return new String(buf, start, end - start);
    }

    /** Refills the buffer once everything in it has been consumed; false at the end of the text. */
    private boolean fill() throws IOException {
        if (eof) {
            return false;
        }
        int n = in.read(buf, 0, buf.length);
        while (n == 0) {
            n = in.read(buf, 0, buf.length);
        }
        if (n < 0) {
            eof = true;
            pos = limit = 0;
            return false;
        }
        pos = 0;
        limit = n;
        return true;
    }
}
