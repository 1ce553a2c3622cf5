package org.asylumtrends.ui.main;

import org.asylumtrends.ui.model.MainModel;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;
import org.asylumtrends.data.AsylumDataset;
import org.asylumtrends.data.DatasetLoader;
import org.asylumtrends.data.EraTable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.junit.jupiter.api.Tag;

/** The main window by keyboard alone. */
@Tag("slow") // a window: left out of the quick run (-Pquick)
@ExtendWith(ApplicationExtension.class)
class KeyboardTest {
    private static AsylumDataset bundled;
    private static EraTable eras;
    private MainModel model;
    private MainWindow window;
    private Scene scene;

    @BeforeAll
    static void load() throws Exception {
        bundled = DatasetLoader.loadBundled();
        eras = EraTable.loadBundled();
    }

    @Start
    void start(Stage stage) {
        model = new MainModel();
        window = TestWindows.show(stage, model);
        scene = window.getScene();
        model.showDataset(bundled, eras);
    }

    private String years(FxRobot robot) {
        return robot.lookup("#yearRangeText").queryLabeled().getText();
    }

    @Test
    void shortcutsWorkWhileASliderThumbHasFocus(FxRobot robot) {
        List<String> fired = new ArrayList<>();
        robot.interact(() -> {
            window.menu().exportItem().setOnAction(e -> fired.add("export"));
            window.menu().openItem().setOnAction(e -> fired.add("open"));
            window.menu().quitItem().setOnAction(e -> fired.add("quit"));
        });
        robot.clickOn(".range-slider .low-thumb");
        assertThat(scene.getFocusOwner()).isSameAs(window.yearFilter().slider());
        robot.push(new KeyCodeCombination(KeyCode.E, KeyCombination.SHORTCUT_DOWN));
        robot.push(new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN));
        robot.push(new KeyCodeCombination(KeyCode.Q, KeyCombination.SHORTCUT_DOWN));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(fired).containsExactly("export", "open", "quit");
    }

    @Test
    void homeAndEndMoveTheFocusedThumbOnly(FxRobot robot) {
        robot.clickOn(".range-slider .low-thumb");
        robot.type(KeyCode.HOME);
        WaitForAsyncUtils.waitForFxEvents();
        // It collapsed the range to one year ("2000").
        assertThat(years(robot)).isEqualTo("2000–2024");
        robot.clickOn(".range-slider .high-thumb");
        robot.type(KeyCode.END);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(years(robot)).isEqualTo("2000–2025");
        robot.type(KeyCode.HOME);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(years(robot)).isEqualTo("2000");
    }

    @Test
    void everyTabStopIsVisible(FxRobot robot) {
        robot.clickOn("#measureChoice");
        robot.type(KeyCode.ESCAPE);
        Set<Node> stops = new LinkedHashSet<>();
        Node previous = null;
        javafx.scene.image.WritableImage previousFocused = null;
        for (int i = 0; i < 25; i++) {
            robot.type(KeyCode.TAB);
            WaitForAsyncUtils.waitForFxEvents();
            Node owner = scene.getFocusOwner();
            if (previous != null && previous != owner) {
                // Visible focus: the stop looked different while it had focus than once Tab moved on.
                javafx.scene.image.WritableImage now = snapshot(previous);
                assertThat(samePixels(previousFocused, now)).as("focus on %s can be seen", previous).isFalse();
            }
            assertThat(owner).as("focus after %d tabs", i + 1).isNotNull();
            assertThat(shown(owner)).as("tab stop %s is shown", owner).isTrue();
            Bounds b = owner.localToScene(owner.getBoundsInLocal());
            assertThat(b.getWidth() * b.getHeight()).as("tab stop %s has a size", owner).isGreaterThan(4);
            assertThat(b.getMinX() >= -1 && b.getMaxX() <= scene.getWidth() + 1 && b.getMinY() >= -1
                    && b.getMaxY() <= scene.getHeight() + 1).as("tab stop %s is inside the window: %s", owner, b).isTrue();
            // The label with the years was a stop (the slider's skin passed focus to its next sibling).
            assertThat(owner.isFocusTraversable()).as("tab stop %s is a control", owner).isTrue();
            stops.add(owner);
            previous = owner;
            previousFocused = snapshot(owner);
        }
        assertThat(stops).as("the stops").contains(window.measureSelector().measures(), window.yearFilter().slider(),
                window.measureSelector().sumOverYears());
    }

    private static javafx.scene.image.WritableImage snapshot(Node n) {
        javafx.scene.image.WritableImage[] image = new javafx.scene.image.WritableImage[1];
        WaitForAsyncUtils.waitForAsyncFx(5000, () -> image[0] = n.snapshot(null, null));
        return image[0];
    }

    private static boolean samePixels(javafx.scene.image.Image a, javafx.scene.image.Image b) {
        if (a.getWidth() != b.getWidth() || a.getHeight() != b.getHeight()) {
            return false;
        }
        for (int y = 0; y < (int) a.getHeight(); y++) {
            for (int x = 0; x < (int) a.getWidth(); x++) {
                if (a.getPixelReader().getArgb(x, y) != b.getPixelReader().getArgb(x, y)) {
                    return false;
                }
            }
        }
        return true;
    }

    private static boolean shown(Node n) {
        for (Node p = n; p != null; p = p.getParent()) {
            if (!p.isVisible() || p.getOpacity() == 0) {
                return false;
            }
        }
        return true;
    }
}
