package org.asylumtrends.export;

import java.awt.Color;
import java.awt.Shape;
import java.awt.font.FontRenderContext;
import java.awt.font.GlyphVector;
import java.awt.geom.AffineTransform;
import java.awt.geom.PathIterator;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.common.PDNumberTreeNode;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkInfo;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDParentTreeValue;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDMarkedContent;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDPropertyList;
import org.apache.pdfbox.pdmodel.documentinterchange.taggedpdf.StandardStructureTypes;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.FontMapping;
import org.apache.pdfbox.pdmodel.font.FontMappers;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.state.PDExtendedGraphicsState;
import org.apache.pdfbox.util.Matrix;

/**
 * Writes a {@link Drawing} as a one-page vector PDF with PDFBox: the same operations as the SVG, so both show the
 * same figure. Text stays text (selectable, searchable) in the font JavaFX laid it out with, embedded as a subset
 * when the system has it; otherwise in Helvetica, stretched to the laid-out width so nothing overlaps. The page is
 * the figure's size at 96 dpi (A4 landscape exactly for the A4 preset). Runs on any thread.
 */
final class PdfWriter {
    /** CSS pixels are 1/96 inch, PDF points 1/72. */
    static final double POINTS_PER_PIXEL = 72.0 / 96.0;

    private final PDDocument document;
    private final PDPageContentStream content;
    private final Map<Drawing.TextFont, PDFont> fonts = new HashMap<>();
    private final FallbackFonts fallbackFonts;
    private final Map<java.nio.file.Path, PDFont> fallbacks = new HashMap<>();
    private final Map<Float, PDExtendedGraphicsState> alphas = new HashMap<>();
    private final Deque<Float> alphaStack = new ArrayDeque<>();
    private float alpha = 1f;
    private int outlined;
    private int missing;

    private PdfWriter(PDDocument document, PDPageContentStream content, FallbackFonts fallbackFonts) {
        this.document = document;
        this.content = content;
        this.fallbackFonts = fallbackFonts;
    }

    /** What the PDF could not show as text: characters drawn as outlines, and characters no font has. */
    record Fallbacks(int outlined, int missing) {
    }

    static Fallbacks write(Drawing drawing, FigureSize size, String title, String subject, String altText,
                           OutputStream out) throws IOException {
        return write(drawing, size, title, subject, altText, out, FallbackFonts.system());
    }

    /** As above, looking for characters the figure's fonts lack in {@code fallbackFonts}; the subject as alt text. */
    static Fallbacks write(Drawing drawing, FigureSize size, String title, String subject, OutputStream out,
                           FallbackFonts fallbackFonts) throws IOException {
        return write(drawing, size, title, subject, subject, out, fallbackFonts);
    }

    /**
     * As above. The page is tagged: its whole drawing is one marked-content sequence belonging to a {@code Figure}
     * structure element whose {@code /Alt} is {@code altText}, so a screen reader reads the sentence instead of
     * the chart's scattered labels; the document is marked as tagged and names its language.
     */
    static Fallbacks write(Drawing drawing, FigureSize size, String title, String subject, String altText,
                           OutputStream out, FallbackFonts fallbackFonts) throws IOException {
        PDRectangle pageSize = size.isA4() ? new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth())
                : new PDRectangle((float) (drawing.width() * POINTS_PER_PIXEL),
                (float) (drawing.height() * POINTS_PER_PIXEL));
        PdfWriter writer;
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(pageSize);
            doc.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                // Figure coordinates (pixels, y down) to PDF user space (points, y up).
                float sx = (float) (pageSize.getWidth() / drawing.width());
                float sy = (float) (pageSize.getHeight() / drawing.height());
                cs.transform(new Matrix(sx, 0, 0, -sy, 0, pageSize.getHeight()));
                writer = new PdfWriter(doc, cs, fallbackFonts);
                COSDictionary mcid = new COSDictionary();
                mcid.setInt(COSName.MCID, 0);
                cs.beginMarkedContent(COSName.getPDFName(StandardStructureTypes.Figure), PDPropertyList.create(mcid));
                writer.draw(drawing);
                cs.endMarkedContent();
                tag(doc, page, altText, mcid);
            }
            PDDocumentInformation info = doc.getDocumentInformation();
            info.setTitle(title);
            info.setSubject(subject);
            info.setCreator("Asylum Trends");
            // No creation date, and a file identifier from the figure, not from the clock (PDFBox's default): the
            // same view gives the same file, and the page and the Subject already say which release it shows.
            byte[] id = java.util.Arrays.copyOf(drawing.fingerprint(title, subject, altText, size.toString()), 16);
            COSArray ids = new COSArray();
            ids.add(new COSString(id));
            ids.add(new COSString(id));
            doc.getDocument().getTrailer().setItem(COSName.ID, ids);
            doc.save(out);
        }
        return new Fallbacks(writer.outlined, writer.missing);
    }

    /** The structure tree: Document > Figure (with its alt text) > the page's one marked-content sequence. */
    private static void tag(PDDocument doc, PDPage page, String altText, COSDictionary mcid) {
        PDStructureTreeRoot root = new PDStructureTreeRoot();
        doc.getDocumentCatalog().setStructureTreeRoot(root);
        PDMarkInfo markInfo = new PDMarkInfo();
        markInfo.setMarked(true);
        doc.getDocumentCatalog().setMarkInfo(markInfo);
        doc.getDocumentCatalog().setLanguage(org.asylumtrends.text.AppLocale.current().toLanguageTag());
        PDStructureElement document = new PDStructureElement(StandardStructureTypes.DOCUMENT, root);
        root.appendKid(document);
        PDStructureElement figure = new PDStructureElement(StandardStructureTypes.Figure, document);
        figure.setPage(page);
        figure.setAlternateDescription(altText);
        figure.appendKid(PDMarkedContent.create(COSName.getPDFName(StandardStructureTypes.Figure), mcid));
        document.appendKid(figure);
        page.setStructParents(0);
        COSArray parents = new COSArray();
        parents.add(figure);
        PDNumberTreeNode tree = new PDNumberTreeNode(PDParentTreeValue.class);
        tree.setNumbers(Map.of(0, new PDParentTreeValue(parents)));
        root.setParentTree(tree);
        root.setParentTreeNextKey(1);
    }

    private void draw(Drawing drawing) throws IOException {
        for (Drawing.Op op : drawing.ops()) {
            if (op instanceof Drawing.Fill f) {
                color(f.color(), false);
                path(f.shape());
                if (windingOf(f.shape()) == PathIterator.WIND_EVEN_ODD) {
                    content.fillEvenOdd();
                } else {
                    content.fill();
                }
            } else if (op instanceof Drawing.Stroke s) {
                color(s.color(), true);
                var stroke = s.stroke();
                content.setLineWidth(stroke.getLineWidth());
                content.setLineCapStyle(stroke.getEndCap());
                content.setLineJoinStyle(stroke.getLineJoin());
                content.setMiterLimit(stroke.getMiterLimit());
                float[] dash = stroke.getDashArray();
                content.setLineDashPattern(dash == null ? new float[0] : dash, dash == null ? 0 : stroke.getDashPhase());
                path(s.shape());
                content.stroke();
            } else if (op instanceof Drawing.Text t) {
                text(t);
            } else if (op instanceof Drawing.BeginClip c) {
                content.saveGraphicsState();
                alphaStack.push(alpha);
                path(c.shape());
                content.clip();
            } else if (op instanceof Drawing.EndClip) {
                content.restoreGraphicsState();
                alpha = alphaStack.pop();
            }
        }
    }

    private static int windingOf(Shape shape) {
        return shape.getPathIterator(null).getWindingRule();
    }

    private void path(Shape shape) throws IOException {
        double[] c = new double[6];
        double lastX = 0;
        double lastY = 0;
        for (PathIterator it = shape.getPathIterator(null); !it.isDone(); it.next()) {
            switch (it.currentSegment(c)) {
                case PathIterator.SEG_MOVETO -> {
                    content.moveTo((float) c[0], (float) c[1]);
                    lastX = c[0];
                    lastY = c[1];
                }
                case PathIterator.SEG_LINETO -> {
                    content.lineTo((float) c[0], (float) c[1]);
                    lastX = c[0];
                    lastY = c[1];
                }
                case PathIterator.SEG_QUADTO -> {
                    // A quadratic curve as the equivalent cubic.
                    double x1 = lastX + 2.0 / 3 * (c[0] - lastX);
                    double y1 = lastY + 2.0 / 3 * (c[1] - lastY);
                    double x2 = c[2] + 2.0 / 3 * (c[0] - c[2]);
                    double y2 = c[3] + 2.0 / 3 * (c[1] - c[3]);
                    content.curveTo((float) x1, (float) y1, (float) x2, (float) y2, (float) c[2], (float) c[3]);
                    lastX = c[2];
                    lastY = c[3];
                }
                case PathIterator.SEG_CUBICTO -> {
                    content.curveTo((float) c[0], (float) c[1], (float) c[2], (float) c[3], (float) c[4], (float) c[5]);
                    lastX = c[4];
                    lastY = c[5];
                }
                case PathIterator.SEG_CLOSE -> content.closePath();
                default -> throw new IllegalStateException("unknown path segment");
            }
        }
    }

    private void color(Color color, boolean stroking) throws IOException {
        float[] rgb = color.getRGBColorComponents(null);
        if (stroking) {
            content.setStrokingColor(rgb[0], rgb[1], rgb[2]);
        } else {
            content.setNonStrokingColor(rgb[0], rgb[1], rgb[2]);
        }
        float a = Math.round(color.getAlpha() / 255f * 1000) / 1000f;
        if (a != alpha) {
            PDExtendedGraphicsState gs = alphas.computeIfAbsent(a, k -> {
                PDExtendedGraphicsState s = new PDExtendedGraphicsState();
                s.setNonStrokingAlphaConstant(k);
                s.setStrokingAlphaConstant(k);
                return s;
            });
            content.setGraphicsStateParameters(gs);
            alpha = a;
        }
    }

    /**
     * Text in the font JavaFX laid it out with. Characters that font lacks (Chinese or Korean names beside Latin
     * ones: JavaFX took them from a fallback font) are written in an embeddable TrueType font that has them
     * ({@link FallbackFonts}: Droid Sans Fallback on Debian), as a subset, so they stay text. Where no such font is
     * installed they are drawn as outlines from a system font that has them, since PDFBox cannot embed the usual CJK
     * fonts (OpenType collections with CFF outlines, as Noto Sans CJK is); only a character no installed font has is
     * left out. Either way nothing becomes "?", and the export says what it did. The runs together are stretched or
     * squeezed to the laid-out width.
     */
    private void text(Drawing.Text t) throws IOException {
        PDFont font = font(t.font());
        float size = (float) t.font().size();
        List<Run> runs = runs(font, t);
        double natural = 0;
        for (Run run : runs) {
            natural += run.width;
        }
        float stretch = natural > 0 && t.advance() > 0 ? (float) (100 * t.advance() / natural) : 100f;
        if (Math.abs(stretch - 100) < 0.5) {
            stretch = 100f;
        }
        color(t.color(), false);
        double x = 0;
        for (Run run : runs) {
            AffineTransform at = new AffineTransform(t.transform());
            at.scale(stretch / 100.0, 1);
            at.translate(x, 0);
            if (run.outline != null) {
                Shape glyphs = at.createTransformedShape(run.outline);
                path(glyphs);
                if (windingOf(glyphs) == PathIterator.WIND_EVEN_ODD) {
                    content.fillEvenOdd();
                } else {
                    content.fill();
                }
            } else if (!run.text.isEmpty()) {
                AffineTransform m = new AffineTransform(at);
                m.scale(1, -1); // the page is flipped to y-down; text must not be
                content.beginText();
                content.setFont(run.font, size);
                content.setTextMatrix(new Matrix(m));
                content.showText(run.text);
                content.endText();
            }
            x += run.width;
        }
    }

    /** A piece of one text: in a PDF font ({@code outline} null), or as glyph outlines, with its natural width. */
    private record Run(String text, PDFont font, Shape outline, double width) {
    }

    private List<Run> runs(PDFont font, Drawing.Text t) throws IOException {
        String text = t.text();
        float size = (float) t.font().size();
        if (encodes(font, text)) {
            return List.of(new Run(text, font, null, font.getStringWidth(text) / 1000 * size));
        }
        // Consecutive characters that go the same way form one run: in the figure's font, in an embeddable
        // fallback font (null when none has them: outlines).
        List<Run> runs = new ArrayList<>();
        StringBuilder pending = new StringBuilder();
        PDFont pendingFont = null;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            String ch = new String(Character.toChars(cp));
            i += ch.length();
            if (Character.isISOControl(cp)) {
                continue;
            }
            String shown = cp == 0x2212 && !encodes(font, ch) ? "-" : ch;
            PDFont target = encodes(font, shown) ? font : fallback(cp);
            if (target != pendingFont && !pending.isEmpty()) {
                runs.add(run(pending.toString(), pendingFont, t.font()));
                pending.setLength(0);
            }
            pendingFont = target;
            pending.append(target == font ? shown : ch);
        }
        if (!pending.isEmpty()) {
            runs.add(run(pending.toString(), pendingFont, t.font()));
        }
        return runs;
    }

    private Run run(String text, PDFont font, Drawing.TextFont f) throws IOException {
        if (font == null) {
            return outline(text, f);
        }
        return new Run(text, font, null, font.getStringWidth(text) / 1000 * f.size());
    }

    /**
     * An embeddable font that has the character, loaded into this document once and embedded as a subset of the
     * characters shown: the PDF then holds the character as text, selectable and searchable. Null if none has it.
     */
    private PDFont fallback(int codePoint) {
        var file = fallbackFonts.covering(codePoint);
        if (file.isEmpty()) {
            return null;
        }
        PDFont font = fallbacks.computeIfAbsent(file.get(), path -> {
            try {
                return PDType0Font.load(document, path.toFile());
            } catch (IOException | RuntimeException unusable) {
                return null;
            }
        });
        return font != null && encodes(font, new String(Character.toChars(codePoint))) ? font : null;
    }

    /** Glyph outlines from a system font that has the characters; those none has are counted and left out. */
    private Run outline(String text, Drawing.TextFont f) {
        java.awt.Font awt = new java.awt.Font(java.awt.Font.SANS_SERIF,
                (f.bold() ? java.awt.Font.BOLD : 0) | (f.italic() ? java.awt.Font.ITALIC : 0), 1)
                .deriveFont((float) f.size());
        StringBuilder drawable = new StringBuilder();
        text.codePoints().forEach(cp -> {
            if (awt.canDisplay(cp)) {
                drawable.appendCodePoint(cp);
                outlined++;
            } else {
                missing++;
            }
        });
        if (drawable.isEmpty()) {
            return new Run("", null, null, 0);
        }
        GlyphVector glyphs = awt.createGlyphVector(new FontRenderContext(null, true, true), drawable.toString());
        return new Run("", null, glyphs.getOutline(), glyphs.getLogicalBounds().getWidth());
    }

    private static boolean encodes(PDFont font, String text) {
        try {
            font.encode(text);
            return true;
        } catch (IllegalArgumentException | IOException e) {
            return false;
        }
    }

    /**
     * The font file JavaFX laid the text out with, embedded as a subset; else the system's copy of the face; else
     * Helvetica, which the text is stretched or squeezed to fit.
     */
    private PDFont font(Drawing.TextFont f) throws IOException {
        Drawing.TextFont face = f.face();
        PDFont cached = fonts.get(face);
        if (cached != null) {
            return cached;
        }
        PDFont font = null;
        if (f.file() != null && f.file().toLowerCase(java.util.Locale.ROOT).endsWith(".ttf")) {
            try {
                font = PDType0Font.load(document, new java.io.File(f.file()));
            } catch (IOException | RuntimeException unusable) {
                font = null;
            }
        }
        if (font == null) {
            font = systemFont(f);
        }
        if (font == null) {
            Standard14Fonts.FontName name = f.bold()
                    ? (f.italic() ? Standard14Fonts.FontName.HELVETICA_BOLD_OBLIQUE : Standard14Fonts.FontName.HELVETICA_BOLD)
                    : (f.italic() ? Standard14Fonts.FontName.HELVETICA_OBLIQUE : Standard14Fonts.FontName.HELVETICA);
            font = new PDType1Font(name);
        }
        fonts.put(face, font);
        return font;
    }

    /** The face found among the system's fonts by its PostScript name ("DejaVu Sans Bold" is DejaVuSans-Bold). */
    private PDFont systemFont(Drawing.TextFont f) {
        String postScript = f.name().replace(" ", "");
        String[] candidates = f.name().equals(f.family()) ? new String[] {postScript, postScript + "-Regular"}
                : new String[] {postScript};
        for (String name : candidates) {
            FontMapping<TrueTypeFont> mapping = FontMappers.instance().getTrueTypeFont(name, null);
            if (mapping != null && !mapping.isFallback() && mapping.getFont() != null) {
                try {
                    return PDType0Font.load(document, mapping.getFont(), true);
                } catch (IOException | RuntimeException unusable) {
                    // Try the next name.
                }
            }
        }
        return null;
    }
}
