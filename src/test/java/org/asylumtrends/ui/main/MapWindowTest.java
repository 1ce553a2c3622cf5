package org.asylumtrends.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.event.Event;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.MenuItem;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.shape.SVGPath;
import javafx.stage.Stage;
import org.asylumtrends.chart.ChoroplethMap;
import org.asylumtrends.chart.DestinationChart;
import org.asylumtrends.data.ChartData;
import org.asylumtrends.data.Country;
import org.asylumtrends.data.CountryValues;
import org.asylumtrends.data.Measure;
import org.asylumtrends.data.Observation;
import org.asylumtrends.data.RangeAggregation;
import org.asylumtrends.data.Selection;
import org.asylumtrends.data.YearRange;
import org.asylumtrends.ui.model.MainModel;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The map in the main window: shown on request, in agreement with the bars and the table, linked to the slider. */
@Tag("slow") // a window: left out of the quick run (-Pquick)
@ExtendWith(ApplicationExtension.class)
class MapWindowTest {
    private MainModel model;
    private MainWindow window;

    @Start
    void start(Stage stage) throws Exception {
        model = new MainModel();
        window = TestWindows.showBundled(stage, model);
    }

    private CheckMenuItem panelItem(String id) {
        return TestWindows.panelItem(window, id);
    }

    private void choose(FxRobot robot, String id, boolean on) {
        TestWindows.choosePanel(robot, window, id, on);
    }

    private ChoroplethMap showMap(FxRobot robot) throws Exception {
        return TestWindows.showMap(robot, window);
    }

    private List<javafx.scene.Node> panels() {
        javafx.scene.control.SplitPane split = window.charts();
        return List.copyOf(split.getItems());
    }

    @Test
    void viewPanelsPutsTheMapBesideTheChartsAndKeepsOnePanelAtLeast(FxRobot robot) throws Exception {
        assertThat(panels()).containsExactly(window.trend(), window.destinations());
        assertThat(panelItem("map").isSelected()).isFalse();
        ChoroplethMap map = showMap(robot);
        assertThat(panels()).containsExactly(window.trend(), window.destinations(), window.map());
        assertThat(map.getWidth()).isGreaterThan(200);
        assertThat(map.title().getText()).isEqualTo("Asylum-seekers from China by country of asylum, end of 2024");

        choose(robot, "trend", false);
        choose(robot, "destinations", false);
        assertThat(panels()).containsExactly(window.map());
        MenuItem last = panelItem("map");
        assertThat(last.isDisable()).as("the last panel shown cannot be hidden").isTrue();
        assertThat(panelItem("trend").isDisable()).isFalse();
    }

    /** Each country's figure as the data table's rows give it, for the view shown. */
    private Map<String, Double> fromTable(ChartData view) {
        Map<String, Double> sums = new HashMap<>();
        for (Observation o : window.dataTable().visibleRows()) {
            boolean counts = view.aggregation() == RangeAggregation.SUM_OVER_YEARS || o.year() == view.selected().to();
            if (counts && view.selected().contains(o.year())) {
                view.measure().valueOf(o.counts()).ifPresent(v -> sums.merge(o.asylum().iso3(), v, Double::sum));
            }
        }
        return sums;
    }

    /** A country's figure as the map gives it: on its shape or in the list under the map; null if neither. */
    private static Double onMap(ChoroplethMap map, String iso3) {
        for (String iso2 : map.shapes().keySet()) {
            CountryValues.CountryValue v = map.valueOf(iso2);
            if (v != null && v.country().iso3().equals(iso3)) {
                return v.value();
            }
        }
        return map.unplaced().stream().filter(u -> u.country().iso3().equals(iso3))
                .map(ChoroplethMap.Unplaced::value).findFirst().orElse(null);
    }

    @Test
    void theMapTheBarsAndTheTableAgree(FxRobot robot) throws Exception {
        ChoroplethMap map = showMap(robot);
        List<Selection> views = List.of(Selection.DEFAULT,
                Selection.DEFAULT.withMeasure(Measure.APPLICATIONS_NEW).withYears(new YearRange(2015, 2020)),
                Selection.DEFAULT.withAggregation(RangeAggregation.SUM_OVER_YEARS),
                Selection.DEFAULT.withMeasure(Measure.REFUGEES).withYears(new YearRange(2000, 2003)));
        for (Selection s : views) {
            robot.interact(() -> model.select(s));
            WaitForAsyncUtils.waitForFxEvents();
            ChartData view = model.getChartData();
            String what = s.measure().id() + " " + view.selected();
            Map<String, Double> table = fromTable(view);
            table.forEach((iso3, v) -> assertThat(onMap(map, iso3)).as(what + " " + iso3).isEqualTo(v));
            DestinationChart bars = window.destinations().chart();
            for (DestinationChart.Row row : bars.rows()) {
                if (row.isOther()) {
                    double other = view.ranking().otherCountries().stream().map(Country::iso3)
                            .mapToDouble(c -> onMap(map, c)).sum();
                    assertThat(other).as(what + " Other").isEqualTo(row.value());
                } else {
                    assertThat(onMap(map, row.iso3())).as(what + " " + row.iso3()).isEqualTo(row.value());
                }
            }
            double all = table.values().stream().mapToDouble(Double::doubleValue).sum();
            assertThat(all).as(what + ": the map adds up to the summary's figure")
                    .isEqualTo(view.rangeValue().getAsDouble());
        }
    }

    @Test
    void aYearSliderChangeRecoloursTheSameShapesInTheColoursOfTheNewFigures(FxRobot robot) throws Exception {
        ChoroplethMap map = showMap(robot);
        Map<String, SVGPath> before = new HashMap<>(map.shapes());
        Map<String, Integer> coloursBefore = new HashMap<>();
        map.shapes().keySet().forEach(iso2 -> coloursBefore.put(iso2, map.colourOf(iso2)));
        robot.interact(() -> window.yearFilter().slider().setHighValue(2013));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.yearFilter().selectionText().getText()).isEqualTo("2012\u20132013");
        assertThat(window.map().map()).as("the same map").isSameAs(map);
        before.forEach((iso2, path) -> assertThat(map.shapes().get(iso2)).as(iso2).isSameAs(path));
        Map<String, Double> table = fromTable(model.getChartData());
        for (String iso2 : map.shapes().keySet()) {
            CountryValues.CountryValue v = map.valueOf(iso2);
            if (v == null) {
                assertThat(map.colourOf(iso2)).as(iso2).isEqualTo(-1);
            } else {
                assertThat(v.value()).as(iso2).isEqualTo(table.get(v.country().iso3()));
                assertThat(map.colourOf(iso2)).as(iso2).isEqualTo(map.classes().colourOf(map.classes().classOf(v.value())));
            }
        }
        assertThat(map.valueOf("US").value()).isEqualTo(table.get("USA"));
        assertThat(map.shapes().keySet().stream().filter(c -> map.colourOf(c) != coloursBefore.get(c)))
                .as("countries whose 2013 figure is in another class than their 2024 one").hasSizeGreaterThan(5);
        assertThat(map.title().getText()).endsWith("end of 2013");
    }

    @Test
    void clickingACountryMarksItsBarAndAgainUnmarksIt(FxRobot robot) throws Exception {
        ChoroplethMap map = showMap(robot);
        click(robot, map.shapes().get("US"));
        assertThat(window.destinations().highlighted()).isEqualTo("USA");
        DestinationChart bars = window.destinations().chart();
        int us = bars.rows().stream().map(DestinationChart.Row::iso3).toList().indexOf("USA");
        assertThat(bars.bars().get(us).getNode().getStyleClass()).contains("highlighted");
        assertThat(map.shapes().get("US").getPseudoClassStates()).extracting(Object::toString).contains("highlighted");

        // A bar is drawn anew on each change; the mark stays with the country.
        robot.interact(() -> window.yearFilter().slider().setHighValue(2020));
        bars = window.destinations().chart();
        us = bars.rows().stream().map(DestinationChart.Row::iso3).toList().indexOf("USA");
        assertThat(bars.bars().get(us).getNode().getStyleClass()).contains("highlighted");

        click(robot, map.shapes().get("US"));
        assertThat(window.destinations().highlighted()).isNull();
        assertThat(window.destinations().chart().bars()).allSatisfy(b ->
                assertThat(b.getNode().getStyleClass()).doesNotContain("highlighted"));
    }

    private static void click(FxRobot robot, SVGPath shape) {
        robot.interact(() -> {
            var c = shape.localToScene(shape.getBoundsInLocal().getCenterX(), shape.getBoundsInLocal().getCenterY());
            Event.fireEvent(shape, new MouseEvent(MouseEvent.MOUSE_CLICKED, c.getX(), c.getY(), c.getX(), c.getY(),
                    MouseButton.PRIMARY, 1, false, false, false, false, true, false, false, false, false, true, null));
        });
    }
}
