package org.asylumtrends.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.asylumtrends.data.AsylumDataset;
import org.asylumtrends.data.ChartData;
import org.asylumtrends.data.EraConvention;
import org.asylumtrends.data.EraTable;
import org.asylumtrends.data.Measure;
import org.asylumtrends.data.Population;
import org.asylumtrends.data.RangeAggregation;
import org.asylumtrends.data.Scale;
import org.asylumtrends.data.Selection;
import org.asylumtrends.data.SmallData;
import org.asylumtrends.data.YearRange;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** Several lines on every scale export whole: a path per line, the scale in the axis title, the population credited. */
class ComparisonExportTest {
    private static AsylumDataset data;
    private static final Population POPULATION = new Population(Map.of(
            "CHN", Map.of(2022, 1_412_175_000L, 2023, 1_410_710_000L, 2024, 1_408_975_000L),
            "RUS", Map.of(2022, 143_555_736L, 2023, 143_826_130L, 2024, 143_533_851L),
            "IRN", Map.of(2022, 89_524_246L, 2023, 90_608_707L, 2024, 91_567_738L)),
            "World Bank, World Development Indicators (SP.POP.TOTL), CC BY 4.0");

    @BeforeAll
    static void setUp() throws Exception {
        ExportFixtures.startToolkit();
        data = SmallData.of("population.csv", """
                year,coo_name,coo_iso,coa_name,coa_iso,asylum_seekers,refugees
                2001,China,CHN,United States of America,USA,30000,1
                2006,China,CHN,United States of America,USA,60000,1
                2022,China,CHN,United States of America,USA,120000,1
                2023,China,CHN,United States of America,USA,150000,1
                2024,China,CHN,United States of America,USA,180960,1
                2025,China,CHN,United States of America,USA,99716,1
                2022,Russian Federation,RUS,Germany,DEU,5000,1
                2023,Russian Federation,RUS,Germany,DEU,7000,1
                2024,Russian Federation,RUS,Germany,DEU,9000,1
                2025,Russian Federation,RUS,Germany,DEU,9500,1
                2022,Iran (Islamic Rep. of),IRN,Germany,DEU,30,1
                2023,Iran (Islamic Rep. of),IRN,Germany,DEU,45,1
                2024,Iran (Islamic Rep. of),IRN,Germany,DEU,70,1
                2025,Iran (Islamic Rep. of),IRN,Germany,DEU,80,1
                """);
    }

    private static ChartData view(Scale scale) {
        Selection s = new Selection(List.of("CHN", "RUS", "IRN"), List.of(), Measure.ASYLUM_SEEKERS,
                RangeAggregation.LAST_YEAR, new YearRange(2022, 2024), EraConvention.MAJORITY_OF_YEAR, scale);
        return ChartData.of(data, EraTable.empty(), s, POPULATION);
    }

    @Test
    void aLogScaleThreeLineSvgHasEveryLineAndNamesTheScale() throws Exception {
        ExportSettings settings = new ExportSettings(FigureContent.TREND, FigureSize.WIDE, ImageFormat.SVG, 1);
        FigureExport export = ExportFixtures.prepare(view(Scale.LOG), settings);
        assertThat(export.drawing().skipped()).as("every node traced").isEmpty();
        Document doc = svg(export);
        List<Element> lines = new ArrayList<>();
        NodeList all = doc.getElementsByTagNameNS("*", "*");
        for (int i = 0; i < all.getLength(); i++) {
            Element e = (Element) all.item(i);
            if (e.getAttribute("id").startsWith("series-line-")) {
                lines.add(e);
            }
        }
        assertThat(lines).as("one firm path per line").hasSize(3);
        List<String> texts = texts(doc);
        assertThat(texts).contains("Asylum-seekers (claims pending at year end), log scale", "China", "Russia",
                "Iran", "China (CHN)", "Russian Federation (RUS)");
        // 1-2-5 ticks over few decades, powers of ten over many: 10 … 1,000,000 here.
        assertThat(texts).contains("10", "100", "1,000", "10,000", "100,000", "1,000,000");
        assertThat(texts).noneMatch(t -> t.contains("World Bank")); // no population used on a log scale
    }

    @Test
    void perHundredThousandCreditsThePopulationAndIndexedNamesTheBaseYear() throws Exception {
        ExportSettings pdf = new ExportSettings(FigureContent.BOTH, FigureSize.WIDE, ImageFormat.PDF, 1);
        String text = pdfText(ExportFixtures.prepare(view(Scale.PER_100K), pdf));
        assertThat(text).contains("Asylum-seekers per 100,000 population",
                "Population: World Bank, World Development Indicators (SP.POP.TOTL), CC BY 4.0");
        ExportSettings svg = new ExportSettings(FigureContent.TREND, FigureSize.WIDE, ImageFormat.SVG, 1);
        FigureExport indexed = ExportFixtures.prepare(view(Scale.INDEXED), svg);
        assertThat(indexed.drawing().skipped()).isEmpty();
        assertThat(texts(svg(indexed))).contains("Asylum-seekers, index (2022 = 100)");
    }

    @Test
    void anInViewNamesItsBarsAsOriginsAndItsTitleAsTheCountryOfAsylum() throws Exception {
        Selection inGermany = new Selection(List.of(), List.of("DEU"), Measure.ASYLUM_SEEKERS,
                RangeAggregation.LAST_YEAR, new YearRange(2022, 2024), EraConvention.MAJORITY_OF_YEAR, Scale.LINEAR);
        ChartData view = ChartData.of(data, EraTable.empty(), inGermany, POPULATION);
        ExportSettings settings = new ExportSettings(FigureContent.BOTH, FigureSize.WIDE, ImageFormat.SVG, 1);
        List<String> texts = texts(svg(ExportFixtures.prepare(view, settings)));
        // The bars are where the people in Germany came from: Russia's 9,000 and Iran's 70 at the end of 2024.
        assertThat(texts).contains("By country of origin, end of 2024", "9,000", "70")
                .noneMatch(t -> t.startsWith("By country of asylum"));
        assertThat(String.join(" ", texts)).contains("in Germany");
    }

    /**
     * The headline names the three lines; the bars and the map beside the trend are China's alone,
     * and their titles say so (a reader took them for the three countries together). One line needs no name there.
     */
    @Test
    void besideSeveralLinesTheBarsAndMapSayWhoseTheyAre() throws Exception {
        ExportSettings both = new ExportSettings(FigureContent.BOTH, FigureSize.WIDE, ImageFormat.SVG, 1);
        assertThat(texts(svg(ExportFixtures.prepare(view(Scale.LINEAR), both))))
                .contains("By country of asylum, end of 2024 (China)")
                .as("three lines are named in the headline").contains("Asylum-seekers from China, Russia and Iran, 2022\u20132024");
        ExportSettings map = new ExportSettings(FigureContent.byId("trend,map").orElseThrow(), FigureSize.WIDE,
                ImageFormat.SVG, 1);
        assertThat(texts(svg(ExportFixtures.prepare(view(Scale.LINEAR), map)))).contains("On the map (China)");
        Selection alone = new Selection(List.of("CHN"), List.of(), Measure.ASYLUM_SEEKERS, RangeAggregation.LAST_YEAR,
                new YearRange(2022, 2024), EraConvention.MAJORITY_OF_YEAR, Scale.LINEAR);
        assertThat(texts(svg(ExportFixtures.prepare(ChartData.of(data, EraTable.empty(), alone, POPULATION), both))))
                .contains("By country of asylum, end of 2024").noneMatch(t -> t.endsWith("(China)"));
    }

    /**
     * Beside other lines, the words say what belongs to whom: the scale is the lines' (the bars stay counts, and
     * "…at the end of 2024. Asylum-seekers per 100,000 population" read as if they were rates), and the era bands
     * are China's (Russia's line runs over "Xi Jinping").
     */
    @Test
    void besideSeveralLinesTheScaleIsTheLinesAndTheBandsAreChinas() throws Exception {
        Selection s = new Selection(List.of("CHN", "RUS"), List.of(), Measure.ASYLUM_SEEKERS,
                RangeAggregation.LAST_YEAR, new YearRange(2022, 2024), EraConvention.MAJORITY_OF_YEAR, Scale.PER_100K);
        ChartData compared = ChartData.of(data, EraTable.loadBundled(), s, POPULATION);
        ExportSettings both = new ExportSettings(FigureContent.BOTH, FigureSize.WIDE, ImageFormat.SVG, 1);
        String drawn = String.join(" ", texts(svg(ExportFixtures.prepare(compared, both))));
        assertThat(drawn).contains("Countries of asylum: at the end of 2024. Lines: Asylum-seekers per 100,000")
                .contains("Bands for China:");
        ExportSettings trend = new ExportSettings(FigureContent.TREND, FigureSize.WIDE, ImageFormat.SVG, 1);
        assertThat(String.join(" ", texts(svg(ExportFixtures.prepare(compared, trend)))))
                .as("the trend alone: the scale is the figure's").contains("2022\u20132024. Asylum-seekers per 100,000")
                .doesNotContain("Lines:");
        Selection alone = new Selection(List.of("CHN"), List.of(), Measure.ASYLUM_SEEKERS, RangeAggregation.LAST_YEAR,
                new YearRange(2022, 2024), EraConvention.MAJORITY_OF_YEAR, Scale.LINEAR);
        assertThat(String.join(" ", texts(svg(ExportFixtures.prepare(
                ChartData.of(data, EraTable.loadBundled(), alone, POPULATION), both)))))
                .as("China alone: whose bands goes without saying").contains("Xi Jinping").doesNotContain("Bands for");
    }

    /**
     * The subtitle names the scale for the panels that take it and says which they are beside one that does not:
     * the lines take every scale, the map per 100,000 only, the bars none.
     */
    @Test
    void theSubtitleNamesTheScaleForThePanelsThatTakeIt() {
        ChartData per100k = view(Scale.PER_100K);
        String plain = "2022\u20132024. Countries of asylum: at the end of 2024";
        String scale = "Asylum-seekers per 100,000 population";
        assertThat(FigureTexts.defaultSubtitle(per100k, FigureContent.BOTH)).isEqualTo(plain + ". Lines: " + scale);
        assertThat(FigureTexts.defaultSubtitle(per100k, content("trend,map"))).isEqualTo(plain + ". " + scale);
        assertThat(FigureTexts.defaultSubtitle(per100k, content("trend,destinations,map")))
                .isEqualTo(plain + ". Lines and map: " + scale);
        assertThat(FigureTexts.defaultSubtitle(per100k, content("destinations,map"))).isEqualTo(plain + ". Map: " + scale);
        assertThat(FigureTexts.defaultSubtitle(per100k, FigureContent.DESTINATIONS)).as("bars alone: counts")
                .isEqualTo(plain);
        assertThat(FigureTexts.defaultSubtitle(view(Scale.LOG), content("trend,map"))).as("the map is never log")
                .isEqualTo(plain + ". Lines: Asylum-seekers (claims pending at year end), log scale");
    }

    /** Beside the lines, the bars and the map of a preliminary year say so, as the window's titles do. */
    @Test
    void besideSeveralLinesAPreliminaryYearsBarsAndMapSaySo() throws Exception {
        Selection s = new Selection(List.of("CHN", "RUS"), List.of(), Measure.ASYLUM_SEEKERS,
                RangeAggregation.LAST_YEAR, new YearRange(2023, 2025), EraConvention.MAJORITY_OF_YEAR, Scale.LINEAR);
        ChartData toPreliminary = ChartData.of(data, EraTable.empty(), s, POPULATION);
        assertThat(toPreliminary.firstHasPreliminary()).as("the fixture's newest year is preliminary").isTrue();
        ExportSettings all = new ExportSettings(content("trend,destinations,map"), FigureSize.WIDE, ImageFormat.SVG, 1);
        assertThat(String.join(" ", texts(svg(ExportFixtures.prepare(toPreliminary, all))))) // a title may wrap
                .contains("By country of asylum, end of 2025 (China, preliminary)", "On the map (China, preliminary)");
    }

    /** "Bands for China:" and the eras wrap inside a small figure rather than run past its edge. */
    @Test
    void theEraKeyWrapsInsideASmallFigure() throws Exception {
        Selection s = new Selection(List.of("CHN", "RUS"), List.of(), Measure.ASYLUM_SEEKERS,
                RangeAggregation.LAST_YEAR, new YearRange(2000, 2024), EraConvention.MAJORITY_OF_YEAR, Scale.LINEAR);
        ChartData compared = ChartData.of(data, EraTable.loadBundled(), s, POPULATION);
        FigureSize small = FigureSize.parse("640x480").orElseThrow();
        Figure figure = org.asylumtrends.export.HeadlessToolkit.onFxThread(() ->
                FigureBuilder.build(compared, FigureContent.BOTH, small));
        javafx.scene.layout.Region legend = figure.legend();
        assertThat(legend.getChildrenUnmodifiable()).hasSizeGreaterThan(3); // the owner and three eras
        for (javafx.scene.Node item : legend.getChildrenUnmodifiable()) {
            javafx.geometry.Bounds b = item.localToScene(item.getLayoutBounds());
            assertThat(b.getMaxX()).as("%s inside the figure", ((javafx.scene.control.Label) item).getText())
                    .isLessThanOrEqualTo(small.width());
            assertThat(((javafx.scene.control.Label) item).isTextTruncated()).isFalse();
        }
    }

    private static FigureContent content(String id) {
        return FigureContent.byId(id).orElseThrow();
    }

    private static Document svg(FigureExport export) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        export.writeTo(out);
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(out.toByteArray()));
    }

    private static String pdfText(FigureExport export) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        export.writeTo(out);
        try (PDDocument doc = Loader.loadPDF(out.toByteArray())) {
            return new PDFTextStripper().getText(doc).replace('\n', ' ').replace("\r", "");
        }
    }

    private static List<String> texts(Document doc) {
        List<String> texts = new ArrayList<>();
        NodeList nodes = doc.getElementsByTagNameNS("*", "text");
        for (int i = 0; i < nodes.getLength(); i++) {
            texts.add(nodes.item(i).getTextContent());
        }
        return texts;
    }
}
