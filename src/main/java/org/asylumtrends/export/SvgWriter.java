package org.asylumtrends.export;

import java.awt.Font;
import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import org.jfree.graphics2d.svg.SVGGraphics2D;
import org.jfree.graphics2d.svg.SVGHints;
import org.jfree.graphics2d.svg.SVGUtils;
import org.jfree.graphics2d.svg.ViewBox;

/**
 * Writes a {@link Drawing} as a self-contained SVG with JFreeSVG: no external fonts or images, text as
 * {@code <text>} elements naming the font JavaFX used (with a generic fallback), lines with Chinese or Korean as
 * glyph outlines ({@link GlyphOutlines}: viewers without CJK fonts show them the same), shapes as paths, and a
 * {@code <title>} and {@code <desc>} for screen readers and file browsers. Runs on any thread.
 */
final class SvgWriter {
    private SvgWriter() {
    }

    /**
     * Writes the SVG; returns how many characters XML cannot hold were replaced by U+FFFD (the file is well-formed
     * whatever the text).
     */
    static int write(Drawing drawing, String title, String description, OutputStream out) throws IOException {
        XmlText xml = new XmlText();
        int width = (int) Math.ceil(drawing.width());
        int height = (int) Math.ceil(drawing.height());
        SVGGraphics2D g = new SVGGraphics2D(width, height);
        FamilyMapper families = new FamilyMapper();
        g.setFontMapper(families);
        g.setShapeRendering("auto");
        g.setTextRendering("geometricPrecision");
        // JFreeSVG prefixes its clip ids with the clock, so that two SVGs inlined in one page do not share ids; a
        // prefix from the figure itself keeps that and makes one view export to one file.
        g.setDefsKeyPrefix("at" + java.util.HexFormat.of().formatHex(drawing.fingerprint(title, description), 0, 6)
                + "-");
        Deque<Shape> clips = new ArrayDeque<>();
        Deque<Boolean> hadClip = new ArrayDeque<>();
        for (Drawing.Op op : drawing.ops()) {
            if (op instanceof Drawing.Fill f) {
                id(g, f.id());
                g.setPaint(f.color());
                g.fill(f.shape());
            } else if (op instanceof Drawing.Stroke s) {
                id(g, s.id());
                g.setPaint(s.color());
                g.setStroke(s.stroke());
                g.draw(s.shape());
            } else if (op instanceof Drawing.Text t) {
                text(g, families, t, xml);
            } else if (op instanceof Drawing.BeginClip c) {
                Shape current = g.getClip();
                hadClip.push(current != null);
                if (current != null) {
                    clips.push(current);
                }
                g.clip(c.shape());
            } else if (op instanceof Drawing.EndClip) {
                g.setClip(hadClip.pop() ? clips.pop() : null);
            }
        }
        String svg = g.getSVGElement(null, true, new ViewBox(0, 0, width, height), null, null);
        int open = svg.indexOf('>') + 1;
        String accessible = "<title>" + SVGUtils.escapeForXML(xml.clean(title)) + "</title><desc>"
                + SVGUtils.escapeForXML(xml.clean(description)) + "</desc>";
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        w.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        w.write(svg, 0, open);
        w.write(accessible);
        w.write(svg, open, svg.length() - open);
        w.write('\n');
        w.flush();
        return xml.replaced();
    }

    private static void id(SVGGraphics2D g, String id) {
        if (id != null) {
            g.setRenderingHint(SVGHints.KEY_ELEMENT_ID, id);
        }
    }

    /**
     * JFreeSVG writes whole-pixel font sizes; a fractional size is drawn at ten times the size, scaled down, so text
     * keeps the size JavaFX laid it out with.
     */
    private static void text(SVGGraphics2D g, FamilyMapper families, Drawing.Text t, XmlText xml) {
        Drawing.TextFont f = t.font();
        if (GlyphOutlines.needsOutlines(t.text())) {
            Shape glyphs = GlyphOutlines.of(xml.clean(t.text()), f, t.advance(), new int[1]);
            g.setPaint(t.color());
            g.fill(t.transform().createTransformedShape(glyphs));
            return;
        }
        int style = (f.bold() ? Font.BOLD : Font.PLAIN) | (f.italic() ? Font.ITALIC : Font.PLAIN);
        double size = f.size();
        double factor = Math.abs(size - Math.rint(size)) < 1e-3 ? 1 : 10;
        AffineTransform saved = g.getTransform();
        AffineTransform at = new AffineTransform(saved);
        at.concatenate(t.transform());
        if (factor != 1) {
            at.scale(1 / factor, 1 / factor);
        }
        g.setTransform(at);
        families.next = xml.clean(f.family());
        g.setFont(new Font(f.family(), style, (int) Math.round(size * factor)));
        g.setPaint(t.color());
        g.drawString(xml.clean(t.text()), 0f, 0f);
        g.setTransform(saved);
    }

    /**
     * Names the family JavaFX laid the text out with, whatever Java2D resolved the AWT font to, followed by a generic
     * family so that a viewer without it still shows sans-serif text.
     */
    private static final class FamilyMapper implements org.jfree.graphics2d.svg.FontMapper {
        String next = "sans-serif";

        @Override
        public String mapFont(String awtFamily) {
            String family = next.replace("\"", "").replace("'", "");
            String generic = family.toLowerCase(java.util.Locale.ROOT).contains("serif")
                    && !family.toLowerCase(java.util.Locale.ROOT).contains("sans") ? "serif" : "sans-serif";
            return "\"" + family + "\", " + generic;
        }
    }
}
