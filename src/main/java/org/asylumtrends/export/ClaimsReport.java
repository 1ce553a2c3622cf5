package org.asylumtrends.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.FontMapper;
import org.apache.pdfbox.pdmodel.font.FontMapping;
import org.apache.pdfbox.pdmodel.font.FontMappers;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.asylumtrends.data.SpreadsheetCsv;
import org.asylumtrends.data.claims.ClaimResult;
import org.asylumtrends.data.claims.ClaimsText;

/**
 * A claims check as a file to hand on: a CSV of the results (cells a spreadsheet would run as formulas are
 * neutralised, as in every CSV the app writes) or a one-page A4 PDF report with each claim, both figures, the
 * verdict, the explanation, the rule and the source lines. The PDF embeds the app's font (DejaVu Sans, as a
 * subset); text is text, selectable and searchable. The page is filled by shrinking the type, never by dropping a
 * claim.
 */
public final class ClaimsReport {
    private static final float MARGIN = 42;
    private static final float LARGEST = 10;
    private static final float SMALLEST = 4;

    private ClaimsReport() {
    }

    /** The results as CSV: id, claim, article_figure, data_figure, measure, verdict, explanation. */
    public static void writeCsv(List<ClaimResult> results, Writer out) {
        ClaimsText text = ClaimsText.forMachineOutput();
        SpreadsheetCsv csv = new SpreadsheetCsv(out);
        csv.row("id", "claim", "article_figure", "data_figure", "measure", "verdict", "explanation");
        for (ClaimResult r : results) {
            csv.row(r.claim().id(), r.claim().text(), text.format(r.articleFigure()), text.format(r.dataFigure()),
                    text.format(r.measureUsed()), r.verdict().id(), text.explanation(r));
        }
        csv.flush();
    }

    public static void writeCsv(List<ClaimResult> results, Path target) throws ExportException {
        AtomicFileWriter.write(target, out -> {
            Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            writeCsv(results, w);
            w.flush();
        });
    }

    /**
     * The one-page report.
     *
     * @param title   the report's heading (the article's name)
     * @param sources the source lines printed at the foot: the data's credit and licence, the claims table's file
     */
    public static void writePdf(List<ClaimResult> results, ClaimsText text, String title, List<String> sources,
                                Path target) throws ExportException {
        AtomicFileWriter.write(target, out -> writePdf(results, text, title, sources, out));
    }

    public static void writePdf(List<ClaimResult> results, ClaimsText text, String title, List<String> sources,
                                OutputStream out) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            PDFont regular = font(doc, "DejaVuSans", Standard14Fonts.FontName.HELVETICA);
            PDFont bold = font(doc, "DejaVuSans-Bold", Standard14Fonts.FontName.HELVETICA_BOLD);
            List<Block> blocks = new ArrayList<>();
            blocks.add(new Block(title, bold, 1.4f, 4));
            for (int i = 0; i < results.size(); i++) {
                ClaimResult r = results.get(i);
                blocks.add(new Block((i + 1) + ". " + r.claim().text(), bold, 1, 1));
                blocks.add(new Block(text.text("column.article") + ": " + text.format(r.articleFigure()) + "   "
                        + text.text("column.data") + ": " + text.format(r.dataFigure()) + "   "
                        + text.text("column.verdict") + ": " + text.verdict(r.verdict()), regular, 1, 1));
                blocks.add(new Block(text.text("column.measure") + ": " + text.format(r.measureUsed()), regular, 0.9f, 1));
                blocks.add(new Block(text.explanation(r), regular, 0.9f, 5));
            }
            blocks.add(new Block(text.rule(), regular, 0.85f, 4));
            for (String s : sources) {
                blocks.add(new Block(s, regular, 0.85f, 1));
            }
            float width = page.getMediaBox().getWidth() - 2 * MARGIN;
            float height = page.getMediaBox().getHeight() - 2 * MARGIN;
            float size = LARGEST;
            while (size > SMALLEST && heightOf(blocks, width, size) > height) {
                size -= 0.25f;
            }
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                float y = page.getMediaBox().getHeight() - MARGIN;
                for (Block b : blocks) {
                    float s = size * b.scale();
                    for (String line : wrap(b.text(), b.font(), s, width)) {
                        y -= s * 1.25f;
                        cs.beginText();
                        cs.setFont(b.font(), s);
                        cs.newLineAtOffset(MARGIN, y);
                        cs.showText(line);
                        cs.endText();
                    }
                    y -= b.after() * size / LARGEST;
                }
            }
            doc.save(out);
        }
    }

    /** A paragraph of the report: its type, relative size and the space after it (points at the largest size). */
    private record Block(String text, PDFont font, float scale, float after) {
    }

    private static float heightOf(List<Block> blocks, float width, float size) throws IOException {
        float h = 0;
        for (Block b : blocks) {
            float s = size * b.scale();
            h += wrap(b.text(), b.font(), s, width).size() * s * 1.25f + b.after() * size / LARGEST;
        }
        return h;
    }

    /** Words to lines no wider than {@code width}; characters the font lacks become "?". */
    private static List<String> wrap(String text, PDFont font, float size, float width) throws IOException {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : printable(text, font).strip().split("\\s+")) {
            String tried = line.isEmpty() ? word : line + " " + word;
            if (!line.isEmpty() && font.getStringWidth(tried) / 1000 * size > width) {
                lines.add(line.toString());
                line.setLength(0);
                line.append(word);
            } else {
                line.setLength(0);
                line.append(tried);
            }
        }
        if (!line.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }

    private static String printable(String text, PDFont font) {
        StringBuilder sb = new StringBuilder();
        text.codePoints().forEach(cp -> {
            String ch = Character.isWhitespace(cp) ? " " : new String(Character.toChars(cp));
            try {
                font.encode(ch);
                sb.append(ch);
            } catch (IOException | IllegalArgumentException missing) {
                sb.append('?');
            }
        });
        return sb.toString();
    }

    /** The app's face, embedded as a subset; Helvetica where the system lacks it. */
    private static PDFont font(PDDocument doc, String postScriptName, Standard14Fonts.FontName fallback) {
        FontMapper mapper = FontMappers.instance();
        FontMapping<TrueTypeFont> mapping = mapper.getTrueTypeFont(postScriptName, null);
        if (mapping != null && !mapping.isFallback() && mapping.getFont() != null) {
            try {
                return PDType0Font.load(doc, mapping.getFont(), true);
            } catch (IOException | RuntimeException unusable) {
                // Helvetica below.
            }
        }
        return new PDType1Font(fallback);
    }
}
