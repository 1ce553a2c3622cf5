package org.asylumtrends.data;

import de.siegmar.fastcsv.reader.AbstractBaseCsvCallbackHandler;
import de.siegmar.fastcsv.reader.CloseableIterator;
import de.siegmar.fastcsv.reader.CommentStrategy;
import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.RecordWrapper;
import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.Arrays;

/**
 * Splits CSV text into records of cells, as UNHCR, R and spreadsheet programs write it (RFC 4180), with
 * FastCSV: comma separated, fields optionally in double quotes with {@code ""} for a quote inside, records ended
 * by LF, CRLF or a lone CR (mixed too), no comments, blank lines skipped. FastCSV hands each field over as a
 * slice of its {@code char[]} buffer with the line its record started on; this class turns the slices into cells
 * by their column's use ({@link #setColumns}), so a 200 MB table is read without a String per line or per number.
 *
 * <p>What FastCSV does not do, and the app's messages need, is done here, in the callback and nowhere else:
 * <ul>
 *   <li>an <b>unbalanced quote</b>. FastCSV reads a quoted field that is never closed to the end of the file
 *   without complaint, and takes a quote inside an unquoted field ({@code CH"N}) as a character. The reader appends
 *   a marker after the text ({@link #END_MARK}): a field that is still open at the end swallows it, and is reported
 *   with the line it started on. A quote inside an unquoted field opens a quoted run, as it always has here:
 *   FastCSV ends that field at the next comma, so the pieces are joined again until the run closes; a run still
 *   open at the end of its line is reported the same way (the old splitter read on into the next lines, up to
 *   the same message);</li>
 *   <li>a quoted field spanning more than {@link #MAX_LINES_IN_FIELD} lines (one stray quote would otherwise pull
 *   a large file into one field), more than {@link #MAX_FIELDS} fields, a field longer than
 *   {@link #MAX_FIELD_CHARS} (FastCSV's own buffer limit, same size, turned into this message);</li>
 *   <li>the old leniency for quotes that are not at the start of a field: spaces before an opening quote are
 *   dropped, a quote inside an unquoted field and one that closes a section but is not followed by a comma or a
 *   line end are kept ({@link #looseQuotes}); line ends inside quotes become {@code \n}.</li>
 * </ul>
 */
final class CsvRecords {
    static final int MAX_LINES_IN_FIELD = 100;
    /** A UNHCR table has about 20 columns; a line of millions of commas is not one, and would fill the memory. */
    static final int MAX_FIELDS = 10_000;
    /** Far beyond any name (1 MB names are read); a run of NULs or one endless line is stopped here. FastCSV's
     *  own limit on its buffer (and so on one field) is the same 16 M characters. */
    static final int MAX_FIELD_CHARS = 1 << 24;
    /** Appended after the text: a line end and two noncharacters no UNHCR file holds; see the class comment. */
    static final String END_MARK = "\n\uFFFE\uFDD0";
    private static final String MARK_LINE = END_MARK.substring(1);

    /** How {@link #next} returns a column's cells; see {@link #setColumns}. */
    static final byte SKIP = 0;
    static final byte TEXT = 1;
    static final byte NUMBER = 2;
    static final byte CODE = 3;
    static final byte SHARED = 4;

    private final String fileName;
    private final MarkedReader text;
    private final Cells cells = new Cells();
    private final CloseableIterator<String[]> records;

    CsvRecords(Reader in, String fileName) {
        this.fileName = fileName;
        this.text = new MarkedReader(in);
        this.records = CsvReader.builder()
                .fieldSeparator(',')
                .quoteCharacter('"')
                .commentStrategy(CommentStrategy.NONE)
                .skipEmptyLines(true)
                .ignoreDifferentFieldCount(true) // the reader says which line has how many fields
                .acceptCharsAfterQuotes(true)
                .build(cells, text)
                .iterator();
    }

    /** Physical lines read so far, counting the line end of the last record: the last record's last line. */
    long linesRead() {
        return cells.lastLine;
    }

    /** The line the last record started on. */
    long lastRecordStart() {
        return cells.start;
    }

    /** Whether the last record holds U+FFFD (bytes that were not UTF-8) or NUL; rare, so checked in one pass. */
    boolean lastRecordHasUndecodableText() {
        return cells.undecodable;
    }

    /** The {@link RowFingerprints} fingerprint of the last record's cells, skipped ones included. */
    long lastRecordFingerprint() {
        return cells.fingerprint;
    }

    /**
     * From now on, returns cells by their column's kind, so that a million-row table does not become ten million
     * Strings: {@link #SKIP} columns (the reader does not use them; a raw UNHCR table has up to 16 columns and the
     * app reads 7 to 10) come back as ""; a {@link #NUMBER} cell of plain ASCII digits comes back as null with its
     * value in {@link #number}; a {@link #CODE} cell of three capital letters comes back as one shared String per
     * code, and a {@link #SHARED} cell (country names, which repeat on every row) as a String shared with earlier
     * cells of the same text. Anything else, a cell with undecodable text, and the only cell of a one-cell record
     * (a blank or broken line) come back as Strings, so that messages can quote them.
     */
    void setColumns(byte[] kinds) {
        cells.kinds = kinds.clone();
        if (cells.kinds.length > 0 && cells.kinds[0] == SKIP) {
            cells.kinds[0] = TEXT; // a one-cell record must be quotable; see Cells.buildRecord
        }
        cells.numbers = new long[kinds.length];
        cells.digits = new int[kinds.length];
        cells.row = null;
    }

    /** The value of a NUMBER cell that {@link #next} returned as null. */
    long number(int column) {
        return cells.numbers[column];
    }

    /** The text of a NUMBER cell that {@link #next} returned as null, leading zeros included. */
    String numberText(int column) {
        String plain = Long.toString(cells.numbers[column]);
        return "0".repeat(Math.max(0, cells.digits[column] - plain.length())) + plain;
    }

    /** The number of digits of a NUMBER cell that {@link #next} returned as null. */
    int digits(int column) {
        return cells.digits[column];
    }

    /** The next record's cells, or null at the end of the text. Blank lines are skipped. */
    String[] next() throws IOException, DataFormatException {
        try {
            while (records.hasNext()) {
                String[] record = records.next();
                if (!cells.endMark) {
                    return record;
                }
            }
            return null;
        } catch (UncheckedIOException e) {
            throw e.getCause();
        } catch (CsvParseException e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof Refused refused) {
                    throw refused.error;
                }
                if (t instanceof CsvParseException && t.getMessage() != null
                        && t.getMessage().startsWith("The maximum buffer size")) {
                    throw fieldTooLong(cells.undecodable || text.lastReadUndecodable());
                }
                // FastCSV wraps whatever its reader throws: a cancelled load stays a cancelled load.
                if (t instanceof RuntimeException r && !(t instanceof CsvParseException)) {
                    throw r;
                }
                if (t instanceof Error error) {
                    throw error;
                }
            }
            throw DataFormatException.atLine(fileName, cells.start, DataMessage.of("input.error.notCsv",
                    String.valueOf(e.getMessage())));
        }
    }

    private DataFormatException fieldTooLong(boolean undecodable) {
        return DataFormatException.atLine(fileName, cells.start, DataMessage.of("input.error.fieldTooLong",
                MAX_FIELD_CHARS, DataMessage.of(undecodable ? "input.error.fieldTooLong.undecodable"
                        : "input.error.fieldTooLong.noSeparator"), MAX_FIELD_CHARS >> 20));
    }

    /** A message thrown from inside FastCSV's callback, which cannot throw checked exceptions. */
    private static final class Refused extends RuntimeException {
        final DataFormatException error;

        Refused(DataFormatException error) {
            super(null, null, false, false);
            this.error = error;
        }
    }

    /** FastCSV's callback: turns each field slice into a cell, checks the limits, and knows each record's lines. */
    private final class Cells extends AbstractBaseCsvCallbackHandler<String[]> {
        byte[] kinds;
        long[] numbers;
        int[] digits;
        /** Data rows of the usual width share one array (the reader keeps no row). */
        String[] row;
        private String[] cells = new String[32];
        private final String[] codes = new String[26 * 26 * 26];
        private final String[] sharedTexts = new String[4096];
        long start;
        long lastLine;
        boolean undecodable;
        long fingerprint;
        /** The record is the line {@link #END_MARK} added after the text: not part of the file. */
        boolean endMark;
        /** Cells of this record so far: FastCSV's fields, less those merged into a run of {@link #pending}. */
        private int count;
        /** An unquoted field whose quote opened a run still open at FastCSV's comma, as written; see looseQuotes. */
        private StringBuilder pending;
        private int pendingQuotes;
        private boolean pendingBad;

        @Override
        protected void handleBegin(long startingLineNumber) {
            start = startingLineNumber;
            lastLine = startingLineNumber;
            undecodable = false;
            fingerprint = RowFingerprints.START;
            endMark = false;
            count = 0;
            pending = null;
            pendingBad = false;
        }

        @Override
        protected void handleField(int index, char[] buf, int offset, int len, boolean quoted) {
            if (index >= MAX_FIELDS) {
                throw refuse(DataMessage.of("input.error.tooManyFields", MAX_FIELDS));
            }
            if (count == cells.length) {
                cells = Arrays.copyOf(cells, count * 2);
            }
            // One pass for the fingerprint and for what needs a closer look: NUL or U+FFFD, quotes, line ends.
            long h = fingerprint;
            boolean bad = false;
            int quotes = 0;
            int lineEnds = 0;
            int end = offset + len;
            for (int i = offset; i < end; i++) {
                char c = buf[i];
                h = RowFingerprints.add(h, c);
                if (c <= '"') {
                    if (c == '"') {
                        quotes++;
                    } else if (c == '\n' || c == '\r') {
                        lineEnds++;
                    } else if (c == '\0') {
                        bad = true;
                    }
                } else if (c == '\uFFFD') {
                    bad = true;
                }
            }
            undecodable |= bad;
            pendingBad |= bad;
            String content = quoted && lineEnds > 0 ? quotedLines(buf, offset, len) : null;
            if (pending != null) {
                // Inside a quoted run that an earlier quote of this field opened: FastCSV split it at this comma.
                pending.append(',');
                if (quoted) {
                    String inner = content != null ? content : new String(buf, offset, len);
                    pending.append('"').append(inner.replace("\"", "\"\"")).append('"');
                } else {
                    pending.append(buf, offset, len);
                    pendingQuotes += quotes;
                }
                if (pendingQuotes % 2 == 0) {
                    put(looseQuotes(pending), pendingBad);
                    pending = null;
                }
                return;
            }
            if (!quoted && quotes > 0) {
                if (quotes % 2 != 0) {
                    pending = new StringBuilder(len + 16).append(buf, offset, len); // a run FastCSV does not see
                    pendingQuotes = quotes;
                    pendingBad = bad;
                    return;
                }
                content = looseQuotes(new StringBuilder(len).append(buf, offset, len));
            }
            if (content != null) {
                put(content, bad);
            } else {
                cells[count] = cell(count, bad, buf, offset, end);
                count++;
                fingerprint = RowFingerprints.endCell(h);
            }
        }

        /** Adds a cell that was rebuilt from its text (quotes or line ends), fingerprinted as rebuilt. */
        private void put(String text, boolean bad) {
            long h = fingerprint;
            for (int i = 0; i < text.length(); i++) {
                h = RowFingerprints.add(h, text.charAt(i));
            }
            fingerprint = RowFingerprints.endCell(h);
            cells[count] = skipped(count, bad) ? "" : text;
            count++;
        }

        /** A quoted field with line ends: the end mark (never closed), too many lines, or CR/CRLF made \n. */
        private String quotedLines(char[] buf, int offset, int len) {
            String field = new String(buf, offset, len);
            boolean open = text.markSent && field.endsWith(END_MARK);
            if (open) {
                field = field.substring(0, field.length() - END_MARK.length());
            }
            String lines = field.replace("\r\n", "\n").replace('\r', '\n');
            int lineEnds = 0;
            for (int i = 0; i < lines.length(); i++) {
                if (lines.charAt(i) == '\n') {
                    lineEnds++;
                }
            }
            if (lineEnds > MAX_LINES_IN_FIELD) {
                throw refuse(DataMessage.of("input.error.quotedFieldTooLong", MAX_LINES_IN_FIELD));
            }
            if (open) {
                throw unclosedQuote();
            }
            lastLine += lineEnds;
            return lines;
        }

        private boolean skipped(int index, boolean bad) {
            return !bad && kinds != null && index < kinds.length && kinds[index] == SKIP;
        }

        private String cell(int index, boolean bad, char[] buf, int start, int end) {
            byte kind = bad || kinds == null || index >= kinds.length ? TEXT : kinds[index];
            return switch (kind) {
                case SKIP -> "";
                case NUMBER -> plainNumber(index, buf, start, end) ? null : new String(buf, start, end - start);
                case CODE -> code(buf, start, end);
                case SHARED -> shared(buf, start, end);
                default -> new String(buf, start, end - start);
            };
        }

        @Override
        protected RecordWrapper<String[]> buildRecord() {
            if (pending != null) {
                throw unclosedQuote(); // a quote opened a run that this line does not close
            }
            int n = count;
            if (n == 1) {
                if (text.markSent && MARK_LINE.equals(cells[0])) {
                    endMark = true;
                } else if (cells[0] == null) {
                    cells[0] = numberText(0); // the only cell of a record is quoted by messages: its text
                }
            }
            String[] record;
            if (kinds != null && n == kinds.length) {
                if (row == null) {
                    row = new String[n];
                }
                record = row;
            } else {
                record = new String[n];
            }
            System.arraycopy(cells, 0, record, 0, n);
            return wrapRecord(record);
        }

        private Refused refuse(DataMessage message) {
            return new Refused(DataFormatException.atLine(fileName, start, message));
        }

        private Refused unclosedQuote() {
            return refuse(DataMessage.of("input.error.unclosedQuote"));
        }

        /** Whether buf[start, end) is 1 to 18 ASCII digits; if so, stores its value for {@link #number}. */
        private boolean plainNumber(int column, char[] buf, int start, int end) {
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
        private String shared(char[] buf, int start, int end) {
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
        private String code(char[] buf, int start, int end) {
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
    }

    /**
     * An unquoted field (as FastCSV splits it, joined again where a quote spans commas), read as the app always
     * has: spaces before an opening quote are dropped ({@code  "CHN"} is CHN), a quote after other text opens a
     * quoted run and is kept ({@code CH"N"} is read as {@code CH"N}), {@code ""} inside a run is one quote, and a
     * quote that closes a run is kept unless it ends the field. FastCSV only knows quotes at the start of a field.
     */
    static String looseQuotes(CharSequence text) {
        StringBuilder field = new StringBuilder(text.length());
        boolean quoted = false;
        int end = text.length();
        for (int i = 0; i < end; i++) {
            char c = text.charAt(i);
            if (!quoted) {
                if (c == '"') {
                    if (field.toString().isBlank()) {
                        field.setLength(0); // an opening quote, after nothing or only spaces
                    } else {
                        field.append('"');
                    }
                    quoted = true;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                if (i + 1 < end && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else {
                    quoted = false;
                    if (i + 1 < end) {
                        field.append('"'); // a closing quote followed by more text is kept
                    }
                }
            } else {
                field.append(c);
            }
        }
        return field.toString();
    }

    /**
     * The text, then {@link #END_MARK}. Also remembers the last chunk it passed on, so that a field too long for
     * FastCSV's buffer can be told apart as NUL bytes or undecodable text (checked only then).
     */
    private static final class MarkedReader extends FilterReader {
        boolean markSent;
        private boolean done;
        private char[] last;
        private int lastOff;
        private int lastLen;

        MarkedReader(Reader in) {
            super(in);
        }

        @Override
        public int read(char[] cbuf, int off, int len) throws IOException {
            if (done) {
                return -1;
            }
            if (!markSent) {
                int n = in.read(cbuf, off, len);
                if (n >= 0) {
                    last = cbuf;
                    lastOff = off;
                    lastLen = n;
                    return n;
                }
                markSent = true;
            }
            int n = Math.min(len, END_MARK.length());
            END_MARK.getChars(0, n, cbuf, off); // FastCSV asks for 8 K at a time: the mark fits at once
            done = true;
            return n;
        }

        @Override
        public int read() throws IOException {
            char[] one = new char[1];
            return read(one, 0, 1) < 0 ? -1 : one[0];
        }

        boolean lastReadUndecodable() {
            if (last == null) {
                return false;
            }
            for (int i = lastOff; i < lastOff + lastLen; i++) {
                if (last[i] == '\0' || last[i] == '\uFFFD') {
                    return true;
                }
            }
            return false;
        }
    }
}
