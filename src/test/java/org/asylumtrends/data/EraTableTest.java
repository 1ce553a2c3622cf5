package org.asylumtrends.data;

import static org.asylumtrends.data.DataErrors.assertThatMessageOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The era table: where bands are drawn on a year axis, and what a user hears about a broken eras.csv. */
class EraTableTest {
    private static final String HEADER = "origin_iso3,name,start,end,note,source\n";

    @Test
    void xiJinpingsBandStartsInNovember2012NotAtTheYearBoundary() throws Exception {
        Era xi = EraTable.loadBundled().forOrigin("CHN").get(2);

        assertThat(xi.name()).isEqualTo("Xi Jinping");
        assertThat(xi.startX()).isCloseTo(2012.8716, within(0.005));
        assertThat(xi.endX(2026.0)).as("an ongoing era runs to the axis end").isEqualTo(2026.0);
        assertThat(xi.label()).isEqualTo("Xi Jinping (2012–)");
    }

    @Test
    void huJintaosBandEndsWhereXisBegins() throws Exception {
        Era hu = EraTable.loadBundled().forOrigin("CHN").get(1);

        assertThat(hu.startX()).isCloseTo(2002.8712, within(0.005));
        assertThat(hu.endX(2026.0)).isCloseTo(2012.8716, within(0.005));
        assertThat(hu.label()).isEqualTo("Hu Jintao (2002–2012)");
    }

    @Test
    void bundledTableHasTheThreeChinesePartyLeadersOldestFirst() throws Exception {
        EraTable table = EraTable.loadBundled();

        assertThat(table.forOrigin("CHN")).extracting(Era::name).containsExactly("Jiang Zemin", "Hu Jintao", "Xi Jinping");
        assertThat(table.forOrigin("VNM")).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            bad date          | CHN,Xi Jinping,2012-11-XX,,note,src                   | eras.csv, line 2, column 'start': '2012-11-XX' is not a date (expected YYYY-MM-DD)
            bad end date      | CHN,Hu Jintao,2002-11-15,15.11.2012,note,src           | eras.csv, line 2, column 'end': '15.11.2012' is not a date (expected YYYY-MM-DD)
            end before start  | CHN,Hu Jintao,2012-11-15,2002-11-15,note,src           | eras.csv, line 2: era Hu Jintao ends (2002-11-15) before it starts (2012-11-15)
            bad origin        | China,Xi Jinping,2012-11-15,,note,src                  | eras.csv, line 2, column 'origin_iso3': 'China' is not an ISO3 country code
            missing field     | CHN,Xi Jinping,2012-11-15,,note                        | eras.csv, line 2: has 5 fields, expected 6
            """)
    void rowErrorsNameFileLineAndValue(String problem, String row, String message) {
        assertThatMessageOf(() -> read(HEADER + row + "\n")).isEqualTo(message);
    }

    @Test
    void aBadHeaderSaysWhatWasExpectedAndFound() {
        assertThatMessageOf(() -> read("origin,leader,from,to\nCHN,Xi Jinping,2012-11-15,\n"))
                .isEqualTo("eras.csv, line 1: expected the header origin_iso3,name,start,end,note,source;"
                        + " found origin,leader,from,to");
    }

    @Test
    void lineNumbersCountTheLinesOfANoteThatSpansTwo() {
        String csv = HEADER
                + "CHN,Hu Jintao,2002-11-15,2012-11-15,\"General Secretary\nfrom 2002\",src\n"
                + "CHN,Xi Jinping,2012-11-XX,,note,src\n";

        assertThatMessageOf(() -> read(csv))
                .startsWith("eras.csv, line 4, column 'start': '2012-11-XX'");
    }

    @Test
    void emptyEndMeansTheEraGoesOnAndAByteOrderMarkIsIgnored() throws Exception {
        EraTable table = read("\uFEFF" + HEADER + "CHN,Xi Jinping,2012-11-15,,,\n");

        assertThat(table.forOrigin("CHN").get(0).endDate()).isEmpty();
    }

    private static EraTable read(String csv) throws Exception {
        return EraTable.read(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), "eras.csv");
    }
}
