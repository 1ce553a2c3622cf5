package org.asylumtrends.data;

import static org.asylumtrends.data.DataErrors.assertThatMessageOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.siegmar.fastcsv.reader.CsvReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.asylumtrends.text.Messages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The shapes of file people actually download from UNHCR's sites (hand-made fixtures in
 * {@code fixtures/downloads/}): each opens with totals equal to summing its rows independently (with FastCSV's own record reader, not the app's callback,
 * not the app's reader), or is refused with a message that names the problem and the fix.
 */
class RealDownloadsTest {

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            rdf-population-preamble.csv          | Asylum-seekers                  | ASYLUM_SEEKERS
            rdf-population-preamble.csv          | Refugees under UNHCR's mandate  | REFUGEES
            hdx-asylum-applications.csv          | Number of Applications          | APPLICATIONS_ALL
            hdx-population.csv                   | Refugees                        | REFUGEES
            hdx-population.csv                   | Asylum seekers                  | ASYLUM_SEEKERS
            rdf-applications-without-breakdown.csv | applied                       | APPLICATIONS_ALL
            rdf-decisions-without-breakdown.csv  | Total decisions                 | DECISIONS_TOTAL
            rdf-decisions-without-breakdown.csv  | Recognized decisions            | DECISIONS_RECOGNIZED
            """)
    void eachDownloadTotalsToTheSumOfItsRows(String file, String column, Count count) throws Exception {
        AsylumDataset data = Fixtures.load("downloads/" + file);

        assertThat(total(data, count)).isEqualTo(independentSum(Fixtures.path("downloads/" + file), column));
    }

    @Test
    void thePreambleIsTheSourceLineNotTheFileName() throws Exception {
        AsylumDataset data = Fixtures.load("downloads/rdf-population-preamble.csv");

        assertThat(data.metadata().credit()).isEqualTo("UNHCR Refugee Data Finder, extracted 21 Jul 2024, CC BY 4.0");
        assertThat(data.metadata().release()).isEmpty();
        assertThat(data.metadata().details()).map(Messages::describe)
                .containsExactly("rdf-population-preamble.csv: End year stock population totals, last updated 13 June 2024");
        assertThat(data.metadata().notes()).as("nothing was summed").isEmpty();
        // The row after the preamble is read: 2023 USA is there, the "Unknown " origin too.
        assertThat(data.observations("CHN")).hasSize(4);
        assertThat(data.origin("UNK")).isPresent();
    }

    @Test
    void filesWithoutAPreambleSayWhereTheyComeFromNeverTheirNames() throws Exception {
        assertThat(Fixtures.load("downloads/hdx-population.csv").metadata().credit())
                .isEqualTo("UNHCR data from HDX (Humanitarian Data Exchange), CC BY 4.0");
        assertThat(Fixtures.load("downloads/rdf-applications-without-breakdown.csv").metadata().credit())
                .isEqualTo("UNHCR Refugee Data Finder, CC BY 4.0");
        assertThat(Fixtures.load("r-package/population.csv").metadata().credit())
                .isEqualTo("UNHCR Refugee Population Statistics Database, CC BY 4.0")
                .doesNotContain("population.csv");
    }

    @Test
    void hdxCodesAreIso3AndItsPseudoCodesJoinTheOtherTables() throws Exception {
        AsylumDataset hdx = Fixtures.load("downloads/hdx-population.csv");

        // AUS is Australia in HDX files (ISO3), not Austria (UNHCR's AUS).
        assertThat(hdx.observations("CHN")).extracting(o -> o.asylum().iso3()).containsExactly("AUS", "AUT", "UNK");
        // UKN (unknown) and STA (stateless) become the codes the R package and the Refugee Data Finder use.
        assertThat(hdx.origin("UNK")).isPresent();
        assertThat(hdx.origin("XXA")).isPresent();
        assertThat(hdx.origin("UKN")).isEmpty();
    }

    @Test
    void identicalLinesOfAnExportWithoutItsBreakdownAreSummedAndCounted() throws Exception {
        AsylumDataset data = Fixtures.load("downloads/rdf-applications-without-breakdown.csv");

        // USA 2024: 40 + 40 + 40 + 25, each line a UNHCR row whose authority, stage or cases/persons was dropped.
        Observation usa = data.observations("CHN").stream()
                .filter(o -> o.year() == 2024 && o.asylum().iso3().equals("USA")).findFirst().orElseThrow();
        assertThat(usa.counts().get(Count.APPLICATIONS_ALL)).hasValue(145);
        assertThat(data.metadata().notes()).map(Messages::describe).containsExactly("rdf-applications-without-breakdown.csv: 4 rows have"
                + " the key of an earlier row and were added to it: this export lacks some of UNHCR's breakdown"
                + " columns (authority, application type, stage, cases/persons), so such rows are separate figures");
    }

    @Test
    void aRepeatedKeyWithEveryBreakdownColumnIsAnErrorNamingBothLines() {
        // Line 4 is line 2 in other spellings (lower case, a trailing space): one key once normalised.
        assertThatMessageOf(() -> Fixtures.load("downloads/r-package-applications-repeated-key.csv"))
                .isEqualTo("r-package-applications-repeated-key.csv, line 4: has the same key as line 2 (2012 CHN→USA"
                        + " (app_type n, procedure_type g, dec_level in, app_pc P)). This table has every UNHCR"
                        + " breakdown column, so each of its rows has a key of its own, so the two lines cannot both"
                        + " be right and neither is used: check the file against its source or download it again")
                .doesNotContain("delete");
    }

    @Test
    void anExportWithNoCountryBreakdownSaysWhatToDownloadInstead() {
        assertThatMessageOf(() -> Fixtures.load("downloads/rdf-world-totals.csv"))
                .isEqualTo("rdf-world-totals.csv, line 2, column 'Country of origin (ISO)': '-' is not a country:"
                        + " this export has no breakdown by country of origin ('-' stands for all countries together)."
                        + " Download it again from the Refugee Data Finder with the breakdown by country of origin and"
                        + " by country of asylum switched on (the columns 'Country of origin (ISO)' and 'Country of"
                        + " asylum (ISO)' then hold codes)");
    }

    @Test
    void aLongerPreambleIsSkippedUpToABound() throws Exception {
        String header = "Year,Country of origin,Country of origin (ISO),Country of asylum,Country of asylum (ISO),"
                + "Asylum-seekers\n2024,China,CHN,Australia,AUS,14003\n";
        String notes = "\"Date extracted:\",\"01/02/2025 09:00 UTC\"\n" + "\"Note:\",\"x\"\n".repeat(40);
        ParsedTable table = Fixtures.read("long.csv", notes + header);
        assertThat(table.totals().values()).extracting(c -> c.value(Count.ASYLUM_SEEKERS)).containsExactly(14003L);
        assertThat(table.facts().describe()).isEqualTo("UNHCR Refugee Data Finder, extracted 1 Feb 2025");

        String endless = "\"Date extracted:\",\"01/02/2025 09:00 UTC\"\n" + "\"Note:\",\"x\"\n".repeat(100) + header;
        assertThatMessageOf(() -> Fixtures.read("endless.csv", endless))
                .isEqualTo("endless.csv: has more than 60 lines of notes before its header line: is this a UNHCR"
                        + " data file?");
    }

    @Test
    void aLegacyPopstatsExportIsRefusedWithWhatToDownloadInstead() {
        assertThatMessageOf(() -> Fixtures.read("popstats.csv", "\"Extracted from the UNHCR Population Statistics"
                + " Reference Database\",\"United Nations High Commissioner for Refugees\"\n\"Date extracted: 2019-03-01\""
                + "\n\nYear,Country / territory of asylum/residence,Origin,Asylum-seekers\n2000,Turkey,China,*\n"))
                .contains("popstats.csv: This is a legacy popstats export")
                .contains("'*' for 1 to 4 people")
                .contains("Download the same table from the Refugee Data Finder");
    }

    private static long total(AsylumDataset data, Count count) {
        long sum = 0;
        for (Country origin : data.origins()) {
            for (Observation o : data.observations(origin.iso3())) {
                sum += o.counts().get(count).orElse(0);
            }
        }
        return sum;
    }

    /** Sums one column with FastCSV's plain record reader: after the first line that starts with "Year", skipping HXL tag lines. */
    private static long independentSum(Path file, String column) throws Exception {
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             var csv = CsvReader.builder().ignoreDifferentFieldCount(true).ofCsvRecord(in)) {
            List<String[]> rows = csv.stream().map(r -> r.getFields().toArray(String[]::new)).toList();
            int h = 0;
            while (!rows.get(h)[0].strip().equalsIgnoreCase("year")) {
                h++;
            }
            int col = List.of(rows.get(h)).indexOf(column);
            assertThat(col).as(column).isNotNegative();
            long sum = 0;
            for (String[] row : rows.subList(h + 1, rows.size())) {
                String cell = row[col].strip();
                if (!row[0].startsWith("#") && !cell.isEmpty() && !cell.equals("-")) {
                    sum += Long.parseLong(cell);
                }
            }
            return sum;
        }
    }
}
