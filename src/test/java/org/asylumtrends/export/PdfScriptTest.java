package org.asylumtrends.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.text.PDFTextStripper;
import org.asylumtrends.data.ChartData;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Text in any script in a PDF: Chinese and Korean names are real text in an embedded font subset where an
 * embeddable font is installed (CI installs Debian's fonts-droid-fallback for Chinese and fonts-nanum for Korean:
 * Droid Sans Fallback has no Hangul), outlines where none is; never "?".
 */
class PdfScriptTest {
    private static final String CHINESE = "中华民国";
    private static final String KOREAN = "대한민국";

    @BeforeAll
    static void toolkit() throws Exception {
        ExportFixtures.startToolkit();
    }

    @Test
    void chineseAndKoreanNamesAreSelectableTextInAnEmbeddedSubset() throws Exception {
        Assumptions.assumeTrue(FallbackFonts.system().covering('中').isPresent()
                        && FallbackFonts.system().covering('대').isPresent(),
                "no embeddable TrueType Chinese and Korean fonts installed (Debian: fonts-droid-fallback, fonts-nanum)");
        ChartData data = ExportFixtures.withDestinations(CHINESE, KOREAN, "France");
        FigureExport export = ExportFixtures.prepare(data,
                new ExportSettings(FigureContent.DESTINATIONS, FigureSize.WIDE, ImageFormat.PDF, 1));
        byte[] pdf = bytes(export);

        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc);
            assertThat(text).contains(CHINESE, KOREAN, "France").doesNotContain("?");
            List<PDFont> cjk = fonts(doc.getPage(0)).stream()
                    .filter(f -> f instanceof PDType0Font && !f.getName().contains("DejaVu")).toList();
            assertThat(cjk).as("the fallback fonts").isNotEmpty().allSatisfy(f -> {
                assertThat(f.isEmbedded()).isTrue();
                // A subset's name carries a six-letter tag: "ABCDEF+DroidSansFallbackFull".
                assertThat(f.getName()).matches("[A-Z]{6}\\+.+");
            });
        }
        assertThat(export.notes()).as("nothing was outlined or left out").isEmpty();
        assertThat(pdf.length).as("a subset, not the 4 MB font").isLessThan(400_000);
    }

    @Test
    void withoutAnEmbeddableFontTheNamesAreOutlinesNotQuestionMarks() throws Exception {
        Assumptions.assumeTrue(new java.awt.Font(java.awt.Font.SANS_SERIF, java.awt.Font.PLAIN, 12)
                .canDisplayUpTo(CHINESE + KOREAN) == -1, "no CJK font installed (Debian: fonts-noto-cjk)");
        ChartData data = ExportFixtures.withDestinations(CHINESE, KOREAN);
        FigureExport export = ExportFixtures.prepare(data,
                new ExportSettings(FigureContent.DESTINATIONS, FigureSize.WIDE, ImageFormat.PDF, 1));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PdfWriter.Fallbacks fallbacks = PdfWriter.write(export.drawing(), FigureSize.WIDE, "t", "s", out,
                new FallbackFonts(List.of()));

        assertThat(fallbacks.outlined()).isEqualTo(8);
        assertThat(fallbacks.missing()).isZero();
        try (PDDocument doc = Loader.loadPDF(out.toByteArray())) {
            String text = new PDFTextStripper().getText(doc);
            assertThat(text).doesNotContain("?", CHINESE, KOREAN);
        }
    }

    private static List<PDFont> fonts(PDPage page) throws Exception {
        List<PDFont> fonts = new ArrayList<>();
        for (var name : page.getResources().getFontNames()) {
            fonts.add(page.getResources().getFont(name));
        }
        return fonts;
    }

    private static byte[] bytes(FigureExport export) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        export.writeTo(out);
        return out.toByteArray();
    }
}
