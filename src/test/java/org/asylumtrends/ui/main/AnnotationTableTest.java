package org.asylumtrends.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.input.Clipboard;
import javafx.scene.input.KeyCode;
import org.asylumtrends.data.Annotation;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 17's "annotations ... listed in the table", in the running app: an annotation the user adds is a cell of the
 * Chart data tab in its year's row, under an "Annotation" column, and goes with the table's copy and CSV.
 */
@Tag("slow") // a window
class AnnotationTableTest {
    private static final String NODE = "asylumtrends-test-annotation-table";
    private RunningApp running;
    private MainWindow window;
    private final FxRobot robot = new FxRobot();

    @TempDir
    Path dir;

    @BeforeEach
    void start() throws Exception {
        running = RunningApp.start(NODE);
        window = running.window();
    }

    @AfterEach
    void stop() throws Exception {
        running.close();
    }

    @Test
    void anAnnotationIsInItsYearsRowAndInTheCopyAndTheCsv() throws Exception {
        robot.interact(() -> running.app().newsroom().add(
                Annotation.at(LocalDate.of(2020, 6, 30), "Hong Kong security law")));
        showChartDataTab();
        // The every-origin data replace the opening ones a moment after start (later on a busy machine), and the
        // table is built again with them: wait for the cell rather than read a table being rebuilt.
        RunningApp.waitUntil(() -> robot.lookup("#chartDataTable .table-cell")
                .match((TableCell<?, ?> c) -> "Jun 30, 2020: Hong Kong security law".equals(c.getText()))
                .queryAll().size() == 1);

        TableColumn<Integer, ?> last = window.chartDataTable().table().getColumns()
                .get(window.chartDataTable().table().getColumns().size() - 1);
        assertThat(last.getText()).isEqualTo("Annotation");
        List<TableCell<?, ?>> shown = robot.lookup("#chartDataTable .table-cell")
                .match((TableCell<?, ?> c) -> "Jun 30, 2020: Hong Kong security law".equals(c.getText()))
                .queryAllAs(TableCell.class).stream().<TableCell<?, ?>>map(c -> c).toList();
        assertThat(shown).as("one cell on screen says it").hasSize(1);
        assertThat(shown.get(0).getTableRow().getItem()).as("in the row of 2020").isEqualTo(2020);
        assertThat(shown.get(0).isVisible()).isTrue();

        robot.clickOn("#chartDataTable");
        robot.press(KeyCode.SHORTCUT, KeyCode.C).release(KeyCode.C, KeyCode.SHORTCUT);
        String[] copied = new String[1];
        robot.interact(() -> copied[0] = Clipboard.getSystemClipboard().getString());
        assertThat(copied[0].lines()).contains("year\tChina (CHN) [linear]\tannotation")
                .anyMatch(l -> l.startsWith("2020\t") && l.endsWith("\t2020-06-30: Hong Kong security law"))
                .anyMatch(l -> l.startsWith("2019\t") && l.endsWith("\t"));

        Path csv = dir.resolve("chart-data.csv");
        String[] suggested = new String[1];
        running.app().fileActions().setCsvChooser((owner, name) -> {
            suggested[0] = name;
            return csv.toFile();
        });
        robot.interact(() -> window.chartDataTable().exportCsvButton().fire());
        RunningApp.waitUntil(() -> Files.exists(csv));
        assertThat(Files.readAllLines(csv)).contains("year,China (CHN) [linear],annotation")
                .anyMatch(l -> l.startsWith("2020,") && l.endsWith(",2020-06-30: Hong Kong security law"));
        assertThat(suggested[0]).as("named as the view's figure is").startsWith("asylum-seekers-CHN-")
                .endsWith("-chart-data.csv");
        List<String> written = Files.readAllLines(csv);
        assertThat(written.get(0)).as("what the columns are, first").contains("Asylum-seekers from China, ");
        assertThat(written).anyMatch(l -> l.matches("\"?Release: [0-9][^ ]*\"?")); // not "Release: release …"
    }

    /**
     * The newest year of a release is preliminary and looks different everywhere: in the Chart data tab its value
     * says so, and the copy (machine numbers only) names the preliminary years in its preamble.
     */
    @Test
    void aPreliminaryYearIsMarkedInTheTableAndNamedInTheCopy() throws Exception {
        robot.interact(() -> {
            window.yearFilter().slider().setHighValue(2025);
            window.yearFilter().slider().setLowValue(2020);
        });
        showChartDataTab();
        RunningApp.waitUntil(() -> robot.lookup("#chartDataTable .table-cell").queryAllAs(TableCell.class).stream()
                .anyMatch(c -> "99,716 (preliminary)".equals(c.getText())));
        List<String> cells = robot.lookup("#chartDataTable .table-cell").queryAllAs(TableCell.class).stream()
                .map(TableCell::getText).filter(t -> t != null && !t.isEmpty()).toList();
        assertThat(cells).contains("99,716 (preliminary)", "180,960").doesNotContain("99,716");

        robot.clickOn("#chartDataTable");
        robot.press(KeyCode.SHORTCUT, KeyCode.C).release(KeyCode.C, KeyCode.SHORTCUT);
        String[] copied = new String[1];
        robot.interact(() -> copied[0] = Clipboard.getSystemClipboard().getString());
        assertThat(copied[0].lines()).anyMatch(l -> l.startsWith("Preliminary: 2025."))
                .contains("2025\t99716", "2024\t180960");
    }

    /**
     * The tab is built only while shown: a user who looks at it, goes back to the charts, drags the years and
     * comes back sees the years of the drag, with their values, and nothing of the first look.
     */
    @Test
    void yearsChangedWhileTheTabIsHiddenAreTheRowsWhenItIsShownAgain() throws Exception {
        showChartDataTab();
        RunningApp.waitUntil(() -> window.chartDataTable().table().getItems().contains(2012));
        robot.interact(() -> window.tabs().getSelectionModel().select(0));
        robot.interact(() -> {
            window.yearFilter().slider().setLowValue(2015);
            window.yearFilter().slider().setHighValue(2018);
        });
        assertThat(window.chartDataTable().getScene()).as("hidden while the charts are shown").isNull();
        showChartDataTab();
        RunningApp.waitUntil(() -> window.chartDataTable().table().getItems().equals(List.of(2015, 2016, 2017, 2018)));
        List<String> cells = robot.lookup("#chartDataTable .table-cell").queryAllAs(TableCell.class).stream()
                .map(TableCell::getText).filter(t -> t != null && !t.isEmpty()).toList();
        assertThat(cells).contains("2015", "2018").doesNotContain("2012", "2024");
        assertThat(robot.lookup("#chartDataScale").queryLabeled().getText()).contains("Asylum-seekers");
    }

    /**
     * Clicks the Chart data tab as a user does; on a busy machine the click can land before the window has its
     * place (TestFX reads the node's screen position first), so the tab is then also selected directly.
     */
    private void showChartDataTab() {
        robot.clickOn("Chart data");
        robot.interact(() -> window.tabs().getTabs().stream().filter(t -> "Chart data".equals(t.getText()))
                .findFirst().ifPresent(t -> window.tabs().getSelectionModel().select(t)));
    }
}
