package org.asylumtrends.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.asylumtrends.data.AsylumDataset;
import org.asylumtrends.data.DatasetLoader;
import org.asylumtrends.data.EraTable;
import org.asylumtrends.data.claims.Claim;
import org.asylumtrends.data.claims.ClaimDraft;
import org.asylumtrends.data.claims.ClaimResult;
import org.asylumtrends.data.claims.ClaimsCheck;
import org.asylumtrends.data.claims.ClaimsText;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The claims report: a one-page PDF a reader can search, and a CSV a spreadsheet cannot run. */
class ClaimsReportTest {
    private static List<ClaimResult> bundled;
    private static List<ClaimResult> hostile;

    @BeforeAll
    static void check() throws Exception {
        AsylumDataset data = DatasetLoader.loadBundled();
        EraTable eras = EraTable.loadBundled();
        bundled = ClaimsCheck.checkBundled(data, eras);
        Claim formula = ClaimDraft.blank("f").withText("=HYPERLINK(\"http://evil\",\"click\")").withFigure("176,239")
                .withYears("2024").toClaim();
        hostile = ClaimsCheck.check(List.of(formula), data, eras);
    }

    @Test
    void theReportIsOnePageWithEveryClaimAndTheSourceLines(@TempDir Path dir) throws Exception {
        Path pdf = dir.resolve("report.pdf");
        List<String> sources = List.of("Data: UNHCR Refugee Population Statistics Database, CC BY 4.0",
                "Claims: claims.csv");
        ClaimsReport.writePdf(bundled, new ClaimsText(Locale.ENGLISH), "The article's claims", sources, pdf);
        try (PDDocument doc = Loader.loadPDF(Files.readAllBytes(pdf))) {
            assertThat(doc.getNumberOfPages()).isEqualTo(1);
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            assertThat(text).contains("The article's claims", "Data: UNHCR Refugee Population Statistics Database, CC BY 4.0",
                    "Claims: claims.csv", "Preliminary figure for 2024", "176,239", "cannot be reproduced",
                    "Xi Jinping became General Secretary of the Communist Party on 15 November 2012");
            for (ClaimResult r : bundled) {
                assertThat(text).contains(r.claim().text().replaceAll("\\s+", " "));
            }
            for (var name : doc.getPage(0).getResources().getFontNames()) {
                PDFont font = doc.getPage(0).getResources().getFont(name);
                assertThat(font.isEmbedded()).as(font.getName()).isTrue();
            }
        }
    }

    @Test
    void theCsvKeepsAFormulaAsText() {
        StringWriter out = new StringWriter();
        ClaimsReport.writeCsv(hostile, out);
        List<String> lines = out.toString().lines().toList();
        assertThat(lines.get(0)).isEqualTo("id,claim,article_figure,data_figure,measure,verdict,explanation");
        assertThat(lines.get(1)).startsWith("f,\"'=HYPERLINK(").contains(",176239,", ",matches,");
    }
}
