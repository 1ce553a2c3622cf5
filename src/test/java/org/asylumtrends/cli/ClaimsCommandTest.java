package org.asylumtrends.cli;

import static org.assertj.core.api.Assertions.assertThat;

import de.siegmar.fastcsv.reader.CsvReader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code asylum-trends claims}: the table a user reads in a terminal or a spreadsheet, and one line for bad input. */
class ClaimsCommandTest {
    private record Run(int code, String out, String err) {
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = AsylumTrendsCommand.run(args, new PrintWriter(out), new PrintWriter(err));
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void printsAnAlignedTableWithVerdictsAndExplanations() {
        Run r = run("claims");
        assertThat(r.code()).isZero();
        assertThat(r.err()).isEmpty();
        List<String> lines = r.out().lines().toList();
        assertThat(lines.get(0)).startsWith("The Safeguard Defenders article's claims, checked against UNHCR "
                + "Refugee Population Statistics Database (release 2025.12.1), CC BY 4.0");
        assertThat(lines).anySatisfy(l -> assertThat(l).matches(
                "Claim +Article's figure +Data's figure +Measure used +Verdict"));
        assertThat(lines).anySatisfy(l -> assertThat(l).matches(
                "1\\. Chinese nationals applied for +12,362 +15,362 +UNHCR asylum-seekers \\(stock: +differs"));
        assertThat(lines).anySatisfy(l -> assertThat(l).matches("2\\. Preliminary figure for 2024 +176,239 +176,239 .* matches"));
        assertThat(r.out()).contains("cannot be reproduced", "+1,047%", "USA, AUS, BRA, CAN, GBR",
                "the sum is 1,158,728", "How verdicts are decided");
        // The columns line up: every verdict starts in the same column as the heading.
        int column = lines.stream().filter(l -> l.startsWith("Claim ")).findFirst().orElseThrow().indexOf("Verdict");
        assertThat(lines).filteredOn(l -> l.endsWith("differs") || l.endsWith("matches"))
                .hasSize(8).allSatisfy(l -> assertThat(l.length() - l.stripLeading().length()).isZero())
                .allSatisfy(l -> assertThat(l.indexOf(l.endsWith("differs") ? "differs" : "matches")).isEqualTo(column));
        assertThat(lines).allSatisfy(l -> assertThat(l.length()).isLessThanOrEqualTo(136));
    }

    @Test
    void withOpenedFilesEachClaimIsCheckedOnTheLoadedReleaseAndLabelledAsIt(@TempDir Path dir) throws Exception {
        // A Refugee Data Finder download: it has one release, its own, and no column for release 2024.6.0.
        Path download = Files.writeString(dir.resolve("population.csv"), "\"Date extracted:\",\"21/07/2024 14:54 UTC\"\n"
                + "\"Usage licence\",https://creativecommons.org/licenses/by/4.0/\n"
                + "Year,Country of origin,Country of origin (ISO),Country of asylum,Country of asylum (ISO),Asylum-seekers\n"
                + "2012,China,CHN,United States of America,USA,15362\n2024,China,CHN,United States of America,USA,176239\n");

        Run r = run("claims", "--format", "csv", "--file", download.toString());

        assertThat(r.code()).isZero();
        List<String[]> rows = CsvReader.builder().ofCsvRecord(r.out()).stream()
                .map(rec -> rec.getFields().toArray(String[]::new)).toList();
        String[] claim2012 = rows.get(1);
        assertThat(claim2012[3]).isEqualTo("15362"); // machine CSV: never grouped or localised
        assertThat(claim2012[5]).isEqualTo("differs");
        assertThat(claim2012[4]).isEqualTo("UNHCR asylum-seekers (stock: claims pending at year end), UNHCR Refugee"
                + " Data Finder, extracted 21 Jul 2024");
        assertThat(rows.get(2)[5]).as("2024 = 176,239 in this download").isEqualTo("matches");
        assertThat(r.out()).doesNotContain("population.csv").doesNotContain("release 2024.6.0");
    }

    @Test
    void csvHasOneRowPerClaim() throws Exception {
        Run r = run("claims", "--format", "csv");
        assertThat(r.code()).isZero();
        List<String[]> rows = CsvReader.builder().ofCsvRecord(r.out()).stream()
                .map(rec -> rec.getFields().toArray(String[]::new)).toList();
        assertThat(rows.get(0)).containsExactly("id", "claim", "article_figure", "data_figure", "measure", "verdict",
                "explanation");
        assertThat(rows).hasSize(10);
        assertThat(rows.subList(1, 10)).extracting(row -> row[0] + "=" + row[5]).containsExactly(
                "2012=differs", "2024-preliminary=matches", "total=differs", "surge=differs",
                "2022-vs-hu=cannot-be-reproduced", "top-destinations=differs", "applied=differs", "xi-start=matches",
                "record-2024=matches");
        // Machine output: no grouping, in any locale (issue 13), so that a spreadsheet or script reads a number.
        assertThat(rows.get(3)[2]).isEqualTo("1158739");
        assertThat(rows.get(3)[3]).isEqualTo("1161728");
    }

    @Test
    void anotherFileGivesOtherVerdicts(@TempDir Path dir) throws Exception {
        // A Refugee Data Finder applications export: no asylum-seekers, so the stock claims cannot be checked.
        Path file = dir.resolve("asylum-applications.csv");
        Files.writeString(file, """
                Year,Country of origin,Country of origin (ISO),Country of asylum,Country of asylum (ISO),applied
                2024,China,CHN,United States of America,USA,55594
                """);
        Run r = run("claims", "--format", "csv", "--file", file.toString());
        assertThat(r.code()).isZero();
        List<String[]> rows = CsvReader.builder().ofCsvRecord(r.out()).stream()
                .map(rec -> rec.getFields().toArray(String[]::new)).toList();
        assertThat(rows.get(1)[5]).isEqualTo("cannot-be-reproduced");
        assertThat(rows.get(1)[6]).contains("no asylum-seekers figures");
    }

    @Test
    void anUnknownFormatIsOneLineAndExitCode2() {
        Run r = run("claims", "--format", "xml");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).isEqualTo("asylum-trends claims: unknown --format 'xml'; choose text or csv" + System.lineSeparator());
    }

    @Test
    void aMissingFileIsOneLineAndExitCode2(@TempDir Path dir) {
        Run r = run("claims", "--file", dir.resolve("none.csv").toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err().lines()).singleElement().asString().endsWith("none.csv: no such file");
    }

    @Test
    void aBadFileIsOneLineAndExitCode2(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("bad.csv");
        Files.writeString(file, "Year,Country of origin (ISO),Country of asylum (ISO),applied\nnineteen,CHN,USA,5\n");
        Run r = run("claims", "--file", file.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err().lines()).singleElement().asString().startsWith("asylum-trends claims: bad.csv, line 2");
    }
}
