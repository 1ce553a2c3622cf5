package org.asylumtrends.ui.main;

import static org.asylumtrends.ui.main.RunningApp.fixture;
import static org.asylumtrends.ui.main.RunningApp.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.prefs.Preferences;
import javafx.beans.property.SimpleObjectProperty;
import javafx.concurrent.Task;
import javafx.scene.control.DialogPane;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.asylumtrends.data.SpecialFiles;
import org.asylumtrends.ui.open.RecentFiles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;
import org.junit.jupiter.api.Tag;

/**
 * Issue 13's probes of the window: a named pipe opened from File > Open, the Cancel button in a narrow window, and
 * the recent-files list shared with another instance of the app.
 */
@Tag("slow") // a window: left out of the quick run (-Pquick)
class HostilePathsInTheWindowTest {
    private static final String NODE = "asylumtrends-test-hostile-paths";
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
    void aNamedPipeIsRefusedInWordsAndOpenAndExportStillWorkAfterwards() throws Exception {
        Path fifo = SpecialFiles.fifo(dir.resolve("x.csv"));
        app.fileActions().setOpenChooser(owner -> List.of(fifo.toFile()));
        robot.interact(() -> window.menu().openItem().fire());
        waitUntil(() -> robot.lookup("#loadErrorDialog").tryQuery().isPresent());
        DialogPane error = robot.lookup("#loadErrorDialog").queryAs(DialogPane.class);
        assertThat(error.getContentText()).isEqualTo(fifo
                + ": is a named pipe (FIFO), not a regular file; save the data to a file first and open that");
        robot.interact(() -> error.getScene().getWindow().hide());
        if (window.statusBar().isShowingLoad()) {
            robot.interact(() -> window.statusBar().cancelButton().fire());
        }

        File good = fixture("two-origins-population.csv");
        app.fileActions().setOpenChooser(owner -> List.of(good));
        robot.interact(() -> window.menu().openItem().fire());
        waitUntil(() -> app.fileActions().opener().loadedFiles().stream()
                .anyMatch(p -> p.getFileName().toString().equals("two-origins-population.csv")));

        Path table = dir.resolve("table.csv");
        app.fileActions().setCsvChooser(owner -> table.toFile());
        robot.interact(() -> window.dataTable().exportCsvButton().fire());
        waitUntil(() -> Files.exists(table));
        assertThat(Files.readAllLines(table).get(0)).startsWith("year,origin_iso3,origin,asylum_iso3");
        // Said as a figure's save is, name and folder, the whole path in the tooltip, and gone after a while.
        waitUntil(() -> !window.statusBar().noticeText().isEmpty());
        assertThat(window.statusBar().noticeText()).isEqualTo("Saved table.csv in " + dir.getFileName());
        robot.interact(() -> window.statusBar().flashEnded());
        assertThat(window.statusBar().noticeText()).isEmpty();
    }

    @Test
    void cancelKeepsItsWordInANarrowWindow() throws Exception {
        ShownLoad load = new ShownLoad();
        SimpleObjectProperty<Task<?>> current = new SimpleObjectProperty<>();
        Stage stage = (Stage) window.getScene().getWindow();
        robot.interact(() -> {
            window.statusBar().follow(current, () -> { });
            current.set(load);
            stage.setWidth(560);
        });
        robot.interact(() -> load.show("asylum-applications-every-origin-every-country-2000-2025.csv"));
        WaitForAsyncUtils.waitForFxEvents();
        Text shown = (Text) window.statusBar().cancelButton().lookup(".text");
        assertThat(shown.getText()).isEqualTo("Cancel");
    }

    @Test
    void filesAnotherInstanceOpenedStayInTheRecentList() throws Exception {
        Preferences node = Preferences.userRoot().node(NODE);
        RecentFiles other = new RecentFiles();
        other.add(List.of(Path.of("/elsewhere/opened-by-the-other-window.csv")));
        node.put("recent.files", other.format()); // what a second instance saved after this one started

        File good = fixture("two-origins-population.csv");
        app.fileActions().setOpenChooser(owner -> List.of(good));
        robot.interact(() -> window.menu().openItem().fire());
        waitUntil(() -> app.fileActions().opener().loadedFiles().stream()
                .anyMatch(p -> p.getFileName().toString().equals("two-origins-population.csv")));

        List<List<Path>> stored = RecentFiles.parse(node.get("recent.files", "")).entries();
        assertThat(stored).containsExactly(List.of(good.toPath().toAbsolutePath().normalize()),
                List.of(Path.of("/elsewhere/opened-by-the-other-window.csv")));
    }

    /** A load that is only shown, never run. */
    private static final class ShownLoad extends Task<Void> {
        void show(String message) {
            updateMessage(message);
        }

        @Override
        protected Void call() {
            return null;
        }
    }
}
