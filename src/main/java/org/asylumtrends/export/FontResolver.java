package org.asylumtrends.export;

import java.io.File;
import java.io.IOException;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javafx.scene.text.Font;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;

/**
 * The physical font behind a JavaFX font: its family as the font file names it and the file itself, so that an SVG
 * names a family viewers know and a PDF embeds the very glyphs the figure was laid out with. JavaFX's logical
 * "System" font, used by default for axis tick labels, is DejaVu Sans on Debian and Segoe UI on Windows; only its
 * file says which. The file comes from JavaFX's font internals (reachable in class-path mode, which is how the app
 * runs); where they are not reachable, the family and name JavaFX reports are used and PDF falls back to a
 * search of the system's fonts.
 */
final class FontResolver {
    private static final Map<String, Drawing.TextFont> CACHE = new ConcurrentHashMap<>();

    private FontResolver() {
    }

    static Drawing.TextFont resolve(Font font) {
        Drawing.TextFont base = CACHE.computeIfAbsent(font.getName(), n -> physical(font));
        return new Drawing.TextFont(base.family(), base.name(), base.bold(), base.italic(), font.getSize(),
                base.file());
    }

    private static Drawing.TextFont physical(Font font) {
        String style = font.getStyle().toLowerCase(Locale.ROOT);
        boolean bold = style.contains("bold") || style.contains("black") || style.contains("heavy");
        boolean italic = style.contains("italic") || style.contains("oblique");
        String family = font.getFamily();
        String name = font.getName();
        String file = fileOf(font);
        if (file != null && file.toLowerCase(Locale.ROOT).endsWith(".ttf")) {
            try (TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBufferedFile(new File(file)))) {
                if (ttf.getNaming() != null && ttf.getNaming().getFontFamily() != null) {
                    family = ttf.getNaming().getFontFamily();
                    String sub = ttf.getNaming().getFontSubFamily();
                    name = sub == null || sub.equalsIgnoreCase("Regular") || sub.equalsIgnoreCase("Book")
                            ? family : family + " " + sub;
                }
            } catch (IOException | RuntimeException unreadable) {
                // Keep what JavaFX reported.
            }
        }
        return new Drawing.TextFont(family, name, bold, italic, font.getSize(), file);
    }

    private static String fileOf(Font font) {
        try {
            Object pg = com.sun.javafx.scene.text.FontHelper.getNativeFont(font);
            if (pg instanceof com.sun.javafx.font.PGFont pgFont && pgFont.getFontResource() != null) {
                String file = pgFont.getFontResource().getFileName();
                return file != null && new File(file).isFile() ? file : null;
            }
        } catch (RuntimeException | LinkageError inaccessible) {
            // Module mode without --add-exports, or another JavaFX: no file, the fallbacks apply.
        }
        return null;
    }
}
