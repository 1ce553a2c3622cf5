package org.asylumtrends.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** {@code find}: the article's total traced from the command line, as the "done when" says. */
class FindCommandTest {
    /** Candidate {@code n} (1-based) as one line, its wrapping undone. */
    private static String candidate(CommandRun run, int n) {
        String after = run.out().split("\n" + String.format("%2d", n) + "\\. ", 2)[1];
        String mine = after.split("\n" + String.format("%2d", n + 1) + "\\. ", 2)[0];
        return String.join(" ", mine.strip().split("\\s+"));
    }

    @Test
    void theTotalIsTheMidYearSumWithThe2012SlipFirst() {
        CommandRun run = CommandRun.of("find", "1158739", "--origin", "CHN", "--years", "2012-2024");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.outLines().get(0)).contains("within the tolerance, best first");
        assertThat(candidate(run, 1)).startsWith("the sum of the yearly asylum-seekers figures 2012–2024")
                .contains("release 2024.6.0: 1,161,728, 2,989 more; with 12,362 for 2012");
    }

    @Test
    void aSentenceIsReadAsWell() {
        CommandRun run = CommandRun.of("find", "176,239", "Chinese", "in", "2024");
        assertThat(run.exitCode()).isZero();
        assertThat(run.outLines().get(1)).startsWith(" 1. asylum-seekers in 2024 from China");
        assertThat(candidate(run, 1))
                .contains("release 2024.6.0: 176,239, exactly the published figure");
    }

    @Test
    void noCloseMatchIsSaidWithTheNearest() {
        CommandRun run = CommandRun.of("find", "987654321", "--years", "2012-2024");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("No close match").contains(" 1. ", " 5. ");
    }

    @Test
    void badArgumentsGetOneLineAndExitCode2() {
        CommandRun noFigure = CommandRun.of("find", "Chinese", "nationals");
        assertThat(noFigure.exitCode()).isEqualTo(2);
        assertThat(noFigure.errLines()).hasSize(1).first().asString().startsWith("asylum-trends find: no figure in");
        CommandRun origin = CommandRun.of("find", "1158739", "--origin", "XYZ");
        assertThat(origin.exitCode()).isEqualTo(2);
        assertThat(origin.errLines()).hasSize(1).first().asString().contains("origin 'XYZ' is not in the data");
        CommandRun years = CommandRun.of("find", "1158739", "--years", "twelve");
        assertThat(years.exitCode()).isEqualTo(2);
        assertThat(years.err()).contains("--years 'twelve' is not a year or a range of years");
    }

    @Test
    void claimsChecksAUsersTable(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        java.nio.file.Path table = dir.resolve("mine.csv");
        java.nio.file.Files.writeString(table, "id,claim,article_figure,check,measure,release,parameters\n"
                + "mid,Chinese asylum-seekers mid-2024,\"176,239\",find,,,years=2024\n");
        CommandRun run = CommandRun.of("claims", "--claims", table.toString(), "--format", "csv");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.outLines()).hasSize(2);
        assertThat(run.outLines().get(1)).startsWith("mid,Chinese asylum-seekers mid-2024,176239,176239,").contains(",matches,");
        java.nio.file.Files.writeString(table, "id,claim,article_figure,check,measure,release,parameters\nx,c,lots,find,,,\n");
        CommandRun bad = CommandRun.of("claims", "--claims", table.toString());
        assertThat(bad.exitCode()).isEqualTo(2);
        assertThat(bad.err()).contains("mine.csv, line 2: article figure 'lots' of claim x is not a number");
    }
}
