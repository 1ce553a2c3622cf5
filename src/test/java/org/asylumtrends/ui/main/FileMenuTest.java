package org.asylumtrends.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.DialogPane;
import org.asylumtrends.data.Count;
import org.asylumtrends.data.EraConvention;
import org.asylumtrends.ui.open.RecentFiles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;
import org.junit.jupiter.api.Tag;

/**
 * The File menu as a user goes through it: Open… replaces, Add files… merges, and what was shown (files, origin,
 * era convention) comes back on the next start, or the status bar says why not.
 */
@Tag("slow") // a window: left out of the quick run (-Pquick)
class FileMenuTest {
    private static final String NODE = "asylumtrends-test-file-menu";
    private RunningApp running;
    private final FxRobot robot = new FxRobot();

    @AfterEach
    void stop() throws Exception {
        if (running != null) {
            running.close();
        }
    }

    private static File fixture(String name) throws Exception {
        return new File(FileMenuTest.class.getResource("/fixtures/ui/" + name).toURI());
    }

    private static void waitUntil(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private MainWindow window() {
        return running.window();
    }

    private String summary() {
        return window().summary().valueLabel().getText();
    }

    @Test
    void addFilesMergesIntoWhatIsLoadedAndOpenReplacesIt() throws Exception {
        running = RunningApp.start(NODE);
        FileActions actions = running.app().fileActions();
        File population = fixture("two-origins-population.csv");
        File applications = fixture("two-origins-applications.csv");
        actions.setOpenChooser(owner -> List.of(population));
        actions.setAddChooser(owner -> List.of(applications));

        robot.clickOn("File").clickOn("Open…");
        waitUntil(() -> "7,350 at end of 2024 (preliminary)".equals(summary()));
        robot.clickOn("File").clickOn("Add files…");
        waitUntil(() -> actions.opener().loadedFiles().size() == 2);

        // Both files are shown: the population's stock as before, and the applications next to it.
        assertThat(summary()).isEqualTo("7,350 at end of 2024 (preliminary)");
        assertThat(running.app().fileActions().opener().loadedFiles())
                .containsExactly(population.toPath(), applications.toPath());
        assertThat(modelData().provided()).contains(Count.ASYLUM_SEEKERS, Count.APPLICATIONS_NEW);

        // Open… replaces: only the applications file is left, and the population's stock is gone.
        actions.setOpenChooser(owner -> List.of(applications));
        robot.clickOn("File").clickOn("Open…");
        waitUntil(() -> !modelData().provided().contains(Count.ASYLUM_SEEKERS));
        assertThat(actions.opener().loadedFiles()).containsExactly(applications.toPath());
    }

    @Test
    void addFilesOnTheBundledDataKeepsTheBundledData(@TempDir Path dir) throws Exception {
        running = RunningApp.start(NODE);
        Path afghanistan = Files.writeString(dir.resolve("afg.csv"), "year,coo_iso,coa_iso,asylum_seekers\n"
                + "2024,AFG,DEU,49000\n");
        running.app().fileActions().setAddChooser(owner -> List.of(afghanistan.toFile()));

        robot.clickOn("File").clickOn("Add files…");
        // Not "AFG is an origin": every bundled origin, read in the background, has it too.
        waitUntil(() -> modelData().metadata().files().stream().anyMatch(f -> f.contains("afg.csv")));
        assertThat(modelData().origin("AFG")).isPresent();

        assertThat(modelData().origin("CHN")).as("the bundled China data stay").isPresent();
        assertThat(summary()).isEqualTo("180,960 at end of 2024");
        assertThat(window().statusBar().sourceLabel().getText()).isEqualTo("Source: UNHCR Refugee Population Statistics"
                + " Database (release 2025.12.1); UNHCR Refugee Population Statistics Database \u00b7 CC BY 4.0");
    }

    @Test
    void theOpenedFilesOriginAndConventionComeBackOnTheNextStart() throws Exception {
        File population = fixture("two-origins-population.csv");
        running = RunningApp.start(NODE, node -> {
            node.put("data.files", RecentFiles.formatEntry(List.of(population.toPath())));
            node.putBoolean("data.withBundled", false);
            node.put("origin", "AFG");
            node.put("convention", "year-end");
        });

        waitUntil(() -> "51,100 at end of 2024 (preliminary)".equals(summary()));
        assertThat(window().originChooser().combo().getValue().iso3()).isEqualTo("AFG");
        assertThat(running.app().fileActions().opener().loadedFiles()).containsExactly(population.toPath());
        assertThat(conventionShown()).isEqualTo(EraConvention.IN_OFFICE_AT_YEAR_END);
    }

    @Test
    void aFileMovedSinceTheLastRunIsNamedAndTheBundledDataAreShown(@TempDir Path dir) throws Exception {
        Path gone = dir.resolve("moved-away.csv");
        running = RunningApp.start(NODE, node -> node.put("data.files", RecentFiles.formatEntry(List.of(gone))));

        waitUntil(() -> !window().statusBar().noticeText().isEmpty());
        assertThat(window().statusBar().noticeText()).isEqualTo("moved-away.csv is no longer where it was last time ("
                + dir.toAbsolutePath() + "): moved or deleted? Showing the bundled data.");
        assertThat(summary()).isEqualTo("180,960 at end of 2024");
    }

    @Test
    void anExportWithoutItsBreakdownSaysInTheStatusBarHowManyRowsWereSummed(@TempDir Path dir) throws Exception {
        running = RunningApp.start(NODE);
        Path reduced = Files.writeString(dir.resolve("reduced.csv"), "Year,Country of origin,Country of origin (ISO),"
                + "Country of asylum,Country of asylum (ISO),applied\n2024,China,CHN,Canada,CAN,40\n"
                + "2024,China,CHN,Canada,CAN,40\n2024,China,CHN,Canada,CAN,40\n");
        running.app().fileActions().setOpenChooser(owner -> List.of(reduced.toFile()));
        robot.clickOn("File").clickOn("Open…");
        waitUntil(() -> !window().statusBar().noticeText().isEmpty());

        assertThat(window().statusBar().noticeText()).isEqualTo("Loaded reduced.csv: 2 rows have the key of an earlier"
                + " row and were added to it: this export lacks some of UNHCR's breakdown columns (authority,"
                + " application type, stage, cases/persons), so such rows are separate figures.");
        assertThat(modelData().observations("CHN").get(0).counts().get(Count.APPLICATIONS_ALL)).hasValue(120);
    }

    @Test
    void figuresTooLargeToAddUpGiveADialogAndTheOldSourceLineStays(@TempDir Path dir) throws Exception {
        running = RunningApp.start(NODE);
        Path huge = Files.writeString(dir.resolve("huge.csv"), "year,coo_iso,coa_iso,asylum_seekers\n"
                + "2023,CHN,USA,9223372036854775807\n2024,CHN,USA,9223372036854775807\n");
        running.app().fileActions().setOpenChooser(owner -> List.of(huge.toFile()));
        robot.clickOn("File").clickOn("Open…");
        waitUntil(() -> robot.lookup("#loadErrorDialog").tryQuery().isPresent());

        DialogPane dialog = robot.lookup("#loadErrorDialog").queryAs(DialogPane.class);
        assertThat(dialog.getContentText()).isEqualTo("huge.csv, line 3, column 'asylum_seekers':"
                + " '9223372036854775807' is too large: with the rows above it, the file's asylum_seekers figures add"
                + " up to more than 9223372036854775807, the largest total Asylum Trends can add exactly");
        robot.interact(() -> dialog.getScene().getWindow().hide());
        assertThat(window().statusBar().sourceLabel().getText()).contains("release 2025.12.1");
        assertThat(summary()).isEqualTo("180,960 at end of 2024");
    }

    private org.asylumtrends.data.AsylumDataset modelData() {
        return running.app().model().getDataset();
    }

    private EraConvention conventionShown() {
        return running.app().model().getSelection().convention();
    }
}
