package org.asylumtrends.data;

import static org.asylumtrends.data.Fixtures.figure;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Spreadsheet programs save CSV with a byte-order mark, CRLF line ends or as UTF-16; all read the same. */
class EncodingTest {
    private static final String TABLE = """
            Year,Country of origin,Country of origin (ISO),Country of asylum,Country of asylum (ISO),applied
            2018,China,CHN,Turkey,TUR,10
            2023,China,CHN,Türkiye,TUR,25
            2024,"China, Hong Kong SAR",HKG,Türkiye,TUR,5
            """;

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}, byte-order mark {1}, {2}")
    @CsvSource({
            "UTF-8,    false, LF",
            "UTF-8,    false, CRLF",
            "UTF-8,    true,  LF",
            "UTF-8,    true,  CRLF",
            "UTF-16LE, true,  CRLF",
            "UTF-16LE, true,  LF",
            "UTF-16BE, true,  LF",
    })
    void sameFiguresAndNamesInEveryEncoding(String charset, boolean byteOrderMark, String lineEnd) throws Exception {
        String text = lineEnd.equals("CRLF") ? TABLE.replace("\n", "\r\n") : TABLE;
        Path file = dir.resolve("asylum-applications.csv");
        Files.write(file, encode(text, Charset.forName(charset), byteOrderMark));

        AsylumDataset data = DatasetLoader.load(List.of(file), LoadMonitor.NONE);

        assertThat(figure(data, 2023, "CHN", "TUR", Count.APPLICATIONS_ALL)).hasValue(25);
        assertThat(figure(data, 2024, "HKG", "TUR", Count.APPLICATIONS_ALL)).hasValue(5);
        assertThat(data.origin("HKG")).hasValue(new Country("HKG", "China, Hong Kong SAR"));
        assertThat(data.observations("CHN").get(0).asylum().name()).isEqualTo("Türkiye");
    }

    private static byte[] encode(String text, Charset charset, boolean byteOrderMark) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (byteOrderMark) {
            out.writeBytes("\uFEFF".getBytes(charset));
        }
        out.writeBytes(text.getBytes(charset));
        return out.toByteArray();
    }
}
