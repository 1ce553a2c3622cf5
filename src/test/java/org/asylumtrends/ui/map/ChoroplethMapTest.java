package org.asylumtrends.ui.map;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import javafx.event.Event;
import javafx.scene.Scene;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import javafx.scene.shape.Rectangle;
import javafx.scene.shape.SVGPath;
import javafx.stage.Stage;
import org.asylumtrends.chart.ChoroplethMap;
import org.asylumtrends.chart.WorldShapes;
import org.asylumtrends.data.Country;
import org.asylumtrends.data.CountryValues;
import org.asylumtrends.data.Measure;
import org.asylumtrends.data.RangeAggregation;
import org.asylumtrends.data.Scale;
import org.asylumtrends.data.YearRange;
import org.asylumtrends.ui.theme.Theme;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The map as a reader sees it: each country in the colour the legend gives its figure, "no data" apart from a zero,
 * every figure the map cannot draw listed under it, and a recolouring that keeps every shape.
 */
@Tag("slow") // a window: left out of the quick run (-Pquick)
@ExtendWith(ApplicationExtension.class)
class ChoroplethMapTest {
    private ChoroplethMap map;

    @Start
    void start(Stage stage) {
        map = new ChoroplethMap(WorldShapes.bundled());
        Scene scene = new Scene(map, 900, 600);
        scene.getStylesheets().setAll(Theme.LIGHT.stylesheets());
        stage.setScene(scene);
        stage.show();
    }

    private static CountryValues values(Object... codeNameValue) {
        List<CountryValues.CountryValue> list = new ArrayList<>();
        double total = 0;
        for (int i = 0; i < codeNameValue.length; i += 3) {
            total += ((Number) codeNameValue[i + 2]).doubleValue();
        }
        for (int i = 0; i < codeNameValue.length; i += 3) {
            double v = ((Number) codeNameValue[i + 2]).doubleValue();
            list.add(new CountryValues.CountryValue(new Country((String) codeNameValue[i], (String) codeNameValue[i + 1]),
                    v, v / total));
        }
        list.sort((a, b) -> Double.compare(b.value(), a.value()));
        return new CountryValues(Measure.ASYLUM_SEEKERS, new YearRange(2024, 2024), RangeAggregation.LAST_YEAR,
                Scale.LINEAR, false, list, OptionalDouble.of(total));
    }

    private static final CountryValues VIEW = values("USA", "United States of America", 147_909,
            "CAN", "Canada", 12_500, "AUS", "Australia", 2_441, "DEU", "Germany", 700, "BRA", "Brazil", 35,
            "RUS", "Russian Federation", 3, "FRA", "France", 0, "SRB", "Serbia and Kosovo: S/RES/1244 (1999)", 20,
            "HKG", "China, Hong Kong SAR", 60, "MLT", "Malta", 5, "SGP", "Singapore", 4, "XXA", "Stateless", 3,
            "TIB", "Tibetan", 2, "UNK", "Unknown", 1);

    private void show(CountryValues v) {
        WaitForAsyncUtils.waitForAsyncFx(5000, () -> {
            map.show(v);
            map.applyCss();
            map.layout();
        });
    }

    /** What a reader matches a country's colour against: the legend's swatch for a class, or "no data". */
    private Paint legendColour(int legendIndex) {
        return ((Rectangle) map.legendItems().get(legendIndex).getGraphic()).getFill();
    }

    private Paint noDataColour() {
        List<javafx.scene.control.Label> items = map.legendItems();
        return ((Rectangle) items.get(items.size() - 1).getGraphic()).getFill();
    }

    @Test
    void eachCountryHasTheColourTheLegendGivesItsFigure() {
        show(VIEW);
        assertThat(map.legendItems()).extracting(javafx.scene.control.Label::getText).containsExactly("0\u20139",
                "10\u201399", "100\u2013999", "1,000\u20139,999", "10,000\u201399,999", "100,000 or more", "No data");
        Map<String, Integer> expected = Map.of("US", 5, "CA", 4, "AU", 3, "DE", 2, "BR", 1, "RU", 0, "FR", 0);
        expected.forEach((iso2, legendClass) -> {
            SVGPath shape = map.shapes().get(iso2);
            assertThat(shape.getFill()).as(iso2).isEqualTo(legendColour(legendClass));
        });
        Set<Paint> distinct = new HashSet<>();
        for (int i = 0; i < 6; i++) {
            distinct.add(legendColour(i));
        }
        distinct.add(noDataColour());
        assertThat(distinct).as("six classes and no data, all different").hasSize(7);
    }

    @Test
    void aZeroIsTheFirstClassAndACountryWithoutAFigureIsNoData() {
        show(VIEW);
        SVGPath france = map.shapes().get("FR"); // 0 asylum-seekers: a figure
        SVGPath greenland = map.shapes().get("GL"); // not in the figures at all
        assertThat(france.getFill()).isEqualTo(legendColour(0)).isNotEqualTo(greenland.getFill());
        assertThat(greenland.getFill()).isEqualTo(noDataColour());
        Color grey = (Color) noDataColour();
        assertThat(grey.getRed()).as("no data is a neutral grey").isEqualTo(grey.getGreen()).isEqualTo(grey.getBlue());
        assertThat(map.colourOf("GL")).isEqualTo(-1);
        assertThat(map.colourOf("FR")).isZero();
    }

    @Test
    void theOriginIsMarkedAsSuchNotAsNoData() {
        WaitForAsyncUtils.waitForAsyncFx(5000, () -> map.markListed("CHN"));
        show(VIEW);
        SVGPath china = map.shapes().get("CN");
        assertThat(china.getFill()).isNotEqualTo(noDataColour()).isEqualTo(Color.WHITE);
        WaitForAsyncUtils.waitForAsyncFx(5000, () -> Event.fireEvent(china, mouse(MouseEvent.MOUSE_ENTERED, china)));
        assertThat(map.hoverTextProperty().get()).isEqualTo("China\nThe origin of this view");
        assertThat(map.shapes().get("MN").getFill()).as("its neighbour has no figure").isEqualTo(noDataColour());
    }

    @Test
    void whatTheMapCannotDrawIsListedAndEverythingAddsUpToTheTotal() {
        show(VIEW);
        assertThat(map.unplaced()).extracting(u -> u.country().iso3())
                .containsExactly("HKG", "MLT", "SGP", "XXA", "TIB", "UNK");
        assertThat(map.unplacedLabel().isVisible()).isTrue();
        assertThat(map.unplacedLabel().getText()).startsWith("Not on the map: China, Hong Kong SAR 60 \u00b7 Malta 5")
                .contains("Stateless 3", "Tibetan 2", "Unknown 1");
        Map<String, Double> onShapes = new HashMap<>(); // by country: Serbia colours two shapes, counted once
        for (String iso2 : map.shapes().keySet()) {
            CountryValues.CountryValue v = map.valueOf(iso2);
            if (v != null) {
                onShapes.put(v.country().iso3(), v.value());
            }
        }
        double drawn = onShapes.values().stream().mapToDouble(Double::doubleValue).sum();
        double listed = map.unplaced().stream().mapToDouble(ChoroplethMap.Unplaced::value).sum();
        assertThat(drawn + listed).isEqualTo(VIEW.total().getAsDouble());
    }

    @Test
    void kosovoIsDrawnWithSerbiaAsUnhcrCountsThemTogether() {
        show(VIEW);
        assertThat(map.valueOf("XK").country().iso3()).isEqualTo("SRB");
        assertThat(map.shapes().get("XK").getFill()).isEqualTo(map.shapes().get("RS").getFill());
    }

    @Test
    void aNewYearRecoloursTheSameShapes() {
        show(VIEW);
        Map<String, SVGPath> before = new HashMap<>(map.shapes());
        int nodes = map.lookupAll(".map-country").size();
        CountryValues next = values("USA", "United States of America", 5, "CAN", "Canada", 90_000,
                "DEU", "Germany", 1_200, "GRL", "Greenland", 400);
        show(next);
        assertThat(map.shapes()).hasSameSizeAs(before);
        before.forEach((iso2, path) -> assertThat(map.shapes().get(iso2)).as(iso2).isSameAs(path));
        assertThat(map.lookupAll(".map-country")).hasSize(nodes);
        for (CountryValues.CountryValue v : next.values()) {
            String iso2 = org.asylumtrends.data.CountryCodes.iso2(v.country().iso3()).orElseThrow();
            int legendClass = map.classes().classOf(v.value());
            assertThat(map.shapes().get(iso2).getFill()).as(iso2).isEqualTo(legendColour(legendClass));
        }
        assertThat(map.shapes().get("AU").getFill()).as("gone from the figures: no data").isEqualTo(noDataColour());
        assertThat(map.unplaced()).isEmpty();
        assertThat(map.unplacedLabel().isVisible()).isFalse();
    }

    @Test
    void hoveringSaysNameFigureAndShareAndAClickNamesTheCountry() {
        show(VIEW);
        List<String> clicked = new ArrayList<>();
        map.setOnCountryClicked(clicked::add);
        SVGPath canada = map.shapes().get("CA");
        WaitForAsyncUtils.waitForAsyncFx(5000, () -> {
            Event.fireEvent(canada, mouse(MouseEvent.MOUSE_ENTERED, canada));
            Event.fireEvent(canada, mouse(MouseEvent.MOUSE_CLICKED, canada));
        });
        assertThat(map.hoverTextProperty().get()).isEqualTo("Canada\n12,500\n7.6% of the total");
        assertThat(clicked).containsExactly("CAN");
        SVGPath greenland = map.shapes().get("GL");
        WaitForAsyncUtils.waitForAsyncFx(5000, () -> Event.fireEvent(greenland, mouse(MouseEvent.MOUSE_ENTERED, greenland)));
        assertThat(map.hoverTextProperty().get()).isEqualTo("Greenland\nNo data");
    }

    private static MouseEvent mouse(javafx.event.EventType<MouseEvent> type, SVGPath target) {
        var c = target.localToScene(target.getBoundsInLocal().getCenterX(), target.getBoundsInLocal().getCenterY());
        return new MouseEvent(type, c.getX(), c.getY(), c.getX(), c.getY(), MouseButton.PRIMARY, 1, false, false, false,
                false, true, false, false, false, false, true, null);
    }
}
