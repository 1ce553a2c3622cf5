package org.asylumtrends.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.event.Event;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.MenuItem;
import javafx.scene.input.ContextMenuEvent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.shape.SVGPath;
import javafx.stage.Stage;
import org.asylumtrends.chart.ChoroplethMap;
import org.asylumtrends.chart.DestinationChart;
import org.asylumtrends.data.AsylumDataset;
import org.asylumtrends.data.CountryCodes;
import org.asylumtrends.data.Selection;
import org.asylumtrends.ui.model.MainModel;
import org.asylumtrends.ui.model.ViewHistory;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A country picked on the map or on a bar opens its view from the other side ("from China": the countries of asylum;
 * a double-click on the United States shows who is in the United States), drawn by bars and map alike, one step
 * that Undo takes back; a single click still only marks the bar; a country without figures on that side is refused
 * with its reason.
 */
@Tag("slow") // a window: left out of the quick run (-Pquick)
@ExtendWith(ApplicationExtension.class)
class CountryViewsWindowTest {
    private MainModel model;
    private MainWindow window;
    private ViewHistory history;

    @Start
    void start(Stage stage) throws Exception {
        model = new MainModel();
        window = TestWindows.showBundled(stage, model);
        history = new ViewHistory(model); // as the app keeps it (NewsroomActions), on the data shown
    }

    /** The top bar's name on the axis, as drawn (the bars run bottom first). */
    private String topBar() {
        List<DestinationChart.Row> rows = window.destinations().chart().rows();
        return rows.get(rows.size() - 1).label();
    }

    @Test
    void doubleClickingACountryOfAsylumOnTheMapShowsWhoIsThereAndUndoComesBack(FxRobot robot) throws Exception {
        ChoroplethMap map = TestWindows.showMap(robot, window);
        DestinationChart bars = window.destinations().chart();
        assertThat(topBar()).isEqualTo("United States");

        robot.doubleClickOn(inside(robot, map.shapes().get("US")), MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();

        Selection s = model.getSelection();
        assertThat(s.isAsylumView()).isTrue();
        assertThat(s.asylums()).containsExactly("USA");
        assertThat(s.measure()).isEqualTo(Selection.DEFAULT.measure());
        assertThat(s.years()).isEqualTo(Selection.DEFAULT.years());
        assertThat(window.compareBar().inToggle().isSelected()).isTrue();
        assertThat(bars.getTitle())
                .isEqualTo("Asylum-seekers in United States of America by country of origin, end of 2024");
        assertThat(map.title().getText())
                .isEqualTo("Asylum-seekers in United States of America by country of origin, end of 2024");
        // The bars are origins now; China's bar and China's shape carry the same figure, the one it had as the
        // United States' bar a moment ago: 147,909 Chinese asylum-seekers in the United States.
        DestinationChart.Row china = bars.rows().stream().filter(r -> r.iso3().equals("CHN")).findFirst().orElseThrow();
        assertThat(china.value()).isEqualTo(147_909);
        assertThat(map.valueOf("CN").value()).isEqualTo(147_909);
        assertThat(map.valueOf("US")).as("the country of the view has no figure of its own on its map").isNull();
        assertThat(map.shapes().get("US").getPseudoClassStates()).extracting(Object::toString).contains("listed");
        assertThat(topBar()).isNotEqualTo("United States");
        assertThat(window.statusBar().originLabel().getText())
                .isEqualTo("Country of asylum: United States of America (USA)");

        robot.interact(history::undo);
        assertThat(model.getSelection()).isEqualTo(Selection.DEFAULT);
        assertThat(window.statusBar().originLabel().getText()).isEqualTo("Origin: China (CHN)");
        assertThat(bars.getTitle()).isEqualTo("Asylum-seekers from China by country of asylum, end of 2024");
        assertThat(topBar()).isEqualTo("United States");
        assertThat(map.title().getText()).isEqualTo("Asylum-seekers from China by country of asylum, end of 2024");
    }

    @Test
    void aSingleClickStillOnlyMarksTheBar(FxRobot robot) throws Exception {
        ChoroplethMap map = TestWindows.showMap(robot, window);
        robot.clickOn(inside(robot, map.shapes().get("CA")), MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(model.getSelection()).isEqualTo(Selection.DEFAULT);
        assertThat(window.destinations().highlighted()).isEqualTo("CAN");
    }

    @Test
    void inAnInViewDoubleClickingAnOriginsBarShowsWhereItsPeopleWent(FxRobot robot) {
        robot.interact(() -> model.select(Selection.DEFAULT.withAsylums(List.of("DEU"))));
        DestinationChart bars = window.destinations().chart();
        assertThat(bars.getTitle()).startsWith("Asylum-seekers in Germany by country of origin");
        assertThat(window.summary().erasLabel().getText()).as("no bands on purpose, not 'no data for this origin'")
                .isEqualTo("No era bands: they belong to origins, not to countries of asylum.");
        // The data table lists the people in Germany by origin (it listed Germans abroad, under "Country of asylum").
        List<org.asylumtrends.data.Observation> tableRows = window.dataTable().visibleRows();
        assertThat(tableRows).isNotEmpty().allSatisfy(o -> assertThat(o.asylum().iso3()).isEqualTo("DEU"));
        assertThat(window.dataTable().caption().getText()).isEqualTo("In Germany (DEU), by country of origin");
        assertThat(window.dataTable().table().getColumns().get(1).getText()).isEqualTo("Country of origin");
        List<DestinationChart.Row> rows = bars.rows();
        int top = rows.size() - 1;
        DestinationChart.Row origin = rows.get(top);
        assertThat(origin.isOther()).isFalse();

        robot.doubleClickOn(centre(robot, bars.rowTargets().get(top)), MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(model.getSelection().isAsylumView()).isFalse();
        assertThat(model.getSelection().origins()).containsExactly(origin.iso3());
        assertThat(bars.getTitle()).isEqualTo("Asylum-seekers from " + origin.name()
                + " by country of asylum, end of 2024");
        assertThat(bars.rows()).extracting(DestinationChart.Row::iso3).contains("DEU");
        assertThat(window.dataTable().visibleRows()).isNotEmpty()
                .allSatisfy(o -> assertThat(o.origin().iso3()).isEqualTo(origin.iso3()));
        assertThat(window.dataTable().table().getColumns().get(1).getText()).isEqualTo("Country of asylum");
        robot.interact(history::undo);
        assertThat(model.getSelection().asylums()).containsExactly("DEU");
    }

    @Test
    void enterOnABarInTheKeyboardReaderOpensThatCountry(FxRobot robot) {
        DestinationChart bars = window.destinations().chart();
        robot.interact(bars::requestFocus);
        robot.type(KeyCode.DOWN); // the cursor on the first bar read: the largest, the United States
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(model.getSelection().asylums()).containsExactly("USA");
        assertThat(bars.getTitle()).startsWith("Asylum-seekers in United States of America by country of origin");
        assertThat(bars.getAccessibleHelp()).contains("Enter");
    }

    @Test
    void theRightClickMenuNamesTheViewItOpens(FxRobot robot) throws Exception {
        DestinationChart bars = window.destinations().chart();
        int top = bars.rows().size() - 1;
        robot.rightClickOn(centre(robot, bars.rowTargets().get(top)));
        WaitForAsyncUtils.waitForFxEvents();
        MenuItem item = menuItem();
        assertThat(item.getText()).isEqualTo("Open the view in United States of America, by country of origin");
        assertThat(item.isDisable()).isFalse();
        robot.interact(item::fire);
        assertThat(model.getSelection().asylums()).containsExactly("USA");
        assertThat(window.destinations().chart().getTitle()).startsWith("Asylum-seekers in United States of America");
    }

    @Test
    void aCountryWithoutFiguresOnTheOtherSideIsNotOpenedAndTheWindowSaysWhy(FxRobot robot) throws Exception {
        ChoroplethMap map = TestWindows.showMap(robot, window);
        AsylumDataset data = TestWindows.bundledData();
        // The largest shape whose country is nowhere a country of asylum in the data: no "in" view exists.
        String iso2 = map.shapes().keySet().stream().filter(c -> map.valueOf(c) == null)
                .filter(c -> CountryCodes.iso3(c).map(i -> data.asylum(i).isEmpty()).orElse(false))
                .max(java.util.Comparator.comparingDouble(c -> area(map.shapes().get(c)))).orElseThrow();
        SVGPath shape = map.shapes().get(iso2);
        String name = java.util.Locale.of("", iso2).getDisplayCountry(java.util.Locale.ENGLISH);

        robot.doubleClickOn(inside(robot, shape), MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(model.getSelection()).isEqualTo(Selection.DEFAULT);
        assertThat(window.statusBar().noticeText()).isEqualTo(name + " is no country of asylum in these data: there is no view in it");
        assertThat(window.destinations().chart().getTitle())
                .isEqualTo("Asylum-seekers from China by country of asylum, end of 2024");

        robot.interact(() -> {
            Point2D c = screenCentre(shape);
            Event.fireEvent(shape, new ContextMenuEvent(ContextMenuEvent.CONTEXT_MENU_REQUESTED, 0, 0,
                    c.getX(), c.getY(), false, null));
        });
        MenuItem item = menuItem();
        assertThat(item.isDisable()).isTrue();
        assertThat(item.getText()).startsWith(name + " is no country of asylum in these data");
        assertThat(item.getText()).isEqualTo(window.statusBar().noticeText());
    }

    @Test
    void aPseudoCodeOriginOpensAsAViewFromItThatTheMapCannotPlace(FxRobot robot) throws Exception {
        ChoroplethMap map = TestWindows.showMap(robot, window);
        // An "in" view whose bars include one of UNHCR's pseudo-codes (Stateless, Unknown...): found in the data.
        AsylumDataset data = TestWindows.bundledData();
        String pseudo = null;
        for (var host : data.asylums()) {
            robot.interact(() -> model.select(Selection.DEFAULT.withAsylums(List.of(host.iso3()))));
            pseudo = window.destinations().chart().rows().stream().map(DestinationChart.Row::iso3)
                    .filter(CountryCodes::isPseudoCode).findFirst().orElse(null);
            if (pseudo != null) {
                break;
            }
        }
        assertThat(pseudo).as("an \"in\" view with a pseudo-code among its bars").isNotNull();
        DestinationChart bars = window.destinations().chart();
        String code = pseudo;
        int row = bars.rows().stream().map(DestinationChart.Row::iso3).toList().indexOf(code);
        String name = bars.rows().get(row).name();
        robot.doubleClickOn(centre(robot, bars.rowTargets().get(row)), MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(model.getSelection().origins()).containsExactly(code);
        assertThat(bars.getTitle()).startsWith("Asylum-seekers from " + name + " by country of asylum");
        assertThat(map.title().getText()).startsWith("Asylum-seekers from ");
        assertThat(map.shapes().values()).noneMatch(p -> p.getPseudoClassStates().toString().contains("listed"));
    }

    private MenuItem menuItem() {
        WaitForAsyncUtils.waitForFxEvents();
        return menuOf().getItems().get(0);
    }

    private javafx.scene.control.ContextMenu menuOf() {
        return javafx.stage.Window.getWindows().stream()
                .filter(w -> w instanceof javafx.scene.control.ContextMenu m && "countryMenu".equals(m.getId()))
                .map(javafx.scene.control.ContextMenu.class::cast).findFirst().orElseThrow();
    }

    private static Point2D screenCentre(Node node) {
        Bounds b = node.localToScreen(node.getBoundsInLocal());
        return new Point2D(b.getCenterX(), b.getCenterY());
    }

    private static Point2D centre(FxRobot robot, Node node) {
        Point2D[] p = new Point2D[1];
        robot.interact(() -> p[0] = screenCentre(node));
        return p[0];
    }

    private static double area(Node shape) {
        Bounds b = shape.getBoundsInLocal();
        return b.getWidth() * b.getHeight();
    }

    /** Whether no shape drawn after {@code shape} covers its point (x, y). */
    private static boolean onTop(SVGPath shape, double x, double y) {
        var siblings = shape.getParent().getChildrenUnmodifiable();
        Point2D scene = shape.localToScene(x, y);
        for (int k = siblings.indexOf(shape) + 1; k < siblings.size(); k++) {
            Node other = siblings.get(k);
            if (other.contains(other.sceneToLocal(scene))) {
                return false;
            }
        }
        return true;
    }

    /** A point on screen inside a country's shape, and not inside another one drawn over it. */
    private static Point2D inside(FxRobot robot, SVGPath shape) {
        Point2D[] found = new Point2D[1];
        robot.interact(() -> {
            Bounds b = shape.getBoundsInLocal();
            double dx = b.getWidth() / 80;
            double dy = b.getHeight() / 80;
            Point2D best = null;
            for (int i = 1; i < 40 && best == null; i++) {
                for (int j = 1; j < 40 && best == null; j++) {
                    double x = b.getMinX() + b.getWidth() * i / 40;
                    double y = b.getMinY() + b.getHeight() * j / 40;
                    if (shape.contains(x, y) && shape.contains(x + dx, y) && shape.contains(x - dx, y)
                            && shape.contains(x, y + dy) && shape.contains(x, y - dy) && onTop(shape, x, y)) {
                        best = shape.localToScreen(x, y);
                    }
                }
            }
            found[0] = best;
        });
        assertThat(found[0]).as("a point inside " + shape.getId()).isNotNull();
        return found[0];
    }
}
