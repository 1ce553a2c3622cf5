package org.asylumtrends.data;

import static org.asylumtrends.data.DataErrors.assertThatMessageOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The splitter on FastCSV keeps what the hand-written one did where FastCSV alone reads otherwise: quotes that
 * do not start a field, a quote never closed (FastCSV reads it to the end without a word), line numbers across
 * quoted line ends, and the end mark never showing up as a record.
 */
class CsvRecordsTest {

    /** Each record as "cell|cell", with the line it ends on: "2:a|b". */
    private static List<String> split(String text) throws IOException, DataFormatException {
        CsvRecords csv = new CsvRecords(new StringReader(text), "t.csv");
        List<String> out = new ArrayList<>();
        String[] r;
        while ((r = csv.next()) != null) {
            out.add(csv.lastRecordStart() + "-" + csv.linesRead() + ":" + String.join("|", r));
        }
        return out;
    }

    @Test
    void spacesBeforeAnOpeningQuoteAreDroppedAndItsCommaIsKept() throws Exception {
        // FastCSV takes ' "China' and ' Hong Kong SAR"' for two fields of text with quotes in them.
        assertThat(split("a, \"China, Hong Kong SAR\",b\n")).containsExactly("1-1:a|China, Hong Kong SAR|b");
    }

    @Test
    void quotesInsideUnquotedFieldsAreKeptAsBefore() throws Exception {
        // As the hand-written splitter did: the first quote opens a run and is kept, one that ends a field is not.
        assertThat(split("CH\"N\",x\nab\"c,d\"e\n")).containsExactly("1-1:CH\"N|x", "2-2:ab\"c,d\"e");
    }

    @Test
    void aQuoteThatOpensARunNotClosedOnItsLineIsReportedAtThatLine() {
        assertThatMessageOf(() -> split("a,b\n2012,CH\"N,USA,100\n2013,CHN,USA,5\n"))
                .isEqualTo("t.csv, line 2: a quoted field is never closed (unbalanced \")");
    }

    @Test
    void aQuotedFieldOpenAtTheEndOfAFileWithoutLineEndIsNeverClosed() {
        assertThatMessageOf(() -> split("a,b\n1,\"x\n2,y"))
                .isEqualTo("t.csv, line 2: a quoted field is never closed (unbalanced \")");
    }

    @Test
    void aClosedQuotedFieldAtTheVeryEndIsRead() throws Exception {
        assertThat(split("a,b\n1,\"x\"")).containsExactly("1-1:a|b", "2-2:1|x");
        assertThat(split("a,b\n1,\"x\ny\"")).containsExactly("1-1:a|b", "2-3:1|x\ny");
    }

    @Test
    void lineEndsInsideQuotesBecomeLfAndCountAsLines() throws Exception {
        assertThat(split("a,\"1\r\n2\r3\"\r\nb,c\r\n\r\nd,e"))
                .containsExactly("1-3:a|1\n2\n3", "4-4:b|c", "6-6:d|e");
    }

    @Test
    void aLineThatLooksLikeTheEndMarkIsData() throws Exception {
        String mark = CsvRecords.END_MARK.substring(1);
        assertThat(split(mark + "\nx\n")).containsExactly("1-1:" + mark, "2-2:x");
    }

    @Test
    void moreThanTheFieldLimitOnOneLineIsRefusedAtThatLine() throws Exception {
        assertThat(split(",".repeat(CsvRecords.MAX_FIELDS - 1) + "\n")).hasSize(1);
        assertThatMessageOf(() -> split("a\n" + ",".repeat(CsvRecords.MAX_FIELDS) + "\n"))
                .isEqualTo("t.csv, line 2: has more than 10000 fields: is this a UNHCR CSV file? (UNHCR's tables"
                        + " have about 20 columns)");
    }

    @Test
    void openCsvAndTheCommonsJarsItPulledInAreGone() {
        // They were ~6 MB of the app's jar for what FastCSV (one small jar, no dependencies) does.
        for (String name : List.of("com.opencsv.CSVReader", "org.apache.commons.lang3.StringUtils",
                "org.apache.commons.text.StringEscapeUtils", "org.apache.commons.beanutils.BeanUtils",
                "org.apache.commons.collections4.ListUtils")) {
            assertThatThrownBy(() -> Class.forName(name)).as(name).isInstanceOf(ClassNotFoundException.class);
        }
    }
}
