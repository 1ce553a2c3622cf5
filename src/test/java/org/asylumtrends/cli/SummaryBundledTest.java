package org.asylumtrends.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** {@code summary} on the data that ships with the app: the figures the article is checked against. */
class SummaryBundledTest {

    @Test
    void asylumSeekersPerYearFrom2000To2025() {
        CommandRun run = CommandRun.of("summary", "--measure", "asylum-seekers");

        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.outLines()).hasSize(27).startsWith("year,asylum-seekers", "2000,17178")
                .contains("2012,15362", "2024,180960").endsWith("2025,99716");
        assertThat(run.outLines().subList(1, 27)).extracting(l -> l.substring(0, 4))
                .containsExactlyElementsOf(IntStream.rangeClosed(2000, 2025).mapToObj(Integer::toString).toList());
    }

    @Test
    void release2024GivesTheMid2024FigureTheArticleUsed() {
        CommandRun run = CommandRun.of("summary", "--measure", "asylum-seekers", "--release", "2024.6.0");

        assertThat(run.exitCode()).isZero();
        assertThat(run.outLines()).contains("2012,15362").endsWith("2024,176239");
    }

    @Test
    void aRangeOfYears() {
        CommandRun run = CommandRun.of("summary", "--measure", "applications-new", "--from", "2023", "--to", "2024");

        assertThat(run.outLines()).containsExactly("year,applications-new", "2023,48087", "2024,55594");
    }

    @Test
    void recognitionRateHasFourDecimals() {
        CommandRun run = CommandRun.of("summary", "--measure", "recognition-rate", "--from", "2012", "--to", "2012");

        // (11723 + 334) / (11723 + 334 + 11847)
        assertThat(run.outLines()).containsExactly("year,recognition-rate", "2012,0.5044");
    }

    @Test
    void destinationsSummedOver2012To2024() {
        CommandRun run = CommandRun.of("summary", "--by", "destination", "--from", "2012", "--to", "2024",
                "--aggregation", "sum", "--top", "6");

        assertThat(run.exitCode()).isZero();
        assertThat(run.outLines()).containsExactly(
                "iso3,country,asylum-seekers",
                "USA,United States of America,875285",
                "AUS,Australia,124465",
                "BRA,Brazil,28963",
                "CAN,Canada,28066",
                "GBR,United Kingdom of Great Britain and Northern Ireland,20139",
                "KOR,Rep. of Korea,14920",
                ",Other (64 countries),74611");
    }

    @Test
    void destinationsDefaultToTheStockInTheLastYear() {
        CommandRun run = CommandRun.of("summary", "--by", "destination", "--from", "2012", "--to", "2024", "--top", "3");

        assertThat(run.outLines()).containsExactly(
                "iso3,country,asylum-seekers",
                "USA,United States of America,147909",
                "AUS,Australia,14003",
                "CAN,Canada,4959",
                ",Other (47 countries),14089");
    }
}
