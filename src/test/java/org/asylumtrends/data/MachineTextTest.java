package org.asylumtrends.data;

import static org.asylumtrends.data.DataErrors.assertThatMessageOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Machine text is never shaped by the user's locale; spreadsheet formulas in CSV stay text. */
class MachineTextTest {
    @TempDir
    Path dir;

    @Test
    void aTurkishLocaleDoesNotBendCountNamesInMessages() throws Exception {
        Locale saved = Locale.getDefault();
        Path a = Files.writeString(dir.resolve("a.csv"), "year,coo_iso,coa_iso,dec_total\n2020,CHN,USA,5\n");
        Path b = Files.writeString(dir.resolve("b.csv"), "year,coo_iso,coa_iso,dec_total\n2020,CHN,USA,6\n");
        try {
            Locale.setDefault(Locale.forLanguageTag("tr-TR"));
            assertThatMessageOf(() -> DatasetLoader.load(List.of(a, b), LoadMonitor.NONE))
                    .contains("gives decisions_total = 6")
                    .doesNotContain("\u0131");
        } finally {
            Locale.setDefault(saved);
        }
    }

    @Test
    void formulasBecomeTextAndPlainNumbersStayNumbers() {
        StringWriter out = new StringWriter();
        SpreadsheetCsv csv = new SpreadsheetCsv(out);
        csv.row("=1+1", "=HYPERLINK(\"http://x\",\"y\")", "+1", "@SUM(A1)", "-5", "0.4265", "-cmd", "China");
        csv.flush();
        assertThat(out).hasToString("'=1+1,\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\",'+1,'@SUM(A1),-5,0.4265,'-cmd,China\n");
    }
}
