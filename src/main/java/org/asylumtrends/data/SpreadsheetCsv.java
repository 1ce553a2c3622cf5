package org.asylumtrends.data;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The one CSV writer for everything the app writes as CSV, the window's table export and the command line's
 * {@code summary} and {@code claims} alike. Text that a spreadsheet would run as a formula (starting with =, +, -,
 * @, a tab or a carriage return) gets an apostrophe in front: country names come from files anyone can write, and
 * a cell such as {@code =HYPERLINK(...)} must stay text. A plain number ("-5", "0.4265") is left as it is. Lines
 * end in LF; fields are quoted only where they need it.
 */
public final class SpreadsheetCsv {
    private static final Pattern PLAIN_NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");
    private final CsvWriter csv;

    public SpreadsheetCsv(Writer out) {
        // FastCSV quotes a field only when it holds a comma, a quote or a line end (and a first field starting
        // with '#', which some readers take for a comment); a quote inside becomes "".
        this.csv = CsvWriter.builder().fieldSeparator(',').quoteCharacter('"').lineDelimiter(LineDelimiter.LF)
                .build(out);
    }

    public void row(String... cells) {
        String[] safe = new String[cells.length];
        for (int i = 0; i < cells.length; i++) {
            safe[i] = safeCell(cells[i]);
        }
        csv.writeRecord(safe);
    }

    public void row(List<String> cells) {
        row(cells.toArray(String[]::new));
    }

    /** Passes what was written on; errors stay with the writer given (a PrintWriter keeps them for checkError). */
    public void flush() {
        try {
            csv.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Neutralises spreadsheet formulas: "=1+1" becomes "'=1+1"; "-5" stays a number. */
    public static String safeCell(String cell) {
        if (cell == null) {
            return "";
        }
        if (!cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0 && !PLAIN_NUMBER.matcher(cell).matches()) {
            return "'" + cell;
        }
        return cell;
    }
}
