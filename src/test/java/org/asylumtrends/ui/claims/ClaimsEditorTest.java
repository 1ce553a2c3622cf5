package org.asylumtrends.ui.claims;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.asylumtrends.data.AsylumDataset;
import org.asylumtrends.data.DatasetLoader;
import org.asylumtrends.data.EraTable;
import org.asylumtrends.data.claims.ClaimDraft;
import org.asylumtrends.data.claims.ClaimResult;
import org.asylumtrends.data.claims.Verdict;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The claims editor, headless: a new article's claim typed in is checked; the table saves and reads back whole. */
@Tag("slow") // a window: left out of the quick run (-Pquick)
@ExtendWith(ApplicationExtension.class)
class ClaimsEditorTest {
    private static AsylumDataset data;
    private static EraTable eras;
    private ClaimsEditorModel model;
    private ClaimsEditor editor;

    @BeforeAll
    static void load() throws Exception {
        data = DatasetLoader.loadBundled();
        eras = EraTable.loadBundled();
    }

    @Start
    void start(Stage stage) {
        model = new ClaimsEditorModel(data, eras, task -> task.run());
        editor = new ClaimsEditor(model);
        ClaimsView view = new ClaimsView();
        model.resultsProperty().addListener((o, was, now) -> view.show(now, data.metadata().credit()));
        view.showEditor(editor);
        stage.setScene(new Scene(view, 1000, 780));
        stage.show();
        model.loadBundled();
    }

    @Test
    void aClaimTypedInIsCheckedLikeTheArticles(FxRobot robot) {
        assertThat(model.drafts()).hasSize(9);
        robot.clickOn("#claimsAdd");
        robot.write("Chinese asylum-seekers at mid-2024").type(KeyCode.ENTER);
        robot.interact(() -> editor.editCell(9, 1));
        robot.write("176,239").type(KeyCode.ENTER);
        robot.interact(() -> editor.editCell(9, 3));
        robot.write("2024").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(model.drafts().get(9)).isEqualTo(new ClaimDraft("claim-10", "Chinese asylum-seekers at mid-2024",
                "176,239", "find", "2024", "latest", null, java.util.Map.of(), java.util.Map.of()));
        ClaimResult last = model.resultsProperty().get().get(9);
        assertThat(last.verdict()).isEqualTo(Verdict.MATCHES);
        List<String> card = robot.lookup("#claim-claim-10 .label").queryAllAs(Label.class).stream()
                .map(Label::getText).toList();
        assertThat(card).contains("10. Chinese asylum-seekers at mid-2024", "176,239", "matches");
        assertThat(card).anySatisfy(t -> assertThat(t).startsWith("The best reading: asylum-seekers in 2024"));
    }

    @Test
    void theTableSavesAndImportsBackAsItWas(FxRobot robot, @TempDir Path dir) throws Exception {
        robot.interact(() -> model.add());
        robot.interact(() -> model.edit(9, model.drafts().get(9).withText("=1+1 a formula").withFigure("1.16 million")
                .withYears("2012-2024")));
        List<ClaimDraft> before = List.copyOf(model.drafts());
        Path file = dir.resolve("mine.csv");
        robot.interact(() -> model.saveTable(file));
        assertThat(Files.readString(file)).contains("'=1+1 a formula");
        robot.interact(() -> model.remove(0));
        robot.interact(() -> model.importTable(file));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(model.drafts()).hasSize(before.size());
        assertThat(model.drafts().stream().map(ClaimDraft::toClaim).toList())
                .isEqualTo(before.stream().map(ClaimDraft::toClaim).toList());
        assertThat(model.tableNameProperty().get()).isEqualTo("mine.csv");
    }

    @Test
    void aBadTableIsNamedByLineAndTheClaimsOnScreenStay(FxRobot robot, @TempDir Path dir) throws Exception {
        Path bad = dir.resolve("bad.csv");
        Files.writeString(bad, "id,claim,article_figure,check,measure,release,parameters\nx,c,lots,find,,,\n");
        robot.interact(() -> model.importTable(bad));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#claimsStatus").queryAs(Label.class).getText())
                .contains("bad.csv, line 2: article figure 'lots' of claim x is not a number");
        assertThat(model.drafts()).hasSize(9);
    }
}
