package org.asylumtrends.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** summary lists the origins and countries of asylum of the bundled data, and shows a host's origins. */
class CountryListingTest {
    @Test
    void listOriginsPrintsEveryOriginWithItsCodeSortedByName() {
        CommandRun run = CommandRun.of("summary", "--list-origins");
        assertThat(run.exitCode()).isZero();
        List<String> lines = run.out().lines().toList();
        assertThat(lines.get(0)).isEqualTo("iso3,country");
        assertThat(lines.get(1)).isEqualTo("AFG,Afghanistan");
        assertThat(lines).contains("CHN,China", "RUS,Russian Federation", "TIB,Tibetan", "HKG,\"China, Hong Kong SAR\"");
        assertThat(lines).hasSize(1 + 219);
    }

    @Test
    void listAsylumsPrintsTheCountriesOfAsylum() {
        CommandRun run = CommandRun.of("summary", "--list-asylums");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out().lines().toList()).contains("KOR,Rep. of Korea", "USA,United States of America")
                .doesNotContain("TIB,Tibetan").hasSize(1 + 197);
    }

    @Test
    void inKoreaTheBarsAreTheOriginsOfThePeopleThere() {
        CommandRun run = CommandRun.of("summary", "--asylum", "South Korea", "--by", "destination", "--from", "2024",
                "--to", "2024", "--top", "3");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out().lines().toList()).startsWith("iso3,country,asylum-seekers", "RUS,Russian Federation,8669",
                "IND,India,3492", "KAZ,Kazakhstan,2933");
    }

    @Test
    void severalOriginsArePrintedOneColumnEach() {
        CommandRun run = CommandRun.of("summary", "--origin", "china,RUS", "--from", "2024", "--to", "2024");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out().lines().toList()).containsExactly(
                "year,China (CHN) [linear],Russian Federation (RUS) [linear]", "2024,180960,125962");
    }

    @Test
    void perHundredThousandDividesByTheBundledPopulationAndLeaves2025Empty() {
        CommandRun run = CommandRun.of("summary", "--origin", "CHN", "--from", "2024", "--to", "2025", "--scale",
                "per-100k");
        assertThat(run.exitCode()).as(run.err()).isZero();
        // 180,960 / 1,408,975,000 × 100,000; the World Bank has no 2025 figure, so no value rather than a guess.
        assertThat(run.out().lines().toList()).containsExactly("year,China (CHN) [per-100k]", "2024,12.8434", "2025,");
    }
}
