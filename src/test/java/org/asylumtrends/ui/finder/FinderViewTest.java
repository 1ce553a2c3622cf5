package org.asylumtrends.ui.finder;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import org.asylumtrends.data.AsylumDataset;
import org.asylumtrends.data.DatasetLoader;
import org.asylumtrends.data.EraTable;
import org.asylumtrends.ui.TaskRunner;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The Find a figure window, headless: a number typed in, its readings listed, the search off the FX thread. */
@Tag("slow") // a window: left out of the quick run (-Pquick)
@ExtendWith(ApplicationExtension.class)
class FinderViewTest {
    private static AsylumDataset data;
    private static EraTable eras;
    /** Whether each search ran on the FX thread. */
    private final List<Boolean> onFxThread = new CopyOnWriteArrayList<>();

    @BeforeAll
    static void load() throws Exception {
        data = DatasetLoader.loadBundled();
        eras = EraTable.loadBundled();
    }

    @Start
    void start(Stage stage) {
        TaskRunner watched = task -> {
            Thread t = new Thread(() -> {
                onFxThread.add(Platform.isFxApplicationThread());
                task.run();
            });
            t.setDaemon(true);
            t.start();
        };
        FinderView view = new FinderView(new FinderModel(data, eras, watched));
        stage.setScene(new Scene(view, 900, 600));
        stage.show();
    }

    @SuppressWarnings("unchecked")
    private static List<String> shown(FxRobot robot) {
        return List.copyOf(robot.lookup("#finderCandidates").queryAs(ListView.class).getItems());
    }

    @Test
    void theArticlesTotalIsListedWithItsSlipFirst(FxRobot robot) throws Exception {
        robot.clickOn("#finderInput").write("1,158,739 Chinese nationals 2012-2024");
        robot.clickOn("#finderFind");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !shown(robot).isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(shown(robot).get(0)).startsWith("the sum of the yearly asylum-seekers figures 2012–2024")
                .contains("release 2024.6.0: 1,161,728, 2,989 more; with 12,362 for 2012");
        assertThat(robot.lookup("#finderSummary").queryAs(Label.class).getText()).contains("within the tolerance");
        assertThat(onFxThread).containsExactly(false);
    }

    @Test
    void aTextWithoutANumberIsSaidSoAndNothingIsListed(FxRobot robot) throws Exception {
        robot.clickOn("#finderInput").write("Chinese nationals");
        robot.clickOn("#finderFind");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#finderSummary").queryAs(Label.class)
                .getText().startsWith("Cannot search"));
        assertThat(robot.lookup("#finderSummary").queryAs(Label.class).getText()).contains("no figure in 'Chinese nationals'");
        assertThat(shown(robot)).isEmpty();
    }
}
