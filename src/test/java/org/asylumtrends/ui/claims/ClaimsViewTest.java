package org.asylumtrends.ui.claims;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.stage.Stage;
import javafx.stage.Window;
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

/** The claims view, headless: the verdicts a reader sees, each in words with a symbol, not by colour alone. */
@Tag("slow") // a window: left out of the quick run (-Pquick)
@ExtendWith(ApplicationExtension.class)
class ClaimsViewTest {
    private static AsylumDataset data;
    private static EraTable eras;
    private Stage stage;

    @BeforeAll
    static void load() throws Exception {
        data = DatasetLoader.loadBundled();
        eras = EraTable.loadBundled();
    }

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        ClaimsView view = new ClaimsView(ClaimsCheck.checkBundled(data, eras), data.metadata().credit());
        view.setId("claimsView");
        Scene scene = new Scene(view, 1000, 780);
        scene.getStylesheets().setAll(org.asylumtrends.ui.theme.Theme.LIGHT.stylesheets()); // as the app's ThemeManager does
        stage.setScene(scene);
        stage.show();
    }

    private static List<String> verdicts(FxRobot robot, String root) {
        return robot.lookup(root + " .claim-verdict").queryAllAs(Label.class).stream().map(Label::getText).toList();
    }

    @Test
    void showsEachVerdictInWordsWithASymbol(FxRobot robot) {
        assertThat(verdicts(robot, "#claimsView")).containsExactly("differs", "matches", "differs", "differs",
                "cannot be reproduced", "differs", "differs", "matches", "matches");
        Label differs = robot.lookup("#claim-2012 .claim-verdict").queryAs(Label.class);
        assertThat(((Labeled) differs.getGraphic()).getText()).isEqualTo("\u2717");
        assertThat(differs.getStyleClass()).contains("verdict-differs");
        assertThat(differs.getAccessibleText()).isEqualTo("Verdict: differs");
        Label cannot = robot.lookup("#claim-2022-vs-hu .claim-verdict").queryAs(Label.class);
        assertThat(((Labeled) cannot.getGraphic()).getText()).isEqualTo("?");
        assertThat(robot.lookup("#claimsTally").queryAs(Label.class).getText())
                .isEqualTo("3 of 9 claims match, 5 differ, 1 cannot be reproduced.");
    }

    @Test
    void aCardShowsBothFiguresTheMeasureAndTheExplanation(FxRobot robot) {
        List<String> texts = robot.lookup("#claim-total .label").queryAllAs(Label.class).stream()
                .map(Label::getText).toList();
        assertThat(texts).contains("3. Chinese nationals who applied for asylum abroad, 2012–2024 (2024 preliminary)",
                "1,158,739", "1,161,728", "Article's figure", "Data's figure",
                "UNHCR asylum-seekers (stock: claims pending at year end), summed over 2012–2024, release 2024.6.0");
        assertThat(texts).anySatisfy(t -> assertThat(t).contains("the sum is 1,158,728, 11 below the total"));
        Node card = robot.lookup("#claim-total").query();
        assertThat(card.isVisible()).isTrue();
    }

    @Test
    void theWindowChecksTheBundledClaimsAndShowsThem(FxRobot robot) {
        Stage[] opened = new Stage[1];
        robot.interact(() -> opened[0] = ClaimsView.showWindow(stage, data, eras, task -> task.run()));
        WaitForAsyncUtils.waitForFxEvents();
        try {
            assertThat(opened[0].isShowing()).isTrue();
            assertThat(opened[0].getOwner()).isSameAs((Window) stage);
            assertThat(opened[0].getTitle()).isEqualTo("Claims check — Asylum Trends");
            List<String> shown = opened[0].getScene().getRoot().lookupAll(".claim-verdict").stream()
                    .map(n -> ((Label) n).getText()).toList();
            assertThat(shown).hasSize(9).containsSubsequence("differs", "matches", "cannot be reproduced");
        } finally {
            robot.interact(() -> opened[0].close());
        }
    }
}
