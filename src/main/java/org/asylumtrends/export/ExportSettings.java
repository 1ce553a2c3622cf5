package org.asylumtrends.export;

import java.util.Objects;

/**
 * What to export: which chart, at which size, in which format, for PNG at which scale (1, 2 or 3 pixels per
 * CSS pixel), and in which colours (print unless asked otherwise). The scale is ignored for the vector formats.
 */
public record ExportSettings(FigureContent content, FigureSize size, ImageFormat format, int scale,
                             FigurePalette palette) {
    public static final int MAX_SCALE = 3;

    public ExportSettings {
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(size, "size");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(palette, "palette");
        if (scale < 1 || scale > MAX_SCALE) {
            throw new IllegalArgumentException("scale must be 1, 2 or 3, not " + scale);
        }
    }

    /** In the print palette. */
    public ExportSettings(FigureContent content, FigureSize size, ImageFormat format, int scale) {
        this(content, size, format, scale, FigurePalette.PRINT);
    }

    public ExportSettings withPalette(FigurePalette p) {
        return new ExportSettings(content, size, format, scale, p);
    }

    public static ExportSettings defaults() {
        return new ExportSettings(FigureContent.BOTH, FigureSize.WIDE, ImageFormat.PNG, 2);
    }

    /** The PNG's size in pixels: the figure size times the scale. */
    public int pixelWidth() {
        return size.width() * scale;
    }

    public int pixelHeight() {
        return size.height() * scale;
    }
}
