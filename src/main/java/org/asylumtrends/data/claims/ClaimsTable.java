package org.asylumtrends.data.claims;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.asylumtrends.data.DataFormatException;
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
                throw DataFormatException.inFile("claims.csv", "is missing from the application");
            }
            return read(in, "claims.csv");
        } catch (IOException e) {
            throw DataFormatException.inFile("claims.csv", "cannot be read: " + e.getMessage());
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
            String[] r = row.cells();
            long line = row.line();
            CheckKind check = CheckKind.byId(r[3]).orElseThrow(() -> DataFormatException.atCell(fileName, line,
                    "check", r[3], "is not a known check"));
            Measure measure = r[4].isBlank() ? null : Measure.byId(r[4]).orElseThrow(() ->
                    DataFormatException.atCell(fileName, line, "measure", r[4], "is not a known measure"));
            Vintage vintage = r[5].isBlank() ? Vintage.LATEST : Claim.knownRelease(r[5]).orElseThrow(() ->
                    DataFormatException.atCell(fileName, line, "release", r[5], "is not a known release"));
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
                    throw DataFormatException.atCell(fileName, line, "id", r[0], "is used by an earlier claim");
                }
                claims.add(claim);
            } catch (IllegalArgumentException e) {
                throw DataFormatException.atLine(fileName, line, e.getMessage());
            }
        }
        return List.copyOf(claims);
    }
}
