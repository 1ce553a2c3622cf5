package org.asylumtrends.export;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/** The file formats a figure can be saved in. PNG is raster (with a scale); SVG and PDF are vector with real text. */
public enum ImageFormat {
    PNG("png", "PNG"),
    SVG("svg", "SVG"),
    PDF("pdf", "PDF");

    private final String extension;
    private final String displayName;

    ImageFormat(String extension, String displayName) {
        this.extension = extension;
        this.displayName = displayName;
    }

    /** Without the dot: "png". */
    public String extension() {
        return extension;
    }

    public String displayName() {
        return displayName;
    }

    public boolean isRaster() {
        return this == PNG;
    }

    public static Optional<ImageFormat> byId(String id) {
        String wanted = id.strip().toLowerCase(Locale.ROOT);
        for (ImageFormat f : values()) {
            if (f.extension.equals(wanted)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }

    /** The format a file name's extension names, if any. */
    public static Optional<ImageFormat> ofFile(Path file) {
        Path name = file.getFileName();
        if (name == null) {
            return Optional.empty();
        }
        String s = name.toString();
        int dot = s.lastIndexOf('.');
        return dot < 0 ? Optional.empty() : byId(s.substring(dot + 1));
    }

    /** {@code file} with this format's extension, added if it has another one or none. */
    public Path withExtension(Path file) {
        if (ofFile(file).orElse(null) == this) {
            return file;
        }
        return file.resolveSibling(file.getFileName().toString() + "." + extension);
    }
}
