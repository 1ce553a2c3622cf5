package org.asylumtrends.data.claims;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.asylumtrends.data.DatasetLoader;
import org.asylumtrends.data.EraTable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every claim of the article against the bundled UNHCR data: the verdicts and figures a reader is shown. */
class ClaimsCheckTest {
    private static final ClaimsText EN = new ClaimsText(Locale.ENGLISH);
    private static Map<String, ClaimResult> results;
    private static List<ClaimResult> ordered;

    @BeforeAll
    static void check() throws Exception {
        ordered = ClaimsCheck.checkBundled(DatasetLoader.loadBundled(), EraTable.loadBundled());
        results = ordered.stream().collect(Collectors.toMap(r -> r.claim().id(), Function.identity()));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            2012             | DIFFERS              | 12,362              | 15,362
            2024-preliminary | MATCHES              | 176,239             | 176,239
            total            | DIFFERS              | 1,158,739           | 1,161,728
            surge            | DIFFERS              | +1,426%             | +1,047%
            2022-vs-hu       | CANNOT_BE_REPRODUCED | 2022 ≈ Hu Jintao's decade | 2022: 116,338; Hu Jintao: 165,573 (2003–2012) or 175,435 (2002–2011)
            top-destinations | DIFFERS              | USA, AUS, BRA, KOR, GBR | USA, AUS, BRA, CAN, GBR
            applied          | DIFFERS              | 176,239 applied in 2024 | 55,594 in 2024
            xi-start         | MATCHES              | 15 November 2012    | 15 November 2012
            record-2024      | MATCHES              | record in 2024      | 2024: 180,960, the highest
            """)
    void verdictAndFigures(String id, Verdict verdict, String article, String data) {
        ClaimResult r = results.get(id);
        assertThat(r.verdict()).isEqualTo(verdict);
        assertThat(EN.format(r.articleFigure())).isEqualTo(article);
        assertThat(EN.format(r.dataFigure())).isEqualTo(data);
    }

    /** The explanation carries the computed figures that make the verdict understandable. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            2012             | is 15,362; the article has 12,362, 3,000 fewer | differ in a single digit |
            2024-preliminary | 176,239, exactly the figure in the article | In release 2025.12.1, the figure for 2024 is 180,960, 4,721 higher |
            total            | gives 1,161,728, 2,989 more than the 1,158,739 | the sum is 1,158,728, 11 below | counts anyone who waited several years more than once
            surge            | increase of +1,047% | 176,239 ÷ 12,362 = 14.26 | an increase of +1,326%
            2022-vs-hu       | 165,573 for 2003–2012 | 175,435 for 2002–2011 | 2022 is 70% and 66% | 16,647 against 175,152
            top-destinations | The first 3 countries agree | Rep. of Korea in place 4; the data put it in place 6 (14,838) | Canada is in place 4
            applied          | asylum-seekers figure for 2024 in release 2024.6.0 | were 55,594 | add up to 365,260
            xi-start         | starts Xi Jinping's era on 15 November 2012 | 2012 counts as Hu Jintao's year |
            record-2024      | 2024 is the highest year of 2000–2025 | next highest is 2023 with 137,143 | already above every earlier year
            """)
    void explanationShowsTheComputedFigures(String id, String first, String second, String third) {
        String explanation = EN.explanation(results.get(id));
        assertThat(explanation).contains(first, second);
        if (third != null) {
            assertThat(explanation).contains(third);
        }
    }

    @Test
    void claimsKeepTheTablesOrder() {
        assertThat(ordered).extracting(r -> r.claim().id()).containsExactly("2012", "2024-preliminary", "total",
                "surge", "2022-vs-hu", "top-destinations", "applied", "xi-start", "record-2024");
    }

    @Test
    void measureUsedNamesTheStockAndTheRelease() {
        assertThat(EN.format(results.get("total").measureUsed())).isEqualTo(
                "UNHCR asylum-seekers (stock: claims pending at year end), summed over 2012–2024, release 2024.6.0");
        assertThat(EN.format(results.get("applied").measureUsed()))
                .isEqualTo("UNHCR new asylum applications (flow: claims lodged in the year), release 2025.12.1");
    }

    @Test
    void everyTextResolvesInEnglish() {
        for (ClaimResult r : ordered) {
            String all = String.join(" ", EN.format(r.articleFigure()), EN.format(r.dataFigure()),
                    EN.format(r.measureUsed()), EN.explanation(r), EN.verdict(r.verdict()));
            assertThat(all).as(r.claim().id()).doesNotContain("!").doesNotContain("{").doesNotContain("''");
        }
        assertThat(EN.rule()).contains("within 0.1% of the data's figure", "within 5 people",
                "0.5 percentage points", "within 10%");
    }

    /**
     * Issue 18: in Chinese and Korean the explanation names countries and leaders in the reader's language (CLDR's
     * names, the era table's), as the charts do; English keeps UNHCR's names, and machine output too.
     */
    @Test
    void countriesAndErasAreNamedInTheReadersLanguage() {
        ClaimResult top = results.get("top-destinations");
        String zh = new ClaimsText(Locale.CHINESE).explanation(top);
        assertThat(zh).contains("美国", "韩国").doesNotContain("United States", "Rep. of Korea");
        String ko = new ClaimsText(Locale.KOREAN).explanation(top);
        assertThat(ko).contains("미국").doesNotContain("United States");
        assertThat(EN.explanation(top)).contains("Rep. of Korea");
        assertThat(ClaimsText.forMachineOutput().explanation(top)).contains("Rep. of Korea");
        String era = new ClaimsText(Locale.CHINESE).explanation(results.get("xi-start"));
        assertThat(era).contains("习近平").doesNotContain("Xi Jinping");
    }
}
