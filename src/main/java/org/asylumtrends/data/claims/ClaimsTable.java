package org.asylumtrends.data.claims;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.asylumtrends.data.DataFormatException;
import org.asylumtrends.data.DataMessage;
import org.asylumtrends.data.InvalidValueException;
import org.asylumtrends.data.SmallTable;
import org.asylumtrends.data.Measure;
import org.asylumtrends.data.Vintage;

/**
 * The article's claims, read from {@code claims.csv} (id, claim, article_figure, check, measure, release,
 * parameters). The table holds only what the article says and how to check it; the data's figures are computed.
 */
public final class ClaimsTable {
    public static final String BUNDLED = "/assets/claims.csv";
    private static final List<String> HEADER =
            List.of("id", "claim", "article_figure", "check", "measure", "release", "parameters");
    /** The bundled table's shape: the claim in Chinese and Korean after the English columns (issue 18). */
    private static final List<String> HEADER_TRANSLATED =
            List.of("id", "claim", "article_figure", "check", "measure", "release", "parameters", "claim_zh", "claim_ko");

    private ClaimsTable() {
    }

    /** The claims of the Safeguard Defenders article, shipped in the jar. */
    public static List<Claim> loadBundled() throws DataFormatException {
        try (InputStream in = ClaimsTable.class.getResourceAsStream(BUNDLED)) {
            if (in == null) {
                throw DataFormatException.inFile("claims.csv", DataMessage.of("input.error.missingFromApp"));
            }
            return read(in, "claims.csv");
        } catch (IOException e) {
            throw DataFormatException.inFile("claims.csv", DataMessage.of("input.error.cannotRead", String.valueOf(e.getMessage())));
        }
    }

    public static List<Claim> read(InputStream in, String fileName) throws IOException, DataFormatException {
        List<Claim> claims = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        byte[] bytes = in.readAllBytes(); // a few lines: read twice if it has the shorter, English-only header
        List<SmallTable.Row> rows;
        try {
            rows = SmallTable.read(new java.io.ByteArrayInputStream(bytes), fileName, HEADER_TRANSLATED);
        } catch (DataFormatException englishOnly) {
            rows = SmallTable.read(new java.io.ByteArrayInputStream(bytes), fileName, HEADER);
        }
        for (SmallTable.Row row : rows) {
            String[] r = row.cells().clone();
            for (int i = 0; i < r.length; i++) {
                r[i] = unguarded(r[i]);
            }
            long line = row.line();
            CheckKind check = CheckKind.byId(r[3]).orElseThrow(() -> DataFormatException.atCell(fileName, line,
                    "check", r[3], DataMessage.of("input.error.unknownCheck")));
            Measure measure = r[4].isBlank() ? null : Measure.byId(r[4]).orElseThrow(() ->
                    DataFormatException.atCell(fileName, line, "measure", r[4], DataMessage.of("input.error.unknownMeasure")));
            Vintage vintage = r[5].isBlank() ? Vintage.LATEST : Claim.knownRelease(r[5]).orElseThrow(() ->
                    DataFormatException.atCell(fileName, line, "release", r[5], DataMessage.of("input.error.unknownRelease")));
            try {
                java.util.Map<String, String> translations = new java.util.HashMap<>();
                if (r.length > HEADER.size()) {
                    if (!r[7].isBlank()) {
                        translations.put("zh", r[7].strip());
                    }
                    if (!r[8].isBlank()) {
                        translations.put("ko", r[8].strip());
                    }
                }
                Claim claim = new Claim(r[0].strip(), r[1].strip(), r[2].strip(), check, measure, vintage,
                        Claim.parseParameters(r[6]), translations);
                if (!ids.add(claim.id())) {
                    throw DataFormatException.atCell(fileName, line, "id", r[0], DataMessage.of("input.error.claimIdUsed"));
                }
                claims.add(claim);
            } catch (InvalidValueException e) {
                throw DataFormatException.atLine(fileName, line, e.problem());
            } catch (IllegalArgumentException e) { // from a record of data, e.g. a range of years that runs backwards
                throw DataFormatException.atLine(fileName, line, DataMessage.of("input.error.asGiven",
                        String.valueOf(e.getMessage())));
            }
        }
        return List.copyOf(claims);
    }

    /** A claims table a user wrote; errors name the file and line. */
    public static List<Claim> read(java.nio.file.Path file) throws IOException, DataFormatException {
        try (InputStream in = java.nio.file.Files.newInputStream(file)) {
            return read(in, file.getFileName().toString());
        }
    }

    /** Saves the table whole or not at all (through a temporary file), so a failed save leaves the old file. */
    public static void save(List<Claim> claims, java.nio.file.Path file) throws IOException {
        byte[] bytes = toText(claims).getBytes(java.nio.charset.StandardCharsets.UTF_8);
        org.asylumtrends.data.AtomicFile.write(file, out -> out.write(bytes));
    }

    /** A table from its text (a saved view carries it whole); errors name {@code fileName} and the line. */
    public static List<Claim> fromText(String csv, String fileName) throws DataFormatException {
        try {
            return read(new java.io.ByteArrayInputStream(csv.getBytes(java.nio.charset.StandardCharsets.UTF_8)), fileName);
        } catch (IOException e) {
            throw DataFormatException.inFile(fileName, DataMessage.of("input.error.cannotRead", String.valueOf(e.getMessage())));
        }
    }

    /** The table as text, in the format {@link #read} reads. */
    public static String toText(List<Claim> claims) {
        java.io.StringWriter out = new java.io.StringWriter();
        write(claims, out);
        return out.toString();
    }

    /**
     * Writes the table in its own format, rows in order, parameters sorted by name. A cell a spreadsheet would run
     * as a formula gets an apostrophe in front, as every CSV the app writes; {@link #read} takes it off again.
     */
    public static void write(List<Claim> claims, java.io.Writer out) {
        org.asylumtrends.data.SpreadsheetCsv csv = new org.asylumtrends.data.SpreadsheetCsv(out);
        // The translated claims (issue 18) are kept: a table read and written back loses nothing.
        csv.row(HEADER_TRANSLATED);
        for (Claim c : claims) {
            String parameters = String.join(";", new java.util.TreeMap<>(c.parameters()).entrySet().stream()
                    .map(e -> e.getKey() + "=" + e.getValue()).toList());
            csv.row(c.id(), c.text(), c.articleFigure(), c.check().id(), c.measure() == null ? "" : c.measure().id(),
                    c.vintage().release(), parameters, c.translations().getOrDefault("zh", ""),
                    c.translations().getOrDefault("ko", ""));
        }
        csv.flush();
    }

    /** A cell as written, without the apostrophe that kept a spreadsheet from running it ("'+1426%"). */
    private static String unguarded(String cell) {
        return cell.length() > 1 && cell.charAt(0) == '\'' && "=+-@\t\r".indexOf(cell.charAt(1)) >= 0
                ? cell.substring(1) : cell;
    }
}
