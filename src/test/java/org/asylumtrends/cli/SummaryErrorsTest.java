package org.asylumtrends.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.asylumtrends.data.Fixtures;
import org.junit.jupiter.api.Test;

/** Bad arguments or bad input: exit code 2, nothing on stdout, exactly one line on stderr that says why. */
class SummaryErrorsTest {

    @Test
    void unknownMeasure() {
        assertFailsWith("asylum-trends summary: unknown measure 'pending'; choose one of asylum-seekers,"
                        + " applications-new, applications-all, refugees, decisions-total, recognized,"
                        + " complementary-protection, rejected, otherwise-closed, recognition-rate",
                "summary", "--measure", "pending");
    }

    @Test
    void unknownOrigin() {
        // The bundled data hold every origin (Tibetan too): a code no origin has, and the first twelve by name.
        assertFailsWith("asylum-trends summary: origin 'XYZ' is not in the data; origins present: AFG, ALB, DZA, AND,"
                + " AGO, AIA, ATG, ARG, ARM, ABW, AUS, AUT, \u2026", "summary", "--origin", "XYZ");
    }

    @Test
    void unknownRelease() {
        assertFailsWith("asylum-trends summary: unknown release '2024.12.0'; choose latest or 2024.6.0",
                "summary", "--release", "2024.12.0");
    }

    @Test
    void measureNotInTheLoadedFiles() {
        assertFailsWith("asylum-trends summary: measure 'applications-new' is not in the loaded data;"
                        + " measures present: asylum-seekers, refugees",
                "summary", "--file", Fixtures.path("r-package/population.csv").toString(), "--origin", "VNM",
                "--measure", "applications-new");
    }

    @Test
    void releaseThatDoesNotKeepTheMeasure() {
        assertFailsWith("asylum-trends summary: release 2024.6.0 is kept for asylum-seekers only;"
                        + " use --release latest for refugees",
                "summary", "--measure", "refugees", "--release", "2024.6.0");
    }

    @Test
    void malformedFileIsNamedWithLineColumnAndValue() {
        assertFailsWith("asylum-trends summary: population_typo.csv, line 3, column 'asylum_seekers':"
                        + " '7O0' is not a count (expected a whole number)",
                "summary", "--file", Fixtures.path("r-package/population.csv").toString(),
                "--file", Fixtures.path("malformed/population_typo.csv").toString(), "--origin", "VNM");
    }

    @Test
    void conflictingFilesAreBothNamed() {
        assertFailsWith("asylum-trends summary: population_revised.csv: gives asylum_seekers = 710 for 2023 VNM→DEU,"
                        + " but population.csv gives 700; open files that do not overlap",
                "summary", "--file", Fixtures.path("r-package/population.csv").toString(),
                "--file", Fixtures.path("merge/population_revised.csv").toString(), "--origin", "VNM");
    }

    @Test
    void figuresTooLargeToAddUpAreNamedByCellNotALongOverflow(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws Exception {
        java.nio.file.Path huge = java.nio.file.Files.writeString(dir.resolve("huge.csv"),
                "year,coo_iso,coa_iso,asylum_seekers\n2023,CHN,USA,9223372036854775807\n2024,CHN,USA,9223372036854775807\n");
        assertFailsWith("asylum-trends summary: huge.csv, line 3, column 'asylum_seekers': '9223372036854775807' is too"
                        + " large: with the rows above it, the file's asylum_seekers figures add up to more than"
                        + " 9223372036854775807, the largest total Asylum Trends can add exactly",
                "summary", "--file", huge.toString());
    }

    @Test
    void missingFile() {
        assertFailsWith("asylum-trends summary: no-such-file.csv: no such file",
                "summary", "--file", "no-such-file.csv");
    }

    @Test
    void notANumberForTop() {
        CommandRun run = CommandRun.of("summary", "--by", "destination", "--top", "ten");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.errLines()).singleElement().asString()
                .isEqualTo("asylum-trends: --top needs a whole number, not 'ten' (see --help)");
    }

    @Test
    void topBelowOne() {
        assertFailsWith("asylum-trends summary: --top must be at least 1", "summary", "--by", "destination", "--top", "0");
    }

    @Test
    void fromAfterTo() {
        assertFailsWith("asylum-trends summary: --from 2020 is after --to 2010",
                "summary", "--from", "2020", "--to", "2010");
    }

    @Test
    void fromAfterTheLastYearOfData() {
        assertFailsWith("asylum-trends summary: --from 2030 is after 2025, the last year with asylum-seekers figures",
                "summary", "--from", "2030");
    }

    @Test
    void toBeforeTheFirstYearOfData() {
        assertFailsWith("asylum-trends summary: --to 1990 is before 2000, the first year with asylum-seekers figures",
                "summary", "--to", "1990");
    }

    static void assertFailsWith(String message, String... args) {
        CommandRun run = CommandRun.of(args);

        assertThat(run.exitCode()).isEqualTo(AsylumTrendsCommand.BAD_INPUT);
        assertThat(run.out()).as("no half output on stdout").isEmpty();
        assertThat(run.errLines()).containsExactly(message);
    }
}
