package org.asylumtrends.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.asylumtrends.data.AsylumDataset;
import org.asylumtrends.data.DataFormatException;
import org.asylumtrends.data.EraTable;
import org.asylumtrends.data.SpreadsheetCsv;
import org.asylumtrends.data.claims.ClaimResult;
import org.asylumtrends.data.claims.ClaimsCheck;
import org.asylumtrends.data.claims.ClaimsTable;
import org.asylumtrends.data.claims.ClaimsText;
import org.asylumtrends.text.AppLocale;
import org.asylumtrends.text.Messages;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code claims}: each of the article's claims beside what the data say, with a verdict and an explanation. */
@Command(name = "claims", mixinStandardHelpOptions = true, sortOptions = false)
public final class ClaimsCommand implements Callable<Integer> {
    /** Column widths of the text table; longer cells wrap within their column. */
    private static final int[] WIDTHS = {32, 18, 28, 30, 20};
    private static final String GAP = "  ";

    @Spec
    CommandSpec spec;

    @Mixin
    DataOptions data;

    @Option(names = "--format", paramLabel = "text|csv", defaultValue = "text",
            descriptionKey = "claims.format")
    String format;

    @Option(names = "--claims", paramLabel = "F",
            descriptionKey = "claims.claims")
    java.nio.file.Path claimsFile;

    @Override
    public Integer call() throws DataFormatException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try {
            boolean csv = switch (format.strip().toLowerCase(Locale.ROOT)) {
                case "text" -> false;
                case "csv" -> true;
                default -> throw CommandFailure.of("cli.claims.unknownFormat", format);
            };
            AsylumDataset dataset = data.load();
            // The era table and the claims ship in the jar: if they cannot be read, the installation is damaged
            // (exit 1), which is not the user's input.
            List<ClaimResult> results = ClaimsCheck.check(claims(), dataset, EraTable.loadBundled());
            if (csv) {
                // Machine output: figures as a program reads them (12362), whatever the user's locale.
                writeCsv(out, results, ClaimsText.forMachineOutput());
            } else {
                writeText(out, results, new ClaimsText(AppLocale.current()), dataset);
            }
            out.flush();
            return 0;
        } catch (CommandFailure e) {
            err.println("asylum-trends claims: " + e.getMessage());
            return AsylumTrendsCommand.BAD_INPUT;
        }
    }

    /** The user's table, whose errors are bad input (exit 2), or the bundled one. */
    private List<org.asylumtrends.data.claims.Claim> claims() throws DataFormatException, CommandFailure {
        if (claimsFile == null) {
            return ClaimsTable.loadBundled();
        }
        try {
            return ClaimsTable.read(claimsFile);
        } catch (DataFormatException e) {
            throw new CommandFailure(org.asylumtrends.text.Messages.describe(e));
        } catch (java.io.IOException e) {
            throw CommandFailure.of("cli.cannotRead", claimsFile + ": " + e.getMessage());
        }
    }

    private static void writeCsv(PrintWriter out, List<ClaimResult> results, ClaimsText text) {
        SpreadsheetCsv csv = new SpreadsheetCsv(out);
        csv.row("id", "claim", "article_figure", "data_figure", "measure", "verdict", "explanation");
        for (ClaimResult r : results) {
            csv.row(r.claim().id(), r.claim().text(), text.format(r.articleFigure()), text.format(r.dataFigure()),
                    text.format(r.measureUsed()), r.verdict().id(), text.explanation(r));
        }
    }

    private static void writeText(PrintWriter out, List<ClaimResult> results, ClaimsText text, AsylumDataset data) {
        int tableWidth = GAP.length() * (WIDTHS.length - 1);
        for (int w : WIDTHS) {
            tableWidth += w;
        }
        for (String line : wrap(text.format(org.asylumtrends.data.claims.Message.of("title",
                Messages.credit(data.metadata()))), tableWidth)) {
            out.println(line);
        }
        out.println();
        String[] headings = {text.text("column.claim"), text.text("column.article"), text.text("column.data"),
                text.text("column.measure"), text.text("column.verdict")};
        printRow(out, headings);
        String[] rules = new String[WIDTHS.length];
        for (int i = 0; i < WIDTHS.length; i++) {
            rules[i] = "-".repeat(WIDTHS[i]);
        }
        printRow(out, rules);
        for (int n = 0; n < results.size(); n++) {
            ClaimResult r = results.get(n);
            printRow(out, new String[] {(n + 1) + ". " + r.claim().text(org.asylumtrends.text.AppLocale.current()), text.format(r.articleFigure()),
                    text.format(r.dataFigure()), text.format(r.measureUsed()), text.verdict(r.verdict())});
            for (String line : wrap(text.explanation(r), tableWidth - 4)) {
                out.println("    " + line);
            }
            out.println();
        }
        for (String line : wrap(text.rule(), tableWidth)) {
            out.println(line);
        }
    }

    /** One table row: each cell wrapped to its column, the row as tall as its tallest cell. */
    private static void printRow(PrintWriter out, String[] cells) {
        List<List<String>> wrapped = new ArrayList<>();
        int height = 1;
        for (int i = 0; i < cells.length; i++) {
            List<String> lines = wrap(cells[i], WIDTHS[i]);
            wrapped.add(lines);
            height = Math.max(height, lines.size());
        }
        for (int line = 0; line < height; line++) {
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < cells.length; i++) {
                List<String> lines = wrapped.get(i);
                String part = line < lines.size() ? lines.get(line) : "";
                sb.append(i == cells.length - 1 ? part : pad(part, WIDTHS[i]) + GAP);
            }
            out.println(sb.toString().stripTrailing());
        }
    }

    private static String pad(String s, int width) {
        return s.length() >= width ? s : s + " ".repeat(width - s.length());
    }

    /** Word-wraps text to lines of at most {@code width} characters; a longer word is cut. */
    static List<String> wrap(String text, int width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.strip().split("\\s+")) {
            while (word.length() > width) {
                if (line.length() > 0) {
                    lines.add(line.toString());
                    line.setLength(0);
                }
                lines.add(word.substring(0, width));
                word = word.substring(width);
            }
            if (line.length() > 0 && line.length() + 1 + word.length() > width) {
                lines.add(line.toString());
                line.setLength(0);
            }
            if (line.length() > 0) {
                line.append(' ');
            }
            line.append(word);
        }
        if (line.length() > 0 || lines.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }
}
