package org.asylumtrends.data;

import static org.asylumtrends.data.DataErrors.assertThatMessageOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The reader's share of the hostile-input probes: names, cut-short files, locales, overflow across files. */
class HostileInputTest {

    @Test
    void controlAndBidiCharactersAreDroppedFromNamesAtReadTimeAndCodesKeepCountriesApart() throws Exception {
        ParsedTable table = Fixtures.read("names.csv", "year,coo_iso,coa_iso,coa_name,asylum_seekers\n"
                + "2024,CHN,USA,\"Bad\u0001Name\",5\n2024,CHN,CAN,\"\u202EadanaC\",7\n"
                + "2024,CHN,AUS,\"Same\u200F\",1\n2024,CHN,AUT,\"Same\",2\n2024,CHN,DEU,\"Tab\tand\uFFFEbad\",3\n");

        assertThat(table.countryNames()).containsEntry("USA", "BadName").containsEntry("CAN", "adanaC")
                .containsEntry("AUS", "Same").containsEntry("AUT", "Same").containsEntry("DEU", "Tab andbad");
        // Two countries whose names became equal stay two countries.
        assertThat(table.totals()).hasSize(5);
    }

    @Test
    void aFileCutShortWhileItIsReadIsAnErrorNotAShorterFile() {
        byte[] whole = "year,coo_iso,coa_iso,asylum_seekers\n2012,CHN,USA,100\n2013,CHN,USA,250\n"
                .getBytes(StandardCharsets.UTF_8);
        // What a reader sees when the file shrinks under it: the last row's number cut to "25".
        byte[] cut = java.util.Arrays.copyOf(whole, whole.length - 2);

        assertThatMessageOf(() -> new UnhcrCsvReader("growing.csv", LoadMonitor.NONE)
                .read(new ByteArrayInputStream(cut), whole.length))
                .isEqualTo("growing.csv: ended after " + cut.length + " of its " + whole.length + " bytes: it was cut short while it was read (still"
                        + " being downloaded or written?), so its last row may be incomplete. Open it again once it"
                        + " is complete");
    }

    @Test
    void messagesNameFiguresTheSameWayInATurkishLocale(@TempDir Path dir) throws Exception {
        Path a = Files.writeString(dir.resolve("a.csv"), "year,coo_iso,coa_iso,decisions_total\n2012,CHN,USA,5\n");
        Path b = Files.writeString(dir.resolve("b.csv"), "year,coo_iso,coa_iso,decisions_total\n2012,CHN,USA,6\n");
        Locale saved = Locale.getDefault();
        Locale.setDefault(Locale.forLanguageTag("tr-TR"));
        try {
            assertThatMessageOf(() -> DatasetLoader.load(List.of(a, b), LoadMonitor.NONE))
                    .isEqualTo("b.csv: gives decisions_total = 6 for 2012 CHN→USA, but a.csv gives 5; open files that"
                            + " do not overlap");
        } finally {
            Locale.setDefault(saved);
        }
    }

    @Test
    void filesWhoseFiguresTogetherCannotBeAddedExactlyAreRefused(@TempDir Path dir) throws Exception {
        Path a = Files.writeString(dir.resolve("a.csv"), "year,coo_iso,coa_iso,asylum_seekers\n2012,CHN,USA,"
                + Long.MAX_VALUE + "\n");
        Path b = Files.writeString(dir.resolve("b.csv"), "year,coo_iso,coa_iso,asylum_seekers\n2013,CHN,USA,1\n");

        assertThatMessageOf(() -> DatasetLoader.load(List.of(a, b), LoadMonitor.NONE))
                .isEqualTo("b.csv: together with a.csv, gives asylum_seekers figures that add up to more than "
                        + Long.MAX_VALUE + ", the largest total Asylum Trends can add exactly: these files are too"
                        + " large to be counts of people");
    }

    @Test
    void nearDuplicateKeysOfAFlowTableWithoutSplitsAreOneKeyAndSummed() throws Exception {
        ParsedTable table = Fixtures.read("flow.csv", "year,coo_iso,coa_iso,applied\n2024,CHN,USA,500\n"
                + "2024,CHN,USA,500 \n2024,chn,USA,0500\n2024, CHN ,usa,500\n");

        assertThat(table.totals()).hasSize(1);
        assertThat(table.totals().values().iterator().next().value(Count.APPLICATIONS_ALL)).isEqualTo(2000);
        assertThat(table.repeatedRows()).isEqualTo(3);
    }

    @Test
    void aRepeatedKeyReadFromAStreamSaysAnEarlierLineAndFromAFileNamesIt(@TempDir Path dir) throws Exception {
        String table = "year,coo_iso,coa_iso,procedure_type,app_type,dec_level,app_pc,applied\n"
                + "2012,CHN,USA,G,N,IN,P,100\n2012,CHN,USA,G,N,EO,P,60\n2012,CHN,CAN,G,N,IN,P,5\n"
                + "2012,CHN,USA,G,N,EO,P,60\n";
        assertThatMessageOf(() -> Fixtures.read("stream.csv", table))
                .startsWith("stream.csv, line 5: has the same key as an earlier line (2012 CHN→USA");
        Path file = Files.writeString(dir.resolve("file.csv"), table);
        assertThatMessageOf(() -> DatasetLoader.load(List.of(file), LoadMonitor.NONE))
                .startsWith("file.csv, line 5: has the same key as line 3 (2012 CHN→USA (app_type N,"
                        + " procedure_type G, dec_level EO, app_pc P))");
    }
}
