package org.asylumtrends.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.scene.AccessibleRole;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Accordion;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.TitledPane;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.chart.Chart;
import javafx.scene.input.KeyCode;
import javafx.stage.PopupWindow;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.asylumtrends.chart.DestinationChart;
import org.asylumtrends.chart.TrendChart;
import org.asylumtrends.data.AsylumDataset;
import org.asylumtrends.data.DatasetLoader;
import org.asylumtrends.data.EraTable;
import org.asylumtrends.text.AppLocale;
import org.asylumtrends.ui.model.MainModel;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Reading the window without seeing it (issue 18): each chart says what it shows as its accessible text, its
 * figures are reached with the arrow keys (a cursor from year to year, or country to country, showing the
 * tooltip), and every control a user reaches has a name a screen reader can say.
 */
@Tag("slow")
@ExtendWith(ApplicationExtension.class)
class AccessibilityTest {
    private static AsylumDataset bundled;
    private static EraTable eras;
    private MainModel model;
    private MainWindow window;

    @BeforeAll
    static void load() throws Exception {
        AppLocale.set(Locale.US);
        bundled = DatasetLoader.loadBundled();
        eras = EraTable.loadBundled();
    }

    @Start
    void start(Stage stage) {
        model = new MainModel();
        window = TestWindows.show(stage, model);
        model.showDataset(bundled, eras);
    }

    @Test
    void eachChartSaysWhatItShows() {
        TrendChart trend = window.trend().chart();
        assertThat(trend.getAccessibleRole()).isEqualTo(AccessibleRole.IMAGE_VIEW);
        assertThat(trend.getAccessibleText()).isEqualTo("Asylum-seekers from China, 2012\u20132024. From 15,362 in"
                + " 2012 to 180,960 in 2024; the highest, 180,960, in 2024.");
        assertThat(trend.getAccessibleHelp()).contains("Arrow keys");
        DestinationChart bars = window.destinations().chart();
        assertThat(bars.getAccessibleText()).startsWith(bars.getTitle() + ". The largest: United States of America (147,909),"
                + " Australia (14,003) and Canada (4,959)."); // one list style, the titles' (no serial comma)
    }

    @Test
    void arrowKeysMoveAYearCursorThatShowsTheTooltip(FxRobot robot) {
        TrendChart trend = window.trend().chart();
        robot.interact(trend::requestFocus);
        robot.type(KeyCode.RIGHT, KeyCode.RIGHT, KeyCode.RIGHT); // 2012, 2013, 2014
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(trend.getAccessibleText()).isEqualTo(trend.hoverText(2014)).startsWith("2014\n");
        assertThat(shownTooltipText()).isEqualTo(trend.hoverText(2014));

        robot.type(KeyCode.END);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(trend.getAccessibleText()).startsWith("2024\n180,960");
        robot.type(KeyCode.LEFT);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(shownTooltipText()).startsWith("2023\n");
        assertThat(trend.isFocused()).as("the arrows move the cursor, not the focus").isTrue();

        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(trend.getAccessibleText()).startsWith("Asylum-seekers from China");
    }

    @Test
    void theBarsAreReadLargestFirst(FxRobot robot) {
        DestinationChart bars = window.destinations().chart();
        robot.interact(bars::requestFocus);
        robot.type(KeyCode.DOWN);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(bars.getAccessibleText()).startsWith("United States of America\n147,909");
        robot.type(KeyCode.DOWN);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(shownTooltipText()).startsWith("Australia\n14,003");
    }

    /**
     * Every control a user can reach: a text of its own (a button's, a check box's), an accessible text, a prompt,
     * or a label whose labelFor names it. Parts of a control's skin (the scroll bars of a table) are the control's.
     */
    @Test
    void everyControlHasAnAccessibleName() {
        List<String> unnamed = new ArrayList<>();
        List<Label> labels = new ArrayList<>();
        walk(window, n -> {
            if (n instanceof Label l && l.getLabelFor() != null) {
                labels.add(l);
            }
        });
        walk(window, n -> {
            // What a screen reader stops at: a control the keyboard reaches, a progress bar, a chart. Containers
            // (tab and split panes) are named by their tabs and content; an empty Label is no text at all.
            boolean reachable = n instanceof Control c && ownedByLayout(n) && !(n instanceof Label)
                    && !(n instanceof TabPane) && !(n instanceof SplitPane) && !(n instanceof ScrollPane)
                    && !(n instanceof javafx.scene.control.MenuBar)
                    && (c.isFocusTraversable() || n instanceof javafx.scene.control.ProgressIndicator)
                    || n instanceof Chart;
            if (reachable && n.isVisible() && !named(n, labels)) {
                unnamed.add(n.getClass().getSimpleName() + " " + n.getId() + " " + n.getStyleClass());
            }
        });
        window.menu().getMenus().forEach(m -> menuItems(m, unnamed));
        walk(window, n -> {
            if (n instanceof TabPane tabs) {
                tabs.getTabs().stream().filter(t -> t.getText() == null || t.getText().isBlank())
                        .forEach(t -> unnamed.add("Tab " + t.getId()));
            }
        });
        assertThat(unnamed).as("controls a screen reader could not name").isEmpty();
    }

    /**
     * A doubled apostrophe is how a message pattern writes one; a text read without formatting showed it as is
     * ("Copy the chart''s alt text" in the Edit menu).
     */
    @Test
    void noMenuOrLabelShowsAPatternsDoubledApostrophe() {
        List<String> texts = new ArrayList<>();
        walk(window, n -> {
            if (n instanceof Labeled l && l.getText() != null) {
                texts.add(l.getText());
            }
        });
        List<javafx.scene.control.MenuItem> items = new ArrayList<>();
        window.menu().getMenus().forEach(m -> allItems(m, items));
        items.forEach(i -> texts.add(i.getText() == null ? "" : i.getText()));
        assertThat(items).hasSizeGreaterThan(20);
        assertThat(texts).noneMatch(t -> t.contains("''"));
    }

    private static void allItems(javafx.scene.control.MenuItem item, List<javafx.scene.control.MenuItem> all) {
        all.add(item);
        if (item instanceof javafx.scene.control.Menu m) {
            m.getItems().forEach(i -> allItems(i, all));
        }
    }

    private static void menuItems(javafx.scene.control.MenuItem item, List<String> unnamed) {
        if (!(item instanceof javafx.scene.control.SeparatorMenuItem) && (item.getText() == null || item.getText().isBlank())) {
            unnamed.add("MenuItem " + item.getId());
        }
        if (item instanceof javafx.scene.control.Menu m) {
            m.getItems().forEach(i -> menuItems(i, unnamed));
        }
    }

    private static boolean named(Node n, List<Label> labels) {
        if (n.getAccessibleText() != null && !n.getAccessibleText().isBlank()) {
            return true;
        }
        if (n instanceof Labeled l && l.getText() != null && !l.getText().isBlank()) {
            return true;
        }
        if (n instanceof TextInputControl t && t.getPromptText() != null && !t.getPromptText().isBlank()) {
            return true;
        }
        if (n instanceof Chart c && c.getTitle() != null && !c.getTitle().isBlank()) {
            return true;
        }
        return labels.stream().anyMatch(l -> l.getLabelFor() == n && !l.getText().isBlank());
    }

    /** Not a piece of another control's skin: its nearest control above is one that holds user content. */
    private static boolean ownedByLayout(Node n) {
        for (Parent p = n.getParent(); p != null; p = p.getParent()) {
            if (p instanceof Control) {
                return p instanceof TabPane || p instanceof ScrollPane || p instanceof SplitPane
                        || p instanceof TitledPane || p instanceof ToolBar || p instanceof Accordion;
            }
        }
        return true;
    }

    private static void walk(Node n, java.util.function.Consumer<Node> visit) {
        visit.accept(n);
        if (n instanceof Parent p) {
            p.getChildrenUnmodifiable().forEach(c -> walk(c, visit));
        }
        if (n instanceof TabPane tabs) {
            tabs.getTabs().forEach(t -> {
                if (t.getContent() != null && t.getContent().getParent() == null) {
                    walk(t.getContent(), visit);
                }
            });
        }
    }

    private static String shownTooltipText() {
        try {
            WaitForAsyncUtils.waitFor(3, TimeUnit.SECONDS, () -> tooltip() != null);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("no tooltip shown within 3 s", e);
        }
        return tooltip().getText();
    }

    private static Tooltip tooltip() {
        for (Window w : Window.getWindows()) {
            if (w instanceof Tooltip t && t.isShowing()) {
                return t;
            }
        }
        return null;
    }
}
