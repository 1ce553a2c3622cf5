package org.asylumtrends.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.asylumtrends.data.ChartData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** SVG and PDF exports: valid, self-contained, with the title and the source as text and the series as paths. */
class VectorExportTest {
    private static final String SOURCE =
            "Source: UNHCR Refugee Population Statistics Database (release 2025.12.1), CC BY 4.0";

    @BeforeAll
    static void toolkit() throws Exception {
        ExportFixtures.startToolkit();
    }

    /** The generated headline, in plain language (issue 17): not "Asylum-seekers from China, 2012–2024". */
    private static final String TITLE = "People from China with asylum claims still pending at the end of each year";

    @Test
    void svgIsXmlWithTitleSourceAndOnePathPerSeries() throws Exception {
        ChartData data = ExportFixtures.withPreliminary(); // a firm and a preliminary (dashed) series
        ExportSettings settings = new ExportSettings(FigureContent.BOTH, FigureSize.WIDE, ImageFormat.SVG, 1);
        FigureExport export = ExportFixtures.prepare(data, settings);
        byte[] svg = bytes(export);

        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        Document doc = factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg));

        assertThat(doc.getDocumentElement().getLocalName()).isEqualTo("svg");
        assertThat(doc.getDocumentElement().getAttribute("width")).isEqualTo("1200");
        List<String> texts = texts(doc);
        assertThat(texts).contains(TITLE, "2012\u20132025. Countries of asylum: at the end of 2025", SOURCE,
                "Xi Jinping (2012\u2013)");

        List<Element> series = new ArrayList<>();
        NodeList all = doc.getElementsByTagNameNS("*", "*");
        for (int i = 0; i < all.getLength(); i++) {
            Element e = (Element) all.item(i);
            if (e.getAttribute("id").startsWith("series-line-")) {
                series.add(e);
            }
        }
        // JFreeSVG puts the id and style on a group around the path.
        assertThat(series).hasSize(2).allSatisfy(e -> assertThat(paths(e)).isEqualTo(1));
        assertThat(series.get(1).getAttribute("style")).contains("stroke-dasharray");
        assertThat(series.get(0).getAttribute("style")).doesNotContain("stroke-dasharray");

        String text = new String(svg, java.nio.charset.StandardCharsets.UTF_8);
        assertThat(text).as("self-contained: no images, no web fonts, no links")
                .doesNotContain("<image", "@font-face", "url(http", "href=");
    }

    @Test
    void pdfHasOnePageWithTitleAndSourceAsText() throws Exception {
        ChartData data = ExportFixtures.defaultView();
        ExportSettings settings = new ExportSettings(FigureContent.TREND, FigureSize.A4_LANDSCAPE, ImageFormat.PDF, 1);
        byte[] pdf = bytes(ExportFixtures.prepare(data, settings));

        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(doc.getNumberOfPages()).isEqualTo(1);
            assertThat(doc.getPage(0).getMediaBox().getWidth()).isCloseTo(841.89f, org.assertj.core.data.Offset.offset(0.5f));
            String text = new PDFTextStripper().getText(doc);
            assertThat(text).contains(TITLE, "2012\u20132024", SOURCE, "Hu Jintao (2002\u20132012)");
            assertThat(doc.getDocumentInformation().getTitle()).isEqualTo(TITLE);
            List<PDFont> fonts = new ArrayList<>();
            for (var name : doc.getPage(0).getResources().getFontNames()) {
                fonts.add(doc.getPage(0).getResources().getFont(name));
            }
            assertThat(fonts).isNotEmpty();
        }
    }

    private static int paths(Element e) {
        return e.getLocalName().equals("path") ? 1 : e.getElementsByTagNameNS("*", "path").getLength();
    }

    private static List<String> texts(Document doc) {
        List<String> texts = new ArrayList<>();
        NodeList nodes = doc.getElementsByTagNameNS("*", "text");
        for (int i = 0; i < nodes.getLength(); i++) {
            texts.add(nodes.item(i).getTextContent());
        }
        return texts;
    }

    private static byte[] bytes(FigureExport export) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        export.writeTo(out);
        return out.toByteArray();
    }
}
