package org.asylumtrends.export;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.asylumtrends.text.Messages;

/**
 * The size a figure is laid out at, in CSS pixels (1/96 inch). A PNG is this size times its scale; an SVG has this
 * size; a PDF page is this size in points at 96 dpi (A4 landscape exactly for the A4 preset).
 *
 * @param name the message key of a preset's name ({@code export.size.a4}: "A4 landscape"), or empty for a size
 *             typed by the user
 */
public record FigureSize(int width, int height, String name) {
    public static final int MIN = 320;
    public static final int MAX = 8000;

    public static final FigureSize WIDE = new FigureSize(1200, 675, "");
    public static final FigureSize LARGE = new FigureSize(1600, 900, "");
    public static final FigureSize SQUARE = new FigureSize(1080, 1080, "");
    /** 297 × 210 mm at 96 dpi. */
    public static final FigureSize A4_LANDSCAPE = new FigureSize(1123, 794, "export.size.a4");

    private static final Pattern WXH = Pattern.compile("(\\d{1,5})\\s*[x×X]\\s*(\\d{1,5})");

    public FigureSize {
        if (width < MIN || height < MIN || width > MAX || height > MAX) {
            throw new IllegalArgumentException("a figure must be between " + MIN + " and " + MAX
                    + " pixels on each side, not " + width + "×" + height);
        }
        name = name == null ? "" : name;
    }

    public static List<FigureSize> presets() {
        return List.of(WIDE, LARGE, SQUARE, A4_LANDSCAPE);
    }

    public boolean isA4() {
        return this.equals(A4_LANDSCAPE);
    }

    /** Wider than tall enough to put two charts side by side rather than one above the other. */
    public boolean isLandscape() {
        return width >= 1.3 * height;
    }

    /** "1200x675" or "a4"; empty if the text is neither, or out of range. */
    public static Optional<FigureSize> parse(String text) {
        String s = text.strip().toLowerCase(Locale.ROOT);
        if (s.equals("a4") || s.equals("a4-landscape")) {
            return Optional.of(A4_LANDSCAPE);
        }
        Matcher m = WXH.matcher(s);
        if (!m.matches()) {
            return Optional.empty();
        }
        int w = Integer.parseInt(m.group(1));
        int h = Integer.parseInt(m.group(2));
        if (w < MIN || h < MIN || w > MAX || h > MAX) {
            return Optional.empty();
        }
        return presets().stream().filter(p -> p.width == w && p.height == h).findFirst()
                .or(() -> Optional.of(new FigureSize(w, h, "")));
    }

    /** "1200 × 675" or "A4 landscape (1123 × 794)", in the application's language, as the size list shows it. */
    @Override
    public String toString() {
        return name.isEmpty() ? Messages.format("export.size", width, height) : Messages.format(name, width, height);
    }
}
