package org.asylumtrends.export;

import java.awt.Font;
import java.awt.Shape;
import java.awt.font.FontRenderContext;
import java.awt.font.GlyphVector;
import java.awt.geom.AffineTransform;
import java.awt.geom.Path2D;
import java.io.File;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.asylumtrends.fonts.BundledFonts;

/**
 * Text as glyph outlines, for an SVG that must show Chinese or Korean on a machine without CJK fonts: an SVG
 * viewer draws {@code <text>} with its own fonts, and librsvg (GNOME, Inkscape's export, rsvg-convert) reads no
 * embedded web font. A line with a CJK character is drawn as shapes from the very font file JavaFX laid it out with
 * (the bundled CJK subset in an export), characters that file lacks from the bundled faces, the line stretched to
 * the laid-out width; the SVG's {@code <title>} and {@code <desc>} keep the words for screen readers and search.
 */
final class GlyphOutlines {
    private static final FontRenderContext FRC = new FontRenderContext(null, true, true);
    private static final Map<String, Optional<Font>> FILES = new ConcurrentHashMap<>();

    private GlyphOutlines() {
    }

    /** Whether a viewer without CJK fonts would miss a character of the text. */
    static boolean needsOutlines(String text) {
        return text.codePoints().anyMatch(GlyphOutlines::isCjk);
    }

    static boolean isCjk(int cp) {
        Character.UnicodeScript script = Character.UnicodeScript.of(cp);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HANGUL
                || script == Character.UnicodeScript.HIRAGANA || script == Character.UnicodeScript.KATAKANA
                || (cp >= 0x3000 && cp <= 0x303F) || (cp >= 0xFF00 && cp <= 0xFFEF);
    }

    /**
     * The outline of one line in its own space (origin at the left end of the baseline), {@code advance} wide if
     * that is given (&gt; 0). Characters no font here has are left out; {@code missing[0]} counts them.
     */
    static Shape of(String text, Drawing.TextFont f, double advance, int[] missing) {
        int style = (f.bold() ? Font.BOLD : Font.PLAIN) | (f.italic() ? Font.ITALIC : Font.PLAIN);
        Font own = fileFont(f.file()).map(font -> font.deriveFont(style, (float) f.size())).orElse(null);
        Font zh = BundledFonts.awt(BundledFonts.Face.CHINESE).deriveFont(style, (float) f.size());
        Font ko = BundledFonts.awt(BundledFonts.Face.KOREAN).deriveFont(style, (float) f.size());
        Font latin = new Font(f.family(), style, 1).deriveFont((float) f.size());
        Path2D.Double out = new Path2D.Double();
        double x = 0;
        StringBuilder run = new StringBuilder();
        Font runFont = null;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            Font font = own != null && own.canDisplay(cp) ? own
                    : !isCjk(cp) && latin.canDisplay(cp) ? latin
                    : zh.canDisplay(cp) ? zh : ko.canDisplay(cp) ? ko : latin.canDisplay(cp) ? latin : null;
            if (font == null) {
                missing[0]++;
                continue;
            }
            if (font != runFont && !run.isEmpty()) {
                x = append(out, run.toString(), runFont, x);
                run.setLength(0);
            }
            runFont = font;
            run.appendCodePoint(cp);
        }
        if (!run.isEmpty()) {
            x = append(out, run.toString(), runFont, x);
        }
        if (advance > 0 && x > 0 && Math.abs(advance / x - 1) > 0.005) {
            return AffineTransform.getScaleInstance(advance / x, 1).createTransformedShape(out);
        }
        return out;
    }

    private static double append(Path2D.Double out, String run, Font font, double x) {
        GlyphVector glyphs = font.createGlyphVector(FRC, run);
        out.append(glyphs.getOutline((float) x, 0f), false);
        return x + glyphs.getLogicalBounds().getWidth();
    }

    private static Optional<Font> fileFont(String file) {
        if (file == null || !file.toLowerCase(java.util.Locale.ROOT).endsWith(".ttf")) {
            return Optional.empty();
        }
        return FILES.computeIfAbsent(file, path -> {
            try {
                return Optional.of(Font.createFont(Font.TRUETYPE_FONT, new File(path)));
            } catch (java.io.IOException | java.awt.FontFormatException | RuntimeException unreadable) {
                return Optional.empty();
            }
        });
    }
}
