package org.asylumtrends.data;

import java.util.Optional;

/**
 * Input that cannot be read as UNHCR data. It names the file and, where there is one, the line, the column and
 * the offending value, so that a user can open the file and fix it. The problem is a {@link DataMessage}: the
 * {@code text} package renders the whole message in the user's language ({@code Messages.describe}), with the
 * file, line and column in it; {@link #getMessage()} is only a key-and-arguments form for logs.
 */
public final class DataFormatException extends Exception {
    /** Stands in a repeated-key problem for the earlier line until it is found ({@link #withEarlierLine}). */
    static final DataMessage EARLIER_LINE = DataMessage.of("input.error.earlierLine");

    private final String file;
    private final long line;
    private final String column;
    private final String value;
    private final DataMessage problem;
    /** For a repeated key whose earlier line is not yet known: the key's fingerprint, to find it; else 0. */
    private final long repeatedKey;

    private DataFormatException(String file, long line, String column, String value, DataMessage problem,
                                long repeatedKey) {
        super(file + (line > 0 ? ", line " + line : "") + (column != null ? ", column " + column : "") + ": " + problem);
        this.file = file;
        this.line = line;
        this.column = column;
        this.value = value;
        this.problem = problem;
        this.repeatedKey = repeatedKey;
    }

    /** A key seen before on a line still to be found (see {@link #withEarlierLine}). */
    static DataFormatException repeatedKey(String file, long line, DataMessage problem, long fingerprint) {
        return new DataFormatException(file, line, null, null, problem, fingerprint);
    }

    long repeatedKeyFingerprint() {
        return repeatedKey;
    }

    /** The same error with the earlier line named in place of "an earlier line". */
    DataFormatException withEarlierLine(long earlier) {
        DataMessage named = DataMessage.of("input.error.lineNumber", earlier);
        return new DataFormatException(file, line, null, null, new DataMessage(problem.key(),
                problem.args().stream().map(a -> a.equals(EARLIER_LINE) ? named : a).toList()), 0);
    }

    /** A bad value in a cell. */
    public static DataFormatException atCell(String file, long line, String column, String value, DataMessage problem) {
        return new DataFormatException(file, line, column, value, problem, 0);
    }

    /** A problem with a whole line, such as a wrong number of fields. */
    public static DataFormatException atLine(String file, long line, DataMessage problem) {
        return new DataFormatException(file, line, null, null, problem, 0);
    }

    /** A problem with the file as a whole, such as a header that lacks required columns. */
    public static DataFormatException inFile(String file, DataMessage problem) {
        return new DataFormatException(file, 0, null, null, problem, 0);
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

    /** The offending value as written in the file; {@link #shownValue} is what a message shows of it. */
    public Optional<String> value() {
        return Optional.ofNullable(value);
    }

    /** What is wrong, without the file, line and column. */
    public DataMessage problem() {
        return problem;
    }

    /** The value as a message shows it: control characters as '?', at most 40 characters. */
    public Optional<String> shownValue() {
        return value().map(DataFormatException::abbreviate);
    }

    static String abbreviate(String value) {
        String printable = value.replaceAll("\\p{Cntrl}", "?");
        return printable.length() <= 40 ? printable : printable.substring(0, 37) + "...";
    }
}
