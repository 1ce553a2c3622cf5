package org.asylumtrends.data.claims;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.asylumtrends.data.AsylumDataset;
import org.asylumtrends.data.Country;
import org.asylumtrends.data.DatasetLoader;
import org.asylumtrends.data.EraTable;
import org.asylumtrends.data.Measure;
import org.asylumtrends.data.Vintage;
import org.asylumtrends.data.YearRange;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The figure finder on the bundled China data: the article's figures are found, and said, as a person checks them. */
class FigureFinderTest {
    private static final ClaimsText EN = new ClaimsText(Locale.ENGLISH);
    private static AsylumDataset data;
    private static FigureFinder finder;
    private static List<Country> countries;

    @BeforeAll
    static void load() throws Exception {
        data = DatasetLoader.loadBundled();
        finder = new FigureFinder(data, EraTable.loadBundled());
        countries = new ArrayList<>(data.origins());
    }

    private static FinderResult find(String sentence) {
        return finder.find(FigureText.parse(sentence, countries));
    }

    @Test
    void theArticlesTotalIsTheMidYearReleasesSumWithItsOwn2012Figure() {
        FinderResult r = find("1,158,739 Chinese nationals 2012–2024");
        assertThat(r.closeMatch()).isTrue();
        FigureCandidate top = r.candidates().get(0);
        assertThat(top.measure()).isEqualTo(Measure.ASYLUM_SEEKERS);
        assertThat(top.vintage()).isEqualTo(Vintage.of("2024.6.0"));
        assertThat(top.aggregation()).isEqualTo(FigureAggregation.SUM);
        assertThat(top.years()).isEqualTo(new YearRange(2012, 2024));
        assertThat(top.value()).isEqualTo(1_161_728);
        assertThat(top.slip()).hasValueSatisfying(s -> {
            assertThat(s.year()).isEqualTo(2012);
            assertThat(s.data()).isEqualTo(15_362);
            assertThat(s.slipped()).isEqualTo(12_362);
            assertThat(s.value()).isEqualTo(1_158_728);
        });
        assertThat(EN.format(top.sentence()))
                .startsWith("the sum of the yearly asylum-seekers figures 2012–2024")
                .contains("release 2024.6.0: 1,161,728, 2,989 more; with 12,362 for 2012 (one digit changed from the"
                        + " data's 15,362) it is 1,158,728, 11 less");
    }

    /** The era a candidate counts by is named in the reader's language, as in the claims check: "习近平", "시진핑". */
    @Test
    void anErasCandidateNamesTheLeaderInTheReadersLanguage() {
        FigureCandidate byEra = find("1,158,739 Chinese nationals 2012–2024").candidates().stream()
                .filter(c -> c.era().isPresent()).findFirst().orElseThrow();
        assertThat(byEra.era()).as("the machine-readable name stays the table's").contains("Xi Jinping");
        assertThat(EN.format(byEra.sentence())).contains("Xi Jinping's years");
        assertThat(new ClaimsText(Locale.CHINESE).format(byEra.sentence())).contains("习近平")
                .doesNotContain("Xi Jinping");
        assertThat(new ClaimsText(Locale.KOREAN).format(byEra.sentence())).contains("시진핑")
                .doesNotContain("Xi Jinping");
    }

    @Test
    void theArticles2024FigureIsTheMidYearValueNotTheYearEndOne() {
        FigureCandidate top = find("176,239 Chinese in 2024").candidates().get(0);
        assertThat(top.vintage()).isEqualTo(Vintage.of("2024.6.0"));
        assertThat(top.years()).isEqualTo(new YearRange(2024, 2024));
        assertThat(top.difference()).isZero();
        assertThat(top.slip()).isEmpty();
        assertThat(EN.format(top.sentence())).isEqualTo("asylum-seekers in 2024 from China in all countries of asylum,"
                + " release 2024.6.0: 176,239, exactly the published figure");
    }

    @Test
    void twelveThousandIsASlipForFifteen() {
        FigureCandidate top = find("12,362 Chinese 2012").candidates().get(0);
        assertThat(top.measure()).isEqualTo(Measure.ASYLUM_SEEKERS);
        assertThat(top.value()).isEqualTo(15_362);
        assertThat(top.slip().map(Slip::slipped)).contains(12_362L);
        assertThat(EN.format(top.sentence())).contains("15,362, 3,000 more; with 12,362 for 2012 (one digit changed"
                + " from the data's 15,362) it is 12,362, exactly the published figure");
    }

    @Test
    void theSurgeIsARatioWithTheArticles2012Figure() {
        FigureCandidate top = find("+1,426 % Chinese 2012-2024").candidates().get(0);
        assertThat(top.aggregation()).isEqualTo(FigureAggregation.RATIO_AS_PERCENT);
        assertThat(top.vintage()).isEqualTo(Vintage.of("2024.6.0"));
        assertThat(top.years()).isEqualTo(new YearRange(2012, 2024));
        assertThat(top.slip().map(Slip::slipped)).contains(12_362L);
        assertThat(EN.format(top.sentence())).contains("the ratio of asylum-seekers in 2024 to asylum-seekers in 2012,"
                + " written as a percentage").contains("it is 1,425.65%, 0.35 percentage points less");
    }

    @Test
    void aMadeUpNumberIsNoCloseMatchAndTheNearestAreListed() {
        FinderResult r = find("987,654,321 Chinese 2012-2024");
        assertThat(r.closeMatch()).isFalse();
        assertThat(EN.format(r.summary())).startsWith("No close match: no figure in the data comes within the tolerance"
                + " of 987,654,321");
        assertThat(r.candidates()).hasSize(FigureFinder.NEAREST).allSatisfy(c -> assertThat(c.match()).isFalse());
        // Nearest first: the gaps grow down the list.
        List<Double> gaps = r.candidates().stream().map(c -> Math.abs(c.difference())).toList();
        assertThat(gaps).isSorted();
    }

    @Test
    void theSameQueryGivesTheSameListEveryTime() {
        for (String q : List.of("1,158,739 Chinese 2012-2024", "12,362 Chinese 2012", "1.16 million")) {
            List<String> first = find(q).candidates().stream().map(c -> EN.format(c.sentence())).toList();
            FigureFinder another = new FigureFinder(data, finderEras());
            List<String> again = another.find(FigureText.parse(q, countries)).candidates().stream()
                    .map(c -> EN.format(c.sentence())).toList();
            assertThat(again).as(q).isEqualTo(first).isNotEmpty();
        }
    }

    private static EraTable finderEras() {
        try {
            return EraTable.loadBundled();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void theSearchSaysHowLargeItWas() {
        FinderResult r = find("1,158,739 Chinese 2012-2024");
        assertThat(r.series()).isGreaterThan(100);
        assertThat(r.figuresSearched()).isGreaterThan(10_000);
        assertThat(EN.format(r.summary())).contains(String.format(Locale.ENGLISH, "%,d figures from %,d series searched",
                r.figuresSearched(), r.series()));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            1,158,739 Chinese nationals 2012–2024 | 1158739  | false | 0.5    | CHN |     | 2012 | 2024
            1 158 739 in 2012-2024                | 1158739  | false | 0.5    |     |     | 2012 | 2024
            1.16 million                          | 1160000  | false | 5000   |     |     |      |
            "1,426 %"                             | 14.26    | true  | 0.005  |     |     |      |
            +1426% from 2012 to 2024              | 14.26    | true  | 0.005  |     |     | 2012 | 2024
            176,239 Chinese in mid-2024           | 176239   | false | 0.5    | CHN |     | 2024 | 2024
            "12,362 from China in the United States, 2012" | 12362 | false | 0.5 | CHN | USA | 2012 | 2012
            2022                                  | 2022     | false | 0.5    |     |     |      |
            """)
    void sentencesAreReadLeniently(String sentence, double figure, boolean percent, double precision, String origin,
                                   String asylum, Integer from, Integer to) {
        List<Country> known = List.of(new Country("CHN", "China"), new Country("USA", "United States of America"));
        FigureQuery q = FigureText.parse(sentence, known);
        assertThat(q.figure()).isCloseTo(figure, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(q.percent()).isEqualTo(percent);
        assertThat(q.precision()).isCloseTo(precision, org.assertj.core.data.Offset.offset(1e-12));
        assertThat(q.origin()).isEqualTo(Optional.ofNullable(origin));
        assertThat(q.asylum()).isEqualTo(Optional.ofNullable(asylum));
        assertThat(q.years()).isEqualTo(from == null ? Optional.empty() : Optional.of(new YearRange(from, to)));
    }

    @Test
    void aSentenceWithoutAFigureIsSaidSo() {
        assertThatThrownBy(() -> FigureText.parse("Chinese nationals", countries))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no figure in 'Chinese nationals'");
    }

    @ParameterizedTest(name = "{0} for {1}")
    @CsvSource({"15362, 12362, 12362", "15362, 12400, 12362", "104248, 404248, -1", "180960, 188960, 188960",
            "7, 7, -1", "45, 35, 35", "1000, 9, -1"})
    void aSlipIsOneDigitChangedByAtMostHalf(long data, double needed, long slipped) {
        assertThat(Slip.nearest(data, needed)).isEqualTo(slipped);
    }

    /** No candidate's words are typed per case: the finder's code holds no sentence, only keys. */
    @Test
    void explanationsAreGeneratedFromKeys() throws IOException {
        Pattern literal = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");
        List<String> prose = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("src/main/java/org/asylumtrends/data/claims"))) {
            for (Path f : files.filter(p -> p.getFileName().toString().matches("(FigureFinder|Finder|Slip|FigureCandidate|FigureAggregation).*\\.java")).toList()) {
                for (String line : Files.readAllLines(f)) {
                    if (line.strip().startsWith("*") || line.strip().startsWith("/")
                            || line.contains("IllegalArgumentException") || line.contains("requireNonNull")) {
                        continue;
                    }
                    Matcher m = literal.matcher(line);
                    while (m.find()) {
                        // A phrase of three words or more would be text typed into the code.
                        if (m.group(1).strip().split("\\s+").length >= 3) {
                            prose.add(f.getFileName() + ": " + m.group(1));
                        }
                    }
                }
            }
        }
        assertThat(prose).isEmpty();
        // Different figures are described by the same keys.
        FigureCandidate a = find("176,239 Chinese in 2024").candidates().get(0);
        FigureCandidate b = find("15,362 Chinese in 2012").candidates().get(0);
        assertThat(a.sentence().key()).isEqualTo(b.sentence().key()).isEqualTo("finder.candidate");
        assertThat(EN.format(b.sentence())).contains("asylum-seekers in 2012", "15,362, exactly the published figure");
    }
}
