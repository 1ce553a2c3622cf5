package org.asylumtrends.data;

import java.util.Optional;

/**
 * Input that cannot be read as UNHCR data. The message names the file and, where there is one, the line,
 * the column and the offending value, so that a user can open the file and fix it.
 */
public final class DataFormatException extends Exception {
    private final String file;
    private final long line;
    private final String column;
    private final String value;
    /** For a repeated key whose earlier line is not yet known: the key's fingerprint, to find it; else 0. */
    private final long repeatedKey;

    private DataFormatException(String file, long line, String column, String value, String message) {
        this(file, line, column, value, message, 0);
    }

    private DataFormatException(String file, long line, String column, String value, String message, long repeatedKey) {
        super(message);
        this.file = file;
        this.line = line;
        this.column = column;
        this.value = value;
        this.repeatedKey = repeatedKey;
    }

    /** A key seen before on a line still to be found (see {@link #withEarlierLine}). */
    static DataFormatException repeatedKey(String file, long line, String problem, long fingerprint) {
        return new DataFormatException(file, line, null, null, file + ", line " + line + ": " + problem, fingerprint);
    }

    long repeatedKeyFingerprint() {
        return repeatedKey;
    }

    /** The same error with the earlier line named in place of "an earlier line". */
    DataFormatException withEarlierLine(long earlier) {
        return new DataFormatException(file, line, null, null, getMessage().replaceFirst(
                UnhcrCsvReader.EARLIER_LINE, "line " + earlier), 0);
    }

    /** A bad value in a cell. */
    public static DataFormatException atCell(String file, long line, String column, String value, String problem) {
        return new DataFormatException(file, line, column, value,
                file + ", line " + line + ", column '" + column + "': '" + abbreviate(value) + "' " + problem);
    }

    /** A problem with a whole line, such as a wrong number of fields. */
    public static DataFormatException atLine(String file, long line, String problem) {
        return new DataFormatException(file, line, null, null, file + ", line " + line + ": " + problem);
    }

    /** A problem with the file as a whole, such as a header that lacks required columns. */
    public static DataFormatException inFile(String file, String problem) {
        return new DataFormatException(file, 0, null, null, file + ": " + problem);
    }

    public String file() {
        return file;
    }

    /** The 1-based line, or 0 when the problem is not on one line. */
    public long line() {
        return line;
    }

    public Optional<String> column() {
        return Optional.ofNullable(column);
    }

    public Optional<String> value() {
        return Optional.ofNullable(value);
    }

    static String abbreviate(String value) {
        String printable = value.replaceAll("\\p{Cntrl}", "?");
        return printable.length() <= 40 ? printable : printable.substring(0, 37) + "...";
    }
}
