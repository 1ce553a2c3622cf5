package org.asylumtrends.view;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.LocalDate;
import java.util.List;
import org.asylumtrends.data.Annotation;
import org.asylumtrends.data.Editorial;
import org.asylumtrends.data.EraConvention;
import org.asylumtrends.data.Measure;
import org.asylumtrends.data.RangeAggregation;
import org.asylumtrends.data.Scale;
import org.asylumtrends.data.Selection;
import org.asylumtrends.data.YearRange;
import org.asylumtrends.export.ExportException;
import org.asylumtrends.export.FigureContent;
import org.asylumtrends.export.FigureSize;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The saved-view file: what is written reads back the same, and a hostile file is refused by file and line. */
class ViewFileTest {
    static final View VIEW = new View(
            new Selection(List.of("CHN", "HKG"), List.of(), Measure.APPLICATIONS_NEW, RangeAggregation.SUM_OVER_YEARS,
                    new YearRange(2005, 2023), EraConvention.IN_OFFICE_AT_YEAR_END, Scale.LOG),
            new Editorial("Claims rose | fast", "Subtitle: with a colon", "Line one\nLine two with \\n typed", "Chart: J. Doe",
                    "Alt text\nover two lines", List.of(Annotation.at(LocalDate.of(2020, 6, 30), "Hong Kong NSL | law"),
                    new Annotation(LocalDate.of(2019, 6, 9), LocalDate.of(2020, 1, 31), "Protests"))),
            new FigureContent(List.of(new org.asylumtrends.export.DestinationPanel(),
                    new org.asylumtrends.export.TrendPanel())), FigureSize.A4_LANDSCAPE);
    static final ViewData BUNDLED = new ViewData(true, "2025.12.1", List.of());

    @TempDir
    Path dir;

    @Test
    void whatIsWrittenIsReadBackExactly() throws Exception {
        Path data = Files.writeString(dir.resolve("population.csv"), "year,coo_iso\n");
        ViewData withFile = ViewData.of(true, "2025.12.1", List.of(data));
        Path file = dir.resolve("china.atview");

        ViewFile.write(file, VIEW, withFile);
        ViewFile.Saved saved = ViewFile.read(file);

        assertThat(saved.view()).isEqualTo(VIEW);
        assertThat(saved.data()).isEqualTo(withFile);
        // sha256sum of "year,coo_iso\n"
        assertThat(saved.data().files().get(0).sha256())
                .isEqualTo("29595f39c10b8bb339f50f30dad8caf43e5131bda5b2c946d489624d1750c542");
        assertThat(saved.data().changesSince("2025.12.1")).isEmpty();
    }

    @Test
    void theFileIsReadableTextWithItsVersionFirst() throws Exception {
        String text = ViewFile.format(VIEW, BUNDLED);

        assertThat(text.lines().filter(l -> !l.startsWith("#")).findFirst()).hasValue("asylum-trends-view: 1");
        assertThat(text).contains("origins: CHN,HKG\n", "measure: applications-new\n", "scale: log\n",
                "years: 2005-2023\n", "panels: destinations,trend\n", "size: 1123x794\n",
                "notes: Line one\\nLine two with \\\\n typed\n", "annotation: 2020-06-30 | Hong Kong NSL | law\n",
                "annotation: 2019-06-09..2020-01-31 | Protests\n", "data: bundled | release 2025.12.1\n");
    }

    @Test
    void aChangedOrMissingDataFileIsNamed() throws Exception {
        Path data = Files.writeString(dir.resolve("a.csv"), "one");
        Path gone = Files.writeString(dir.resolve("b.csv"), "two");
        ViewData saved = ViewData.of(true, "2024.6.0", List.of(data, gone));
        Files.writeString(data, "one, changed");
        Files.delete(gone);

        assertThat(saved.changesSince("2025.12.1")).containsExactly(
                "The view was saved with the bundled data of release 2024.6.0; this app has release 2025.12.1:"
                        + " figures may differ.",
                data + " has changed since the view was saved: figures may differ.",
                "The view's data file " + gone + " is no longer there.");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '§', textBlock = """
            asylum-trends-view: 2 § 1 § the view is of version 2; this Asylum Trends reads versions up to 1
            asylum-trends-view: x § 1 § the version 'x' is not a number
            origins: CHN § 1 § not a saved Asylum Trends view: it must start with "asylum-trends-view: 1"
            title: Claims fell \u202E4202 ni § 2 § the title holds the character U+202E at position 13
            byline: a\u0007b § 2 § the byline holds the character U+0007 at position 2
            colour: red § 2 § unknown key 'colour'
            title: a\\tb § 2 § a backslash at position 2 is not \\n or \\\\
            no colon here § 2 § expected "key: value"
            years: 2024-2012 § 2 § the years '2024-2012' are not FROM-TO
            origins: CHN,AFG,SYR,IRQ,IRN,PAK,BGD,IND,NPL § 2 § at most 8 countries are compared
            annotation: 30 June 2020 | NSL § 2 § an annotation is "YYYY-MM-DD | label"
            annotation: 2020-02-30 | NSL § 2 § 2020-02-30
            data: /tmp/x.csv § 2 § a data line is "bundled | release R" or "PATH | sha256 HEX"
            """)
    void aHostileLineIsRefusedWithFileAndLine(String line, int lineNumber, String message) throws Exception {
        String text = line.startsWith("asylum-trends-view") || line.startsWith("origins: CHN\n")
                || lineNumber == 1 ? line + "\n" + rest(null) : "asylum-trends-view: 1\n" + line + "\n" + rest(key(line));
        Path file = Files.writeString(dir.resolve("hostile.atview"), text, StandardCharsets.UTF_8);

        assertThatThrownBy(() -> ViewFile.read(file)).isInstanceOf(ViewFileException.class)
                .hasMessageStartingWith(file + ", line " + lineNumber + ": ").hasMessageContaining(message);
    }

    @Test
    void aHugeLineOrFileOrBinaryIsNoView() throws Exception {
        Path longLine = Files.writeString(dir.resolve("long.atview"), "asylum-trends-view: 1\ntitle: "
                + "x".repeat(20_000) + "\n");
        assertThatThrownBy(() -> ViewFile.read(longLine)).hasMessage(longLine + ", line 2: the line has 20007"
                + " characters; a view's lines have at most 8200");
        Path huge = Files.write(dir.resolve("huge.atview"), new byte[(1 << 20) + 10]);
        assertThatThrownBy(() -> ViewFile.read(huge)).hasMessage(huge + ": is larger than 1 MB: not a saved view");
        Path binary = Files.write(dir.resolve("png.atview"), new byte[] {(byte) 0x89, 'P', 'N', 'G', (byte) 0xff});
        assertThatThrownBy(() -> ViewFile.read(binary)).hasMessage(binary + ": is not UTF-8 text: not a saved view");
    }

    @Test
    void savingNeverDamagesAnExistingFile() throws Exception {
        Path file = dir.resolve("kept.atview");
        ViewFile.write(file, VIEW, BUNDLED);
        byte[] before = Files.readAllBytes(file);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("r--r--r--"));

        assertThatThrownBy(() -> ViewFile.write(file, View.of(Selection.DEFAULT), BUNDLED))
                .isInstanceOf(ExportException.class).hasMessageContaining(file.toString());
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
        try (var left = Files.list(dir)) {
            assertThat(left.map(p -> p.getFileName().toString())).containsExactly("kept.atview");
        }
    }

    /** The lines of a valid view after the hostile one, leaving out the key it gives. */
    private static String rest(String without) {
        return ViewFile.format(VIEW, BUNDLED).lines().skip(2).filter(l -> without == null || !l.startsWith(without + ":"))
                .reduce("", (a, b) -> a + b + "\n");
    }

    private static String key(String line) {
        int colon = line.indexOf(':');
        return colon < 0 ? null : line.substring(0, colon);
    }
}
