package org.asylumtrends.data.claims;

import static org.asylumtrends.data.DataErrors.assertThatMessageOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.asylumtrends.data.DataFormatException;
import org.asylumtrends.data.Measure;
import org.asylumtrends.data.Vintage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** The claims table: what it holds, and one clear line for each way it can be wrong. */
class ClaimsTableTest {
    private static final String HEADER = "id,claim,article_figure,check,measure,release,parameters\n";

    private static List<Claim> read(String rows) throws Exception {
        return ClaimsTable.read(new ByteArrayInputStream((HEADER + rows).getBytes(StandardCharsets.UTF_8)), "c.csv");
    }

    @Test
    void theBundledTableHoldsTheArticlesFigures() throws Exception {
        List<Claim> claims = ClaimsTable.loadBundled();
        assertThat(claims).hasSize(9);
        Claim first = claims.get(0);
        assertThat(first.articleCount()).isEqualTo(12_362);
        assertThat(first.measure()).isEqualTo(Measure.ASYLUM_SEEKERS);
        assertThat(first.vintage()).isEqualTo(Vintage.of("2024.6.0"));
        assertThat(first.year("year")).isEqualTo(2012);
        assertThat(claims.get(3).articlePercent()).isEqualTo(14.26);
        assertThat(claims.get(5).articleIso3()).containsExactly("USA", "AUS", "BRA", "KOR", "GBR");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            x,c,12362,year-count,asylum-seekers,2024.6.0,year=2012 | c.csv, line 2, column 'check': 'year-count' is not a known check
            x,c,12362,year-value,asylum,2024.6.0,year=2012        | c.csv, line 2, column 'measure': 'asylum' is not a known measure
            x,c,12362,year-value,asylum-seekers,2023,year=2012     | c.csv, line 2, column 'release': '2023' is not a known release
            x,c,"12,362",year-value,asylum-seekers,,year=2012      | c.csv, line 2: article figure '12,362' of claim x is not a count without separators (e.g. 12362)
            x,c,12362,year-value,asylum-seekers,,years=2012        | c.csv, line 2: check year-value needs the parameter 'year'
            x,c,12362,year-value,asylum-seekers,,year=twelve       | c.csv, line 2: parameter 'year' is not a year: 'twelve'
            x,c,12362,year-value,,,year=2012                       | c.csv, line 2: check year-value needs a measure
            x,c,14.26x,percent-increase,asylum-seekers,,from=2012;to=2024 | c.csv, line 2: article figure '14.26x' of claim x is not a percentage such as +1426%
            x,c,12362,year-value,asylum-seekers                    | c.csv, line 2: has 5 fields, expected 7
            """)
    void aBadRowIsNamedByLineAndColumn(String row, String message) {
        assertThatMessageOf(() -> read(row + "\n")).isEqualTo(message);
    }

    @Test
    void idsAreUnique() {
        assertThatMessageOf(() -> read("a,c,1,year-value,asylum-seekers,,year=2012\na,d,2,year-value,asylum-seekers,,year=2013\n"))
                .isEqualTo("c.csv, line 3, column 'id': 'a' is used by an earlier claim");
    }

    @Test
    void aClaimTextOverTwoLinesDoesNotShiftTheLineNumbersOfLaterRows() {
        assertThatMessageOf(() -> read("a,\"a claim\nover two lines\",1,year-value,asylum-seekers,,year=2012\n"
                + "b,c,2,no-such-check,asylum-seekers,,year=2013\n"))
                .isEqualTo("c.csv, line 4, column 'check': 'no-such-check' is not a known check");
    }

    @Test
    void theHeaderIsChecked() {
        assertThatMessageOf(() -> ClaimsTable.read(new ByteArrayInputStream("id,claim\n".getBytes(StandardCharsets.UTF_8)),
                "c.csv")).startsWith("c.csv, line 1: expected the header id,claim,article_figure");
    }

    @ParameterizedTest
    @EnumSource(Measure.class)
    void everyMeasureHasBothNames(Measure m) {
        ClaimsText en = new ClaimsText(Locale.ENGLISH);
        assertThat(en.format(Message.of("measure.release", m, "x"))).doesNotContain("!");
        assertThat(en.format(CheckContext.longName(m))).doesNotContain("!");
    }

    @ParameterizedTest
    @EnumSource(Verdict.class)
    void everyVerdictHasAWord(Verdict v) {
        assertThat(new ClaimsText(Locale.ENGLISH).verdict(v)).doesNotContain("!").isNotBlank();
    }
}
