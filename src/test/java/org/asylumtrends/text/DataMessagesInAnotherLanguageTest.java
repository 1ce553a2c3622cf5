package org.asylumtrends.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.asylumtrends.data.DataFormatException;
import org.asylumtrends.data.DatasetLoader;
import org.asylumtrends.data.LoadMonitor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A file the reader refuses is described in the application's language, whole: the file, line and column
 * pattern and the problem both come from the bundle, nested clauses too, and the file name and line number
 * are still in it. Under a test-only bundle ({@code src/test/resources/.../messages_eo.properties}), since the
 * app ships English only.
 */
class DataMessagesInAnotherLanguageTest {
    private static final Locale ESPERANTO = Locale.forLanguageTag("eo");

    @TempDir
    Path dir;

    @AfterEach
    void english() {
        AppLocale.set(Locale.ENGLISH);
    }

    @Test
    void aBadCellIsDescribedInTheApplicationLanguageWithItsFileLineAndColumn() throws Exception {
        Path file = Files.writeString(dir.resolve("p.csv"), "year,coo_iso,coa_iso,asylum_seekers\n"
                + "2012,CHN,USA,5\n20x2,CHN,CAN,7\n");

        AppLocale.set(ESPERANTO);
        DataFormatException e = loadFails(file);

        assertThat(AppLocale.current()).isEqualTo(ESPERANTO);
        assertThat(Messages.describe(e)).isEqualTo("p.csv, linio 3, kolumno 'year': '20x2' ne estas jaro");
        // The same error, the locale switched back: English, as the window showed it before.
        AppLocale.set(Locale.ENGLISH);
        assertThat(Messages.describe(e)).isEqualTo("p.csv, line 3, column 'year': '20x2' is not a year");
    }

    @Test
    void aClauseChosenByTheReaderIsTranslatedInsideTheSentence() throws Exception {
        Path file = Files.writeString(dir.resolve("short.csv"), "year,coo_iso,coa_iso,asylum_seekers\n"
                + "2012,CHN,USA,5\n2013,CHN,USA\n");

        AppLocale.set(ESPERANTO);
        DataFormatException e = loadFails(file);

        assertThat(Messages.describe(e))
                .isEqualTo("short.csv, linio 3: havas 3 kampojn, sed la kaplinio havas 4 (\u0109u mankas kolumno?)");
        assertThat(Messages.describe((Throwable) e)).as("as the window and the command line show a failure")
                .isEqualTo(Messages.describe(e));
    }

    /** The load's note counts its rows in the pattern (a choice), not in code: "1 row has", "2 rows have". */
    @Test
    void theNoteOnSummedRowsSaysRowOrRowsAsItsCountAsks() throws Exception {
        String header = "Year,Country of origin,Country of origin (ISO),Country of asylum,Country of asylum (ISO),applied\n";
        String row = "2024,China,CHN,Canada,CAN,40\n";
        Path once = Files.writeString(dir.resolve("once.csv"), header + row + row);
        Path twice = Files.writeString(dir.resolve("twice.csv"), header + row + row + row);

        assertThat(DatasetLoader.load(List.of(once), LoadMonitor.NONE).metadata().notes()).map(Messages::describe)
                .singleElement().asString().startsWith("once.csv: 1 row has the key of an earlier row and was added to it:");
        assertThat(DatasetLoader.load(List.of(twice), LoadMonitor.NONE).metadata().notes()).map(Messages::describe)
                .singleElement().asString().startsWith("twice.csv: 2 rows have the key of an earlier row and were added");
    }

    private static DataFormatException loadFails(Path file) {
        return catchThrowableOfType(DataFormatException.class,
                () -> DatasetLoader.load(List.of(file), LoadMonitor.NONE));
    }
}
