package org.asylumtrends.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javafx.geometry.Bounds;
import javafx.scene.canvas.Canvas;
import javafx.scene.layout.Pane;
import javafx.scene.paint.Color;
import javafx.scene.shape.Arc;
import javafx.scene.shape.ArcTo;
import javafx.scene.shape.ArcType;
import javafx.scene.shape.Circle;
import javafx.scene.shape.CubicCurve;
import javafx.scene.shape.Ellipse;
import javafx.scene.shape.MoveTo;
import javafx.scene.shape.Path;
import javafx.scene.shape.Polygon;
import javafx.scene.shape.Polyline;
import javafx.scene.shape.QuadCurve;
import javafx.scene.shape.Rectangle;
import javafx.scene.shape.SVGPath;
import javafx.scene.shape.Shape;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.asylumtrends.data.ChartData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * What the vector exports leave out: nothing, for every panel the exporter offers; a shape of any kind (an SVG path
 * as a map would use) comes out as a path; a node that cannot be traced is named in the export's notes.
 */
class PanelTraceTest {
    /** A colour no chart uses, to find the test panel's shape in the output. */
    private static final Color MARKER = Color.rgb(18, 52, 86);

    @BeforeAll
    static void toolkit() throws Exception {
        ExportFixtures.startToolkit();
    }

    static Stream<Arguments> everyPanelInEveryVectorFormat() {
        List<Arguments> cases = new ArrayList<>();
        List<FigureContent> contents = new ArrayList<>(FigureContent.choices());
        for (FigureContent content : contents) {
            for (ImageFormat format : List.of(ImageFormat.SVG, ImageFormat.PDF)) {
                cases.add(Arguments.of(content.id(), format));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} as {1}: nothing skipped")
    @MethodSource("everyPanelInEveryVectorFormat")
    void nothingInAnyPanelIsSkipped(String content, ImageFormat format) throws Exception {
        ChartData data = ExportFixtures.withPreliminary();
        FigureExport export = ExportFixtures.prepare(data,
                new ExportSettings(FigureContent.byId(content).orElseThrow(), FigureSize.WIDE, format, 1));
        bytes(export);

        assertThat(export.drawing().skipped()).isEmpty();
        assertThat(export.notes()).isEmpty();
        assertThat(export.drawing().count(Drawing.Text.class)).as("text was traced").isGreaterThan(10);
    }

    @Test
    void anSvgPathInAPanelIsAPathInTheSvg() throws Exception {
        FigureContent content = new FigureContent(List.of(new TrendPanel(), new MarkerPanel(false)));
        FigureExport export = ExportFixtures.prepare(ExportFixtures.defaultView(),
                new ExportSettings(content, FigureSize.WIDE, ImageFormat.SVG, 1));
        Document svg = xml(bytes(export));

        assertThat(export.drawing().skipped()).isEmpty();
        List<Element> marked = new ArrayList<>();
        NodeList paths = svg.getElementsByTagNameNS("*", "path");
        for (int i = 0; i < paths.getLength(); i++) {
            Element path = (Element) paths.item(i);
            // JFreeSVG puts the style on a group around the path.
            if (((Element) path.getParentNode()).getAttribute("style").contains("fill:rgb(18,52,86)")) {
                marked.add(path);
            }
        }
        assertThat(marked).as("the SVGPath's fill").hasSize(1);
        String d = marked.get(0).getAttribute("d");
        // The triangle "M 0 0 L 100 0 L 50 80 Z": a move, two lines and a close, 100 wide and 80 high, placed
        // in the second panel (right of the middle).
        assertThat(d).matches("M[-\\d.]+,[-\\d.]+(L[-\\d.]+,[-\\d.]+){2}Z");
        double[] n = java.util.Arrays.stream(d.split("[MLZ,]")).filter(t -> !t.isEmpty())
                .mapToDouble(Double::parseDouble).toArray();
        assertThat(n[2] - n[0]).isCloseTo(100, within(0.01));
        assertThat(n[5] - n[1]).isCloseTo(80, within(0.01));
        assertThat(n[0]).isGreaterThan(FigureSize.WIDE.width() / 2.0);
    }

    @Test
    void anSvgPathInAPanelIsDrawnInThePdf() throws Exception {
        FigureContent content = new FigureContent(List.of(new MarkerPanel(false)));
        FigureExport export = ExportFixtures.prepare(ExportFixtures.defaultView(),
                new ExportSettings(content, FigureSize.WIDE, ImageFormat.PDF, 1));
        Bounds triangle = HeadlessToolkit.onFxThread(() -> {
            Figure figure = FigureBuilder.build(ExportFixtures.defaultView(), content, FigureSize.WIDE);
            SVGPath p = (SVGPath) ((Pane) figure.panels().get(0)).getChildren().get(0);
            return p.localToScene(p.getBoundsInLocal());
        });
        try (PDDocument doc = Loader.loadPDF(bytes(export))) {
            // 96 dpi: one image pixel per figure pixel.
            var image = new PDFRenderer(doc).renderImageWithDPI(0, 96);
            int x = (int) Math.round(triangle.getCenterX());
            int y = (int) Math.round(triangle.getMinY() + triangle.getHeight() / 3);
            assertThat(image.getRGB(x, y) & 0xffffff).as("inside the triangle").isEqualTo(0x123456);
        }
    }

    @Test
    void aNodeThatCannotBeTracedIsNamedInTheNotes() throws Exception {
        FigureContent content = new FigureContent(List.of(new MarkerPanel(true)));
        FigureExport export = ExportFixtures.prepare(ExportFixtures.defaultView(),
                new ExportSettings(content, FigureSize.WIDE, ImageFormat.SVG, 1));
        bytes(export);

        assertThat(export.drawing().skipped()).containsExactly("Canvas#relief");
        assertThat(export.notes()).singleElement().asString().contains("Canvas#relief", "PNG");
    }

    static Stream<Shape> shapes() {
        SVGPath svg = new SVGPath();
        svg.setContent("M10,10 h40 v20 a10,10 0 0 1 -10,10 q-15,5 -30,-5 z");
        Path withArc = new Path(new MoveTo(0, 0), new ArcTo(20, 20, 0, 40, 0, false, true));
        return Stream.of(new Rectangle(5, 6, 30, 40), new Circle(20, 20, 15),
                new Ellipse(20, 20, 15, 8), new Polygon(0, 0, 30, 0, 15, 25), new Polyline(0, 0, 30, 10, 5, 40),
                new QuadCurve(0, 0, 20, 40, 40, 0), new CubicCurve(0, 0, 10, 40, 30, -40, 40, 0),
                new Arc(50, 50, 30, 20, 30, 120), chord(), svg, withArc);
    }

    private static Arc chord() {
        Arc arc = new Arc(0, 0, 40, 40, -45, 270);
        arc.setType(ArcType.ROUND);
        return arc;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("shapes")
    void everyShapeHasItsGeometry(Shape shape) {
        // Filled and not stroked, the layout bounds are the geometry's.
        shape.setFill(Color.BLACK);
        shape.setStroke(null);
        java.awt.geom.Rectangle2D traced = NodeWalker.outline(shape).getBounds2D();
        Bounds fx = shape.getLayoutBounds();

        assertThat(traced.getMinX()).isCloseTo(fx.getMinX(), within(0.5));
        assertThat(traced.getMinY()).isCloseTo(fx.getMinY(), within(0.5));
        assertThat(traced.getMaxX()).isCloseTo(fx.getMaxX(), within(0.5));
        assertThat(traced.getMaxY()).isCloseTo(fx.getMaxY(), within(0.5));
    }

    /**
     * A panel that is not one of the exporter's, as a map would be: an SVG path (and, if asked, a canvas the tracer
     * cannot read). It needs no change anywhere in the exporter.
     */
    record MarkerPanel(boolean withCanvas) implements FigurePanel {
        @Override
        public String id() {
            return "marker";
        }

        @Override
        public String displayName() {
            return "Marker";
        }

        @Override
        public String headline(ChartData data) {
            return "Marker";
        }

        @Override
        public Built build(ChartData data, boolean alone) {
            SVGPath triangle = new SVGPath();
            triangle.setContent("M 0 0 L 100 0 L 50 80 Z");
            triangle.setFill(MARKER);
            triangle.setLayoutX(40);
            triangle.setLayoutY(30);
            Pane pane = new Pane(triangle);
            if (withCanvas) {
                Canvas canvas = new Canvas(50, 50);
                canvas.setId("relief");
                canvas.getStyleClass().clear();
                pane.getChildren().add(canvas);
            }
            return new Built(pane, List.of());
        }
    }

    private static Document xml(byte[] svg) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg));
    }

    private static byte[] bytes(FigureExport export) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        export.writeTo(out);
        return out.toByteArray();
    }
}
