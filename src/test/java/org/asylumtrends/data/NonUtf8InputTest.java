package org.asylumtrends.data;

import static org.asylumtrends.data.DataErrors.assertThatMessageOf;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * A file saved in a legacy encoding, or a binary file opened by mistake, is reported at the line and cell with
 * the undecodable bytes, so the user can find them in a file of a hundred thousand rows.
 */
class NonUtf8InputTest {
    private static final String HEADER = "year,coo_iso,coa_iso,coa_name,asylum_seekers\n";
    private static final String[] ASYLUM = {"USA", "AUS", "CAN", "DEU", "FRA", "GBR", "ITA", "ESP", "NLD", "BEL",
        "CHE", "AUT", "SWE", "NOR", "DNK", "FIN", "IRL", "PRT", "POL", "JPN"};

    @Test
    void aLatin1NameIsReportedAtItsLineAndColumn() {
        byte[] file = bytes(HEADER.getBytes(StandardCharsets.UTF_8),
                "2012,CHN,USA,United States of America,5\n2013,CHN,TUR,T\u00fcrkiye,5\n"
                        .getBytes(StandardCharsets.ISO_8859_1));

        assertThatMessageOf(() -> Fixtures.read("p.csv", file))
                .isEqualTo("p.csv, line 3, column 'coa_name': 'T\uFFFDrkiye' is not UTF-8 text;"
                        + " save the file as UTF-8 CSV");
    }

    @Test
    void aBadByteFarIntoALargeFileIsReportedOnItsLine() {
        StringBuilder rows = new StringBuilder(HEADER);
        for (int i = 0; i < 2000; i++) {
            // One row per key, as a population table has: 100 years × 20 countries of asylum.
            rows.append(1950 + i % 100).append(",CHN,").append(ASYLUM[i / 100]).append(",Somewhere,")
                    .append(i).append('\n');
        }
        byte[] file = bytes(rows.toString().getBytes(StandardCharsets.UTF_8),
                "2013,CHN,TUR,T\u00fcrkiye,5\n".getBytes(StandardCharsets.ISO_8859_1),
                "2014,CHN,USA,United States of America,5\n".getBytes(StandardCharsets.UTF_8));

        assertThatMessageOf(() -> Fixtures.read("p.csv", file))
                .startsWith("p.csv, line 2002, column 'coa_name': 'T\uFFFDrkiye'");
    }

    @Test
    void aBinaryFileIsReportedAsNotTextOnItsFirstLine() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R'};

        assertThatMessageOf(() -> Fixtures.read("chart.png", png))
                .isEqualTo("chart.png, line 1: '\uFFFDPNG' is not UTF-8 text; save the file as UTF-8 CSV");
    }

    private static byte[] bytes(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }
}
