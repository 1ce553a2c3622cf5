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
    private String direct;
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

    /** The next record's cells (a blank line is one empty cell), or null at the end of the text. */
    String[] next() throws IOException, DataFormatException {
        if (pos >= limit && !fill()) {
            return null;
        }
        cells.clear();
        undecodable = false;
        recordStart = lines + 1;
        while (true) {
            readField();
            // readField stops at a comma, a line end or the end of the text.
            if (pos >= limit && !fill()) {
                cells.add(takeField());
                lines++; // a last line without a line end still counts as a line
                return cells.toArray(new String[0]);
            }
            char c = buf[pos];
            if (c == ',') {
                pos++;
                cells.add(takeField());
                continue;
            }
            cells.add(takeField());
            endLine(c);
            return cells.toArray(new String[0]);
        }
    }

    /**
     * Reads one field, stopping before the comma or line end that ends it. Most fields are a run of ordinary
     * characters inside the buffer and become a String in one copy ({@link #direct}); others go through
     * {@link #field}.
     */
    private void readField() throws IOException, DataFormatException {
        field.setLength(0);
        direct = null;
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
                    }
                    pos++;
                }
                if (pos < limit && buf[pos] != '"' && field.length() == 0) {
                    direct = new String(buf, start, pos - start);
                    return;
                }
                field.append(buf, start, pos - start);
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
                    }
                    pos++;
                }
                field.append(buf, start, pos - start);
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

    private String takeField() {
        return direct != null ? direct : field.toString();
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
