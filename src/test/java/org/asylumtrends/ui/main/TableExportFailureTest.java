package org.asylumtrends.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.DialogPane;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;
import org.junit.jupiter.api.Tag;

/** Export CSV into a folder that cannot take the file: a sentence naming the folder, and no file written. */
@Tag("slow") // a window: left out of the quick run (-Pquick)
class TableExportFailureTest {
    private static final String NODE = "asylumtrends-test-table-export";
    private RunningApp running;
    private AsylumTrendsApp app;
    private MainWindow window;
    private final FxRobot robot = new FxRobot();

    @TempDir
    Path dir;

    @BeforeEach
    void start() throws Exception {
        running = RunningApp.start(NODE);
        app = running.app();
        window = running.window();
    }

    @AfterEach
    void stop() throws Exception {
        running.close();
    }

    @Test
    void aMissingFolderAndAFolderThatIsAFileAreNamedAndNothingIsWritten() throws Exception {
        Path missing = dir.resolve("gone").resolve("table.csv");
        assertThat(exportTo(missing.toFile()))
                .isEqualTo("Cannot save " + missing + ": the folder " + missing.getParent() + " does not exist.");

        Path report = Files.writeString(dir.resolve("report.txt"), "keep me");
        assertThat(exportTo(report.resolve("table.csv").toFile())).startsWith("Cannot save " + report.resolve("table.csv"));
        assertThat(Files.readString(report)).isEqualTo("keep me");
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("report.txt");
        }
    }

    /** Exports the table to {@code target} and returns the error shown. */
    private String exportTo(File target) throws Exception {
        app.fileActions().setCsvChooser(owner -> target);
        robot.interact(() -> window.dataTable().exportCsvButton().fire());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#tableExportErrorDialog").tryQuery().isPresent());
        DialogPane dialog = robot.lookup("#tableExportErrorDialog").queryAs(DialogPane.class);
        String text = dialog.getContentText();
        robot.interact(() -> dialog.getScene().getWindow().hide());
        WaitForAsyncUtils.waitForFxEvents();
        return text;
    }
}
