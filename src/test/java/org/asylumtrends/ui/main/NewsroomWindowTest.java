package org.asylumtrends.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.input.Clipboard;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.asylumtrends.data.Annotation;
import org.asylumtrends.data.AsylumDataset;
import org.asylumtrends.data.DatasetLoader;
import org.asylumtrends.data.EraTable;
import org.asylumtrends.data.Measure;
import org.asylumtrends.export.ExportSettings;
import org.asylumtrends.export.FigureExport;
import org.asylumtrends.export.ImageFormat;
import org.asylumtrends.ui.TaskRunner;
import org.asylumtrends.ui.model.MainModel;
import org.asylumtrends.ui.open.DataOpener;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Issue 17 in the window: the texts panel, undo by key, annotations on the chart, saved views, copy, help. */
@Tag("slow") // a window
@ExtendWith(ApplicationExtension.class)
class NewsroomWindowTest {
    private static AsylumDataset bundled;
    private static EraTable eras;
    private MainModel model;
    private MainWindow window;
    private NewsroomActions newsroom;
    private final List<String> browsed = new ArrayList<>();

    @TempDir
    Path dir;

    @BeforeAll
    static void load() throws Exception {
        bundled = DatasetLoader.loadBundled();
        eras = EraTable.loadBundled();
    }

    @Start
    void start(Stage stage) {
        model = new MainModel();
        window = TestWindows.show(stage, model);
        newsroom = actions(window, model);
        model.showDataset(bundled, eras);
    }

    private NewsroomActions actions(MainWindow w, MainModel m) {
        DataOpener opener = new DataOpener(m.erasProperty(), m::showDataset, TaskRunner.atOnce(), msg -> { },
                paths -> { });
        return new NewsroomActions(w, m, opener, TaskRunner.atOnce(), browsed::add);
    }

    @Test
    void aHeadlineTypedInThePanelIsTheWindowsAndEmptyGivesTheDefaultBack(FxRobot robot) {
        robot.interact(() -> window.menu().textsPanelItem().setSelected(true));
        assertThat(robot.lookup("#textsPanel").tryQuery()).isPresent();
        assertThat(robot.lookup("#headlineTitle").queryLabeled().getText())
                .isEqualTo("People from China with asylum claims still pending at the end of each year");

        robot.clickOn("#textsTitle").write("Ten times as many Chinese wait for asylum").type(KeyCode.ENTER);

        assertThat(model.getEditorial().title()).isEqualTo("Ten times as many Chinese wait for asylum");
        assertThat(robot.lookup("#headlineTitle").queryLabeled().getText())
                .isEqualTo("Ten times as many Chinese wait for asylum");
        // The source stays in view on the status bar; the footer under the charts holds the author's notes only.
        assertThat(window.statusBar().sourceLabel().getText()).contains("UNHCR Refugee Population Statistics Database");

        robot.interact(() -> window.textsPanel().title().setText(""));
        robot.clickOn("#textsTitle").type(KeyCode.ENTER);
        assertThat(robot.lookup("#headlineTitle").queryLabeled().getText()).startsWith("People from China");
    }

    @Test
    void shortcutZUndoesTheViewButInATextFieldUndoesTyping(FxRobot robot) {
        robot.interact(() -> model.selectMeasure(Measure.REFUGEES));
        robot.interact(() -> model.selectYears(2000, 2010));
        robot.clickOn(".trend-chart");

        robot.press(KeyCode.SHORTCUT, KeyCode.Z).release(KeyCode.Z, KeyCode.SHORTCUT);
        assertThat(model.getSelection().years().to()).isEqualTo(2024);
        robot.press(KeyCode.SHORTCUT, KeyCode.Z).release(KeyCode.Z, KeyCode.SHORTCUT);
        assertThat(model.getSelection().measure()).isEqualTo(Measure.ASYLUM_SEEKERS);
        robot.press(KeyCode.SHORTCUT, KeyCode.SHIFT, KeyCode.Z).release(KeyCode.Z, KeyCode.SHIFT, KeyCode.SHORTCUT);
        assertThat(model.getSelection().measure()).isEqualTo(Measure.REFUGEES);

        robot.interact(() -> window.menu().textsPanelItem().setSelected(true));
        robot.clickOn("#textsByline").write("abc");
        robot.press(KeyCode.SHORTCUT, KeyCode.Z).release(KeyCode.Z, KeyCode.SHORTCUT);
        assertThat(model.getSelection().measure()).as("the view is not undone from a text field")
                .isEqualTo(Measure.REFUGEES);
    }

    @Test
    void anAnnotationIsDrawnAtItsDateAndListed(FxRobot robot) {
        robot.interact(() -> newsroom.add(Annotation.at(LocalDate.of(2020, 6, 30), "Hong Kong security law")));
        WaitForAsyncUtils.waitForFxEvents();

        var layer = window.trend().chart().annotationLayer();
        Text label = layer.labels().get(0);
        assertThat(label.getText()).isEqualTo("Hong Kong security law");
        assertThat(label.isVisible()).isTrue();
        var axis = window.trend().chart().getXAxis();
        double x = layer.lines().get(0).getStartX();
        assertThat(x).isBetween(axis.getDisplayPosition(2020), axis.getDisplayPosition(2021));
        assertThat(window.textsPanel().annotations().getItems()).hasSize(1);

        robot.interact(() -> model.selectYears(2012, 2018));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(layer.labels().get(0).isVisible()).as("after the years shown").isFalse();
    }

    @Test
    void aSavedViewReopenedInAFreshWindowExportsThePixelsOfTheFirst(FxRobot robot) throws Exception {
        robot.interact(() -> {
            model.selectYears(2008, 2025);
            model.edit(model.getEditorial().withTitle("Pending claims at a record").withByline("Chart: J. Doe"));
            newsroom.add(Annotation.at(LocalDate.of(2020, 6, 30), "Hong Kong security law"));
        });
        Path file = dir.resolve("record.atview");
        newsroom.setSaveChooser(owner -> file.toFile());
        robot.interact(() -> window.menu().saveViewItem().fire());
        assertThat(Files.readString(file)).contains("title: Pending claims at a record", "data: bundled");
        assertThat(window.statusBar().noticeText()).isEqualTo("Saved record.atview in " + dir.getFileName());

        MainModel reopened = new MainModel();
        MainWindow[] second = new MainWindow[1];
        robot.interact(() -> {
            second[0] = new MainWindow(reopened);
            NewsroomActions actions = actions(second[0], reopened);
            new Scene(second[0], 900, 600);
            reopened.showDataset(bundled, eras);
            actions.openView(file);
        });
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(second[0].statusBar().noticeText()).as("not 'Opening the view…' once it is open")
                .isEqualTo("View opened.");
        assertThat(reopened.getSelection()).isEqualTo(model.getSelection());
        assertThat(reopened.getEditorial()).isEqualTo(model.getEditorial());
        byte[] fromWindow = png(reopened);
        assertThat(fromWindow).as("pixel-identical export").isEqualTo(png(model));

        // The same view exported headless by a process of its own, as `export --view` on a server would: the same
        // bytes as this JVM's, which has drawn windows before (Prism's region cache once made them differ).
        Path headless = dir.resolve("headless.png");
        org.asylumtrends.cli.FreshProcess.run(dir.resolve("headless.log"), "export", "--view", file.toString(),
                "--out", headless.toString());
        assertThat(java.util.Arrays.mismatch(Files.readAllBytes(headless), fromWindow))
                .as("export --view in a fresh process: the first byte that differs").isEqualTo(-1);
    }

    @Test
    void copyPutsTheFigureAndItsAltTextOnTheClipboard(FxRobot robot) {
        robot.interact(() -> window.menu().copyItem().fire());

        Object[] got = new Object[2];
        robot.interact(() -> {
            got[0] = Clipboard.getSystemClipboard().getString();
            got[1] = Clipboard.getSystemClipboard().getImage();
        });
        assertThat((String) got[0]).isEqualTo("Asylum-seekers from China rose from 15,362 at the end of 2012 to"
                + " 180,960 at the end of 2024; the United States held 82% of them.");
        assertThat(got[1]).as("an image").isNotNull();
        assertThat(((javafx.scene.image.Image) got[1]).getWidth()).isEqualTo(1200);
    }

    @Test
    void helpExplainsStocksAndFlowsAndOpensLinksInTheBrowser(FxRobot robot) {
        robot.interact(() -> window.menu().methodologyItem().fire());
        assertThat(robot.lookup("#methodologyText").queryLabeled().getText())
                .contains("Stock and flow", "mid-year release", "Small numbers", "Cases and persons");
        robot.clickOn(".hyperlink");
        robot.interact(() -> window.menu().licenceLinkItem().fire());

        assertThat(browsed).containsExactly("https://www.unhcr.org/refugee-statistics/methodology/",
                "https://creativecommons.org/licenses/by/4.0/");
    }

    private static byte[] png(MainModel m) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        FigureExport export = org.asylumtrends.export.HeadlessToolkit.onFxThread(() -> FigureExport.prepare(
                m.getChartData(), new ExportSettings(org.asylumtrends.export.FigureContent.BOTH,
                        org.asylumtrends.export.FigureSize.WIDE, ImageFormat.PNG, 1), m.getEditorial()));
        export.writeTo(out);
        return out.toByteArray();
    }
}
