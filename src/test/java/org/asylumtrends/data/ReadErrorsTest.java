package org.asylumtrends.data;

import static org.asylumtrends.data.DataErrors.assertThatMessageOf;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.Stream;
import org.asylumtrends.text.Messages;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What a user reads when a file cannot be used: the file, the line, the column and the value, and what is wrong
 * with it. Each case is a small file and the exact message.
 */
class ReadErrorsTest {
    private static final String HEADER = "year,coo_iso,coa_iso,asylum_seekers\n";
    private static final String GOOD_ROW = "2012,CHN,USA,5\n";

    static Stream<Arguments> badFiles() {
        return Stream.of(
                bad("text in a count", HEADER + GOOD_ROW + "2013,CHN,USA,many\n",
                        "p.csv, line 3, column 'asylum_seekers': 'many' is not a count (expected a whole number)"),
                bad("letter O for zero", HEADER + "2013,CHN,USA,7O0\n",
                        "p.csv, line 2, column 'asylum_seekers': '7O0' is not a count (expected a whole number)"),
                bad("negative", HEADER + "2013,CHN,USA,-5\n",
                        "p.csv, line 2, column 'asylum_seekers': '-5' is negative: counts cannot be below zero"),
                bad("decimals", HEADER + "2013,CHN,USA,12.5\n",
                        "p.csv, line 2, column 'asylum_seekers': '12.5' is not a whole number:"
                                + " counts of people have no decimals or separators"),
                bad("thousands separator", HEADER + "2013,CHN,USA,\"1,234\"\n",
                        "p.csv, line 2, column 'asylum_seekers': '1,234' is not a whole number:"
                                + " counts of people have no decimals or separators"),
                bad("too large", HEADER + "2013,CHN,USA,99999999999999999999\n",
                        "p.csv, line 2, column 'asylum_seekers': '99999999999999999999' is too large to be a count"),
                bad("legacy redaction", HEADER + "2013,CHN,USA,*\n",
                        "p.csv, line 2, column 'asylum_seekers': '*' is a redacted small number ('*'):"
                                + " this legacy format is not supported"),
                bad("bad year", HEADER + "20l3,CHN,USA,5\n",
                        "p.csv, line 2, column 'year': '20l3' is not a year"),
                bad("year out of range", HEADER + "1899,CHN,USA,5\n",
                        "p.csv, line 2, column 'year': '1899' is outside the years UNHCR reports (1950–2100)"),
                bad("bad ISO3", HEADER + "2013,CHN,US,5\n",
                        "p.csv, line 2, column 'coa_iso': 'US' is not an ISO3 country code"),
                bad("empty ISO3", HEADER + "2013,,USA,5\n",
                        "p.csv, line 2, column 'coo_iso': '' is empty: every row needs an ISO3 country code"),
                bad("truncated line", HEADER + GOOD_ROW + "2013,CHN,USA\n",
                        "p.csv, line 3: has 3 fields, but the header has 4 (truncated line or missing column?)"),
                bad("extra field", HEADER + "2013,CHN,USA,5,7\n",
                        "p.csv, line 2: has 5 fields, but the header has 4 (extra columns or an unquoted comma?)"),
                bad("unbalanced quote", HEADER + GOOD_ROW + "2013,\"CHN,USA,5\n2014,CHN,USA,6\n",
                        "p.csv, line 3: a quoted field is never closed (unbalanced \")"),
                bad("line numbers count blank lines and CRLF", (HEADER + GOOD_ROW + "\n2013,CHN,USA,x\n").replace("\n", "\r\n"),
                        "p.csv, line 4, column 'asylum_seekers': 'x' is not a count (expected a whole number)"),
                bad("empty file", "",
                        "p.csv: is empty: expected a header line and data rows"),
                bad("header only", HEADER,
                        "p.csv: has a header but no data rows"),
                bad("header lacks key columns", "Year,Country,Asylum-seekers\n2013,China,5\n",
                        "p.csv: the header lacks required columns. Expected 'coo_iso' or 'country of origin (iso)';"
                                + " 'coa_iso' or 'country of asylum (iso)'. Found: 'Year', 'Country', 'Asylum-seekers'"),
                bad("header lacks figures", "year,coo_iso,coa_iso,note\n2013,CHN,USA,x\n",
                        "p.csv: the header lacks required columns. Expected at least one figure column such as"
                                + " 'applied', 'asylum_seekers', 'refugees' or 'dec_total'."
                                + " Found: 'year', 'coo_iso', 'coa_iso', 'note'"),
                bad("two columns for one figure", "year,coo_iso,coa_iso,asylum_seekers,Asylum-seekers\n2013,CHN,USA,5,5\n",
                        "p.csv: the header has two columns for asylum_seekers: 'asylum_seekers' and 'Asylum-seekers'"),
                bad("HDX layout holding UNHCR codes instead of ISO3",
                        "Year,Country of Origin Code,Country of Asylum Code,Country of Origin Name,Country of Asylum Name,"
                                + "Refugees,Asylum seekers\n2013,CHI,AUT,China,Austria,5,5\n",
                        "p.csv, line 2, column 'Country of Origin Code': 'CHI' is UNHCR's own code for China,"
                                + " not its ISO3 code (CHN)"),
                bad("legacy popstats export", "\"Extracted from the UNHCR Population Statistics Reference Database\","
                                + "\"United Nations High Commissioner for Refugees\"\n\"Date extracted: 2019-03-01\"\n\n"
                                + "Year,Country / territory of asylum/residence,Origin,Applied during year\n2000,Zimbabwe,China,*\n",
                        "p.csv: " + Messages.describe(HeaderLayout.LEGACY_POPSTATS)),
                bad("R table without ISO columns", "year,coo_name,coo,coa_name,coa,asylum_seekers\n2013,China,CHI,Austria,AUS,5\n",
                        "p.csv: the header lacks required columns. Expected 'coo_iso' or 'country of origin (iso)';"
                                + " 'coa_iso' or 'country of asylum (iso)'. Found: 'year', 'coo_name', 'coo', 'coa_name',"
                                + " 'coa', 'asylum_seekers'. This file identifies countries by UNHCR codes only ('coo',"
                                + " 'coa'); Asylum Trends joins on ISO3 codes (UNHCR codes collide with ISO codes:"
                                + " UNHCR 'AUS' is Austria). Export with ISO codes ('coo_iso', 'coa_iso') instead.")
        );
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badFiles")
    void messageNamesFileLineColumnAndValue(String problem, String content, String message) {
        assertThatMessageOf(() -> Fixtures.read("p.csv", content))
                .isEqualTo(message);
    }

    private static Arguments bad(String problem, String content, String message) {
        return Arguments.of(problem, content, message);
    }
}
