package org.asylumtrends.ui.claims;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.input.Clipboard;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;
import org.asylumtrends.data.AsylumDataset;
import org.asylumtrends.data.DatasetLoader;
import org.asylumtrends.data.EraTable;
import org.asylumtrends.data.claims.ClaimsCheck;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.junit.jupiter.api.Tag;

/** The claims window by keyboard: it scrolls, every card is a visible stop, and a card's text can be copied. */
@Tag("slow") // a window: left out of the quick run (-Pquick)
@ExtendWith(ApplicationExtension.class)
class ClaimsKeyboardTest {
    private static AsylumDataset data;
    private static EraTable eras;
    private ClaimsView view;
    private Scene scene;

    @BeforeAll
    static void load() throws Exception {
        data = DatasetLoader.loadBundled();
        eras = EraTable.loadBundled();
    }

    @Start
    void start(Stage stage) throws Exception {
        view = new ClaimsView(ClaimsCheck.checkBundled(data, eras), data.metadata().credit());
        scene = new Scene(view, 900, 600);
        scene.getStylesheets().setAll(org.asylumtrends.ui.theme.Theme.LIGHT.stylesheets()); // as the app's ThemeManager does
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void pageDownScrollsTheClaims(FxRobot robot) {
        robot.type(KeyCode.TAB);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(scene.getFocusOwner()).as("something takes the keys").isNotNull();
        robot.interact(() -> view.scrollPane().requestFocus());
        robot.type(KeyCode.PAGE_DOWN);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(view.scrollPane().getVvalue()).isGreaterThan(0);
    }

    @Test
    void tabbingToALaterCardScrollsItIntoView(FxRobot robot) {
        Node last = null;
        for (int i = 0; i < 12; i++) {
            robot.type(KeyCode.TAB);
            WaitForAsyncUtils.waitForFxEvents();
            Node owner = scene.getFocusOwner();
            if (owner != null && owner.getStyleClass().contains("claim-card")) {
                last = owner;
                Bounds card = owner.localToScene(owner.getBoundsInLocal());
                Bounds port = view.scrollPane().localToScene(view.scrollPane().getBoundsInLocal());
                assertThat(card.getMinY()).as("top of %s in view", owner.getId()).isGreaterThanOrEqualTo(port.getMinY() - 1);
                assertThat(Math.min(card.getMaxY(), port.getMaxY()) - card.getMinY()).as("%s shown", owner.getId())
                        .isGreaterThan(20);
            }
        }
        assertThat(last).as("the cards are tab stops").isNotNull();
        assertThat(view.scrollPane().getVvalue()).isGreaterThan(0);
    }

    @Test
    void aFocusedCardCopiesItsText(FxRobot robot) {
        Node card = robot.lookup("#claim-total").query();
        robot.interact(card::requestFocus);
        robot.push(new KeyCodeCombination(KeyCode.C, KeyCombination.SHORTCUT_DOWN));
        WaitForAsyncUtils.waitForFxEvents();
        String[] copied = new String[1];
        robot.interact(() -> copied[0] = Clipboard.getSystemClipboard().getString());
        assertThat(copied[0]).startsWith("differs: 3. Chinese nationals who applied for asylum abroad")
                .contains("Article's figure: 1,158,739", "Data's figure: 1,161,728");
    }
}
