package org.asylumtrends.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.asylumtrends.data.ChartData;
import org.asylumtrends.text.AppLocale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Figures exported in Chinese and Korean carry the glyphs they need (issue 18): the PDF embeds them as text from
 * the bundled subsets even where the system has no CJK font at all, and the SVG draws its CJK lines as shapes, so
 * an SVG viewer without CJK fonts shows them the same. Before, the PDF drew them as outlines from an installed font
 * or left them out, and the SVG named fonts the viewer might not have.
 */
class CjkExportTest {
    @TempDir
    static Path noFonts;

    @BeforeAll
    static void toolkit() throws Exception {
        ExportFixtures.startToolkit();
    }

    @AfterEach
    void english() {
        AppLocale.set(Locale.US);
    }

    /**
     * Compared lines are named in the reader's language, as the bars name countries: the end labels, the legend and
     * the map's title said "Russia", "Russian Federation (RUS)" and "来自China" in a Chinese figure.
     */
    @ParameterizedTest
    @CsvSource({"zh, 俄罗斯, 俄罗斯（RUS）", "ko, 러시아, 러시아(RUS)"})
    void comparedLinesAreNamedInTheReadersLanguage(String language, String russia, String legend) throws Exception {
        AppLocale.set(Locale.forLanguageTag(language));
        ChartData data = ExportFixtures.compared("CHN", "RUS");
        FigureExport export = ExportFixtures.prepare(data,
                new ExportSettings(FigureContent.byId("trend,map").orElseThrow(), FigureSize.WIDE, ImageFormat.PDF, 1));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PdfWriter.write(export.drawing(), FigureSize.WIDE, export.title(), "", out,
                new FallbackFonts(List.of(noFonts), true));
        try (PDDocument doc = Loader.loadPDF(out.toByteArray())) {
            String text = new PDFTextStripper().getText(doc);
            assertThat(text).contains(russia, legend).doesNotContain("Russia", "China");
        }
    }

    @ParameterizedTest
    @CsvSource({"zh, 来自中国的人数, 美国, 习近平", "ko, 중국 출신자 수, 미국, 시진핑"})
    void aPdfNeedsNoInstalledCjkFont(String language, String title, String unitedStates, String xi) throws Exception {
        AppLocale.set(Locale.forLanguageTag(language));
        ChartData data = ExportFixtures.defaultView();
        FigureExport export = ExportFixtures.prepare(data,
                new ExportSettings(FigureContent.BOTH, FigureSize.WIDE, ImageFormat.PDF, 1));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        // A machine without a single installed font to fall back on: only what the app carries.
        PdfWriter.Fallbacks fallbacks = PdfWriter.write(export.drawing(), FigureSize.WIDE, export.title(), "", out,
                new FallbackFonts(List.of(noFonts), true));

        assertThat(fallbacks.outlined()).as("characters drawn as shapes from an installed font").isZero();
        assertThat(fallbacks.missing()).as("characters left out").isZero();
        try (PDDocument doc = Loader.loadPDF(out.toByteArray())) {
            String text = new PDFTextStripper().getText(doc);
            assertThat(text).contains(title, unitedStates, xi).doesNotContain("?");
            for (var name : doc.getPage(0).getResources().getFontNames()) {
                PDFont font = doc.getPage(0).getResources().getFont(name);
                assertThat(font.isEmbedded()).as(font.getName()).isTrue();
            }
        }
    }

    @ParameterizedTest
    @CsvSource({"zh, 来自中国的人数", "ko, 중국 출신자 수"})
    void anSvgDrawsItsCjkTextAsShapesAndKeepsTheWordsInItsTitle(String language, String title) throws Exception {
        AppLocale.set(Locale.forLanguageTag(language));
        FigureExport export = ExportFixtures.prepare(ExportFixtures.defaultView(),
                new ExportSettings(FigureContent.BOTH, FigureSize.WIDE, ImageFormat.SVG, 1));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        export.writeTo(out);
        String svg = out.toString(StandardCharsets.UTF_8);

        Matcher texts = Pattern.compile("<text[^>]*>([^<]*)</text>").matcher(svg);
        int latin = 0;
        while (texts.find()) {
            assertThat(texts.group(1).codePoints().noneMatch(GlyphOutlines::isCjk))
                    .as("a <text> a viewer without CJK fonts cannot show: " + texts.group(1)).isTrue();
            latin++;
        }
        assertThat(latin).as("Latin-only text (years, figures) stays text").isGreaterThan(10);
        assertThat(svg).containsPattern("<title>[^<]*" + Pattern.quote(title));
        assertThat(svg).doesNotContain("@font-face", "<image");
    }

    static Path write(Path dir, String name, byte[] bytes) throws Exception {
        return Files.write(dir.resolve(name), bytes);
    }
}
