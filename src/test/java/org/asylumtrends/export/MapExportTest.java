package org.asylumtrends.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.asylumtrends.chart.ChoroplethMap;
import org.asylumtrends.chart.WorldShapes;
import org.asylumtrends.data.ChartData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The map as an exported panel: every country a path in SVG and PDF, with legend, list, title, source and licence. */
class MapExportTest {
    private static final String SOURCE =
            "Source: UNHCR Refugee Population Statistics Database (release 2025.12.1), CC BY 4.0";
    private static final FigureContent MAP = FigureContent.byId("map").orElseThrow();

    @BeforeAll
    static void toolkit() throws Exception {
        ExportFixtures.startToolkit();
    }

    private static Set<String> everyShape() {
        Set<String> ids = new TreeSet<>();
        WorldShapes.bundled().codes().forEach(c -> ids.add("map-" + c));
        return ids;
    }

    @Test
    void theMapIsAPanelOfTheExporterAndTheCommandLine() {
        assertThat(FigurePanel.KNOWN).contains(new MapPanel());
        assertThat(FigureContent.byId("trend,map").orElseThrow().panels()).containsExactly(new TrendPanel(), new MapPanel());
        assertThat(FigureContent.knownIds()).contains("map");
        assertThat(MAP.id()).isEqualTo("map");
    }

    @Test
    void anSvgHasEveryCountryAsAPathAndNothingSkipped() throws Exception {
        ChartData data = ExportFixtures.defaultView();
        FigureExport export = ExportFixtures.prepare(data, new ExportSettings(MAP, FigureSize.WIDE, ImageFormat.SVG, 1));
        assertThat(export.drawing().skipped()).as("nodes the tracer could not draw").isEmpty();
        byte[] svg = bytes(export);

        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        Document doc = factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg));
        Set<String> countries = new TreeSet<>();
        NodeList all = doc.getElementsByTagNameNS("*", "*");
        for (int i = 0; i < all.getLength(); i++) {
            Element e = (Element) all.item(i);
            if (e.getAttribute("id").startsWith("map-")) {
                // JFreeSVG puts the id on a group around the path, or on the path itself.
                int paths = e.getLocalName().equals("path") ? 1 : e.getElementsByTagNameNS("*", "path").getLength();
                assertThat(paths).as(e.getAttribute("id")).isEqualTo(1);
                countries.add(e.getAttribute("id"));
            }
        }
        assertThat(countries).hasSize(176).isEqualTo(everyShape());
        List<String> texts = new ArrayList<>();
        NodeList nodes = doc.getElementsByTagNameNS("*", "text");
        for (int i = 0; i < nodes.getLength(); i++) {
            texts.add(nodes.item(i).getTextContent());
        }
        assertThat(texts).contains("People from China with asylum claims still pending at the end of each year", SOURCE,
                "Asylum-seekers (claims pending at year end)", "100,000 or more", "No data");
        assertThat(String.join(" ", texts)).contains("Not on the map:");
    }

    @Test
    void aPdfFillsEveryCountryPathAsTraced() throws Exception {
        ChartData data = ExportFixtures.defaultView();
        FigureExport export = ExportFixtures.prepare(data, new ExportSettings(MAP, FigureSize.A4_LANDSCAPE,
                ImageFormat.PDF, 1));
        Drawing drawing = export.drawing();
        assertThat(drawing.skipped()).isEmpty();
        Set<String> filled = new TreeSet<>();
        drawing.ops().stream().filter(Drawing.Fill.class::isInstance).map(o -> ((Drawing.Fill) o).id())
                .filter(id -> id != null && id.startsWith("map-")).forEach(filled::add);
        assertThat(filled).isEqualTo(everyShape());
        byte[] pdf = bytes(export);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(doc.getNumberOfPages()).isEqualTo(1);
            long fills = 0;
            PDFStreamParser parser = new PDFStreamParser(doc.getPage(0));
            for (Object token : parser.parse()) {
                if (token instanceof Operator op && (op.getName().equals("f") || op.getName().equals("f*"))) {
                    fills++;
                }
            }
            assertThat(fills).as("one fill per traced fill, countries included").isEqualTo(drawing.count(Drawing.Fill.class));
            String text = new PDFTextStripper().getText(doc);
            assertThat(text).contains("People from China with asylum claims still pending at the end of each year", SOURCE, "No data",
                    "10,000\u201399,999");
        }
    }

    @Test
    void besideTheTrendTheMapHasItsOwnSmallTitle() throws Exception {
        FigureExport export = ExportFixtures.prepare(ExportFixtures.defaultView(), new ExportSettings(
                FigureContent.byId("trend,map").orElseThrow(), FigureSize.WIDE, ImageFormat.SVG, 1));
        assertThat(export.drawing().skipped()).isEmpty();
        String svg = new String(bytes(export), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(svg).contains("On the map", "map-US");
    }

    @Test
    void thePngShowsTheUnitedStatesInTheDarkestClass() throws Exception {
        ChartData data = ExportFixtures.defaultView();
        FigureExport export = ExportFixtures.prepare(data, new ExportSettings(MAP, FigureSize.WIDE, ImageFormat.PNG, 1));
        java.awt.image.BufferedImage png = export.pixels();
        int[] rgb = HeadlessToolkit.onFxThread(() -> {
            Figure figure = FigureBuilder.build(data, MAP, FigureSize.WIDE);
            ChoroplethMap map = figure.panel(ChoroplethMap.class);
            var us = map.shapes().get("US");
            // a point well inside the shape (its neighbours inside too), in figure coordinates
            var b = us.getBoundsInLocal();
            for (double y = b.getMinY(); y < b.getMaxY(); y += 1) {
                for (double x = b.getMinX(); x < b.getMaxX(); x += 1) {
                    if (us.contains(x, y) && us.contains(x - 4, y) && us.contains(x + 4, y) && us.contains(x, y - 4)
                            && us.contains(x, y + 4)) {
                        var p = us.localToScene(x, y);
                        return new int[] {(int) Math.round(p.getX()), (int) Math.round(p.getY())};
                    }
                }
            }
            throw new AssertionError("no inner point");
        });
        java.awt.Color c = new java.awt.Color(png.getRGB(rgb[0], rgb[1]));
        assertThat(new int[] {c.getRed(), c.getGreen(), c.getBlue()}).as("the darkest class, #253494")
                .containsExactly(0x25, 0x34, 0x94);
    }

    private static byte[] bytes(FigureExport export) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        export.writeTo(out);
        return out.toByteArray();
    }
}
