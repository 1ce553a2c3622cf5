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
        for (SmallTable.Row row : SmallTable.read(in, fileName, HEADER)) {
            String[] r = row.cells();
            long line = row.line();
            CheckKind check = CheckKind.byId(r[3]).orElseThrow(() -> DataFormatException.atCell(fileName, line,
                    "check", r[3], DataMessage.of("input.error.unknownCheck")));
            Measure measure = r[4].isBlank() ? null : Measure.byId(r[4]).orElseThrow(() ->
                    DataFormatException.atCell(fileName, line, "measure", r[4], DataMessage.of("input.error.unknownMeasure")));
            Vintage vintage = r[5].isBlank() ? Vintage.LATEST : Claim.knownRelease(r[5]).orElseThrow(() ->
                    DataFormatException.atCell(fileName, line, "release", r[5], DataMessage.of("input.error.unknownRelease")));
            try {
                Claim claim = new Claim(r[0].strip(), r[1].strip(), r[2].strip(), check, measure, vintage,
                        Claim.parseParameters(r[6]));
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
}
