package org.asylumtrends.ui.main;

import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.stage.Stage;
import org.asylumtrends.chart.ChoroplethMap;
import org.asylumtrends.data.AsylumDataset;
import org.asylumtrends.data.DatasetLoader;
import org.asylumtrends.data.EraTable;
import org.asylumtrends.ui.model.MainModel;
import org.asylumtrends.ui.theme.Theme;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The main window as the window tests show it: one place for its size, styling, data and panels. */
final class TestWindows {
    private static AsylumDataset bundled;
    private static EraTable eras;

    private TestWindows() {
    }

    /**
     * Shows a main window on {@code model} in {@code stage}: 1000×720, inside the headless platform's 1000×1000
     * screen (a larger window overruns its frame buffer), styled like the app's light theme (ThemeManager).
     */
    static MainWindow show(Stage stage, MainModel model) {
        MainWindow window = new MainWindow(model);
        Scene scene = new Scene(window, 1000, 720);
        scene.getStylesheets().setAll(Theme.LIGHT.stylesheets());
        stage.setScene(scene);
        stage.show();
        return window;
    }

    /** {@link #show} with the bundled data of every origin and the bundled eras shown: the app's opening view. */
    static MainWindow showBundled(Stage stage, MainModel model) throws Exception {
        MainWindow window = show(stage, model);
        model.showDataset(bundledData(), bundledEras());
        return window;
    }

    /** The bundled data of every origin, read once for all the window tests (about a second's work). */
    static synchronized AsylumDataset bundledData() throws Exception {
        if (bundled == null) {
            bundled = DatasetLoader.loadBundled();
        }
        return bundled;
    }

    static synchronized EraTable bundledEras() throws Exception {
        if (eras == null) {
            eras = EraTable.loadBundled();
        }
        return eras;
    }

    /** The item View &gt; Panels &gt; {@code id} ("trend", "destinations", "map"). */
    static CheckMenuItem panelItem(MainWindow window, String id) {
        return (CheckMenuItem) window.menu().viewMenu().getItems().stream()
                .filter(i -> i instanceof Menu m && "panelsMenu".equals(m.getId()))
                .flatMap(m -> ((Menu) m).getItems().stream())
                .filter(i -> ("panel-" + id).equals(i.getId())).findFirst().orElseThrow();
    }

    /** Ticks or unticks View &gt; Panels &gt; {@code id}, as a click on the item does. */
    static void choosePanel(FxRobot robot, MainWindow window, String id, boolean on) {
        robot.interact(() -> {
            CheckMenuItem item = panelItem(window, id);
            item.setSelected(on);
            item.fire();
        });
    }

    /** Shows the map beside the other panels and waits for its shapes. */
    static ChoroplethMap showMap(FxRobot robot, MainWindow window) throws Exception {
        choosePanel(robot, window, "map", true);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> window.map().map() != null);
        WaitForAsyncUtils.waitForFxEvents();
        return window.map().map();
    }

    /** Moves the slider's thumbs to low and high without either passing the other on the way (it would stop there). */
    static void setYears(org.controlsfx.control.RangeSlider slider, int low, int high) {
        if (low > slider.getHighValue()) {
            slider.setHighValue(high);
            slider.setLowValue(low);
        } else {
            slider.setLowValue(low);
            slider.setHighValue(high);
        }
    }
}
