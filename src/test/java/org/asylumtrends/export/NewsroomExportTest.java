package org.asylumtrends.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.stream.ImageInputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.text.PDFTextStripper;
import org.asylumtrends.data.Annotation;
import org.asylumtrends.data.AsylumDataset;
import org.asylumtrends.data.ChartData;
import org.asylumtrends.data.Count;
import org.asylumtrends.data.Counts;
import org.asylumtrends.data.Country;
import org.asylumtrends.data.DatasetMetadata;
import org.asylumtrends.data.Editorial;
import org.asylumtrends.data.EraTable;
import org.asylumtrends.data.Measure;
import org.asylumtrends.data.Observation;
import org.asylumtrends.data.RangeAggregation;
import org.asylumtrends.data.Selection;
import org.asylumtrends.data.YearRange;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Issue 17: the author's words and the alt text in every export, read back from the files. A journalist's headline
 * replaces the generated one, the source line stays whatever they write, and the alt text is a computed sentence
 * that reaches the SVG's {@code <desc>}, the PDF's Figure tag and the PNG's Description chunk.
 */
class NewsroomExportTest {
    private static final String SOURCE =
            "Source: UNHCR Refugee Population Statistics Database (release 2025.12.1), CC BY 4.0";
    private static final Editorial WRITTEN = Editorial.NONE.withTitle("Ten times as many Chinese wait for asylum")
            .withSubtitle("Pending claims at each year end").withNotes("Figures for 2024 are final.\nSecond note.")
            .withByline("Chart: Jane Doe / The Paper")
            .withAnnotations(List.of(Annotation.at(LocalDate.of(2020, 6, 30), "Hong Kong security law")));

    @BeforeAll
    static void toolkit() throws Exception {
        ExportFixtures.startToolkit();
    }

    @Test
    void theDefaultsAreInPlainLanguage() throws Exception {
        FigureTexts texts = FigureTexts.generated(ExportFixtures.defaultView(), FigureContent.BOTH);

        assertThat(texts.title()).isEqualTo("People from China with asylum claims still pending at the end of each year");
        assertThat(texts.subtitle()).isEqualTo("2012\u20132024. Countries of asylum: at the end of 2024");
        assertThat(texts.source()).isEqualTo(SOURCE);
        assertThat(texts.automaticNotes()).isEmpty();
    }

    @Test
    void altTextOfTheArticlesViewIsComputedFromTheBundledFigures() throws Exception {
        // Release 2025.12.1's end-2024 stock (the article's 176,239 is the mid-2024 release's).
        assertThat(AltText.of(ExportFixtures.defaultView())).isEqualTo("Asylum-seekers from China rose from 15,362"
                + " at the end of 2012 to 180,960 at the end of 2024; the United States held 82% of them.");
    }

    @Test
    void altTextNamesThePeakTheLargestCountryAndAPreliminaryYear() throws Exception {
        // 100, 400 (peak), 300 (2014, preliminary); AAA holds 3 of every 4 in 2014.
        ChartData data = small(new long[] {100, 400, 300}, Measure.ASYLUM_SEEKERS, RangeAggregation.LAST_YEAR);

        assertThat(AltText.of(data)).isEqualTo("Asylum-seekers from China rose from 100 at the end of 2012 to 300"
                + " (preliminary) at the end of 2014, peaking at 400 at the end of 2013; Alpha held 75% of them.");
    }

    @Test
    void summedStocksGetANoteThatNoAuthorRemoves() throws Exception {
        ChartData data = small(new long[] {100, 400, 300}, Measure.ASYLUM_SEEKERS, RangeAggregation.SUM_OVER_YEARS);

        FigureTexts texts = FigureTexts.of(data, FigureContent.BOTH, WRITTEN);

        assertThat(texts.title()).isEqualTo(WRITTEN.title());
        assertThat(texts.notes()).containsExactly("Figures for 2024 are final.", "Second note.");
        assertThat(texts.automaticNotes()).hasSize(2);
        assertThat(texts.automaticNotes().get(0)).contains("counted three times");
        assertThat(texts.automaticNotes().get(1)).contains("preliminary");
        assertThat(AltText.of(data)).endsWith("; Alpha accounted for 75% of the figures added together.");
    }

    @Test
    void svgHasTheHeadlineTheAltTextTheNotesTheAnnotationAndStillTheSource() throws Exception {
        FigureExport export = ExportFixtures.prepare(ExportFixtures.defaultView(),
                new ExportSettings(FigureContent.BOTH, FigureSize.WIDE, ImageFormat.SVG, 1), WRITTEN);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        export.writeTo(out);
        Document doc = xml(out.toByteArray());

        List<String> drawn = texts(doc);
        assertThat(drawn).contains(WRITTEN.title(), WRITTEN.subtitle(), "Figures for 2024 are final.",
                "Second note.", WRITTEN.byline(), SOURCE, "Hong Kong security law");
        assertThat(drawn).doesNotContain(FigureTexts.defaultTitle(ExportFixtures.defaultView()));
        String alt = AltText.of(ExportFixtures.defaultView());
        assertThat(first(doc, "title")).isEqualTo(WRITTEN.title());
        assertThat(first(doc, "desc")).isEqualTo(alt + " " + SOURCE);
    }

    @Test
    void anAuthorsAltTextReplacesTheGeneratedOneInEveryFormat() throws Exception {
        Editorial e = WRITTEN.withAltText("A line that climbs steeply after 2018.");
        ChartData data = ExportFixtures.defaultView();

        Document svg = xml(bytes(data, ImageFormat.SVG, e));
        assertThat(first(svg, "desc")).startsWith("A line that climbs steeply after 2018.");

        Map<String, String> png = pngText(bytes(data, ImageFormat.PNG, e));
        assertThat(png).containsEntry("Description", "A line that climbs steeply after 2018.")
                .containsEntry("Title", WRITTEN.title()).containsEntry("Author", WRITTEN.byline())
                .containsEntry("Source", SOURCE);

        try (PDDocument pdf = Loader.loadPDF(bytes(data, ImageFormat.PDF, e))) {
            assertThat(figureAlt(pdf)).isEqualTo("A line that climbs steeply after 2018.");
        }
    }

    @Test
    void pdfIsTaggedWithAFigureWhoseAltIsTheGeneratedSentence() throws Exception {
        ChartData data = ExportFixtures.defaultView();
        try (PDDocument pdf = Loader.loadPDF(bytes(data, ImageFormat.PDF, WRITTEN))) {
            assertThat(pdf.getDocumentCatalog().getMarkInfo().isMarked()).isTrue();
            assertThat(figureAlt(pdf)).isEqualTo(AltText.of(data));
            assertThat(pdf.getDocumentInformation().getTitle()).isEqualTo(WRITTEN.title());
            assertThat(new PDFTextStripper().getText(pdf)).contains(WRITTEN.title(), SOURCE, WRITTEN.byline());
        }
    }

    @Test
    void pngCarriesTheGeneratedAltTextAsItsDescription() throws Exception {
        ChartData data = ExportFixtures.defaultView();
        Map<String, String> png = pngText(bytes(data, ImageFormat.PNG, Editorial.NONE));

        assertThat(png).containsEntry("Description", AltText.of(data))
                .containsEntry("Title", FigureTexts.defaultTitle(data)).doesNotContainKey("Author");
    }

    @Test
    void textsThatWouldMisleadAreRefused() {
        assertThatThrownBy(() -> Editorial.NONE.withTitle("Claims fell \u202E4202 ni")).hasMessageContaining("U+202E");
        assertThatThrownBy(() -> Editorial.NONE.withByline("a\nb")).hasMessageContaining("U+000A");
        assertThatThrownBy(() -> Editorial.NONE.withTitle("x".repeat(Editorial.MAX_LINE + 1)))
                .hasMessageContaining("longer than 300");
        assertThat(Editorial.clean("Claims \u202Efell\u0007\r\nnow", 100, false)).isEqualTo("Claims fellnow");
    }

    /** China to two countries, 2012–2014: Alpha holds three quarters of each year's figure; 2014 is preliminary. */
    static ChartData small(long[] totals, Measure measure, RangeAggregation aggregation) {
        List<Observation> rows = new ArrayList<>();
        Country china = new Country("CHN", "China");
        for (int i = 0; i < totals.length; i++) {
            rows.add(new Observation(2012 + i, china, new Country("AAA", "Alpha"),
                    Counts.builder().add(Count.ASYLUM_SEEKERS, totals[i] * 3 / 4).build()));
            rows.add(new Observation(2012 + i, china, new Country("AAB", "Beta"),
                    Counts.builder().add(Count.ASYLUM_SEEKERS, totals[i] / 4).build()));
        }
        DatasetMetadata metadata = new DatasetMetadata(DatasetMetadata.UNHCR_SOURCE, DatasetMetadata.UNHCR_LICENCE,
                "test", new TreeSet<>(List.of(2014)), "2014 is preliminary.", List.of("small.csv"));
        AsylumDataset dataset = new AsylumDataset(metadata, rows, EnumSet.of(Count.ASYLUM_SEEKERS));
        return ChartData.of(dataset, EraTable.empty(), new Selection(List.of("CHN"), measure, aggregation,
                new YearRange(2012, 2014), Selection.DEFAULT.convention()));
    }

    private static byte[] bytes(ChartData data, ImageFormat format, Editorial e) throws Exception {
        FigureExport export = ExportFixtures.prepare(data, new ExportSettings(FigureContent.BOTH, FigureSize.WIDE,
                format, 1), e);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        export.writeTo(out);
        return out.toByteArray();
    }

    static String figureAlt(PDDocument pdf) {
        var root = pdf.getDocumentCatalog().getStructureTreeRoot();
        for (Object kid : root.getKids()) {
            if (kid instanceof PDStructureElement document) {
                for (Object k : document.getKids()) {
                    if (k instanceof PDStructureElement figure && figure.getStructureType().equals("Figure")) {
                        return figure.getAlternateDescription();
                    }
                }
            }
        }
        return null;
    }

    static Map<String, String> pngText(byte[] png) throws Exception {
        Map<String, String> text = new LinkedHashMap<>();
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(png))) {
            ImageReader reader = ImageIO.getImageReadersByFormatName("png").next();
            reader.setInput(in);
            IIOMetadata metadata = reader.getImageMetadata(0);
            org.w3c.dom.Node tree = metadata.getAsTree("javax_imageio_png_1.0");
            NodeList entries = ((Element) tree).getElementsByTagName("iTXtEntry");
            for (int i = 0; i < entries.getLength(); i++) {
                Element e = (Element) entries.item(i);
                text.put(e.getAttribute("keyword"), e.getAttribute("text"));
            }
            reader.dispose();
        }
        return text;
    }

    static Document xml(byte[] svg) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg));
    }

    static String first(Document doc, String tag) {
        NodeList n = doc.getElementsByTagNameNS("*", tag);
        return n.getLength() == 0 ? null : n.item(0).getTextContent();
    }

    static List<String> texts(Document doc) {
        List<String> texts = new ArrayList<>();
        NodeList nodes = doc.getElementsByTagNameNS("*", "text");
        for (int i = 0; i < nodes.getLength(); i++) {
            texts.add(nodes.item(i).getTextContent());
        }
        return texts;
    }

    @SuppressWarnings("unused")
    private static String utf8(byte[] b) {
        return new String(b, StandardCharsets.UTF_8);
    }
}
