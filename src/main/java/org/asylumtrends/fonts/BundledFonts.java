package org.asylumtrends.fonts;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javafx.scene.text.Font;

/**
 * The CJK fonts the app carries, so that Chinese and Korean show on screen and in every export on a machine with
 * no CJK font installed: subsets of Droid Sans Fallback (Apache 2.0; the 6,763 hanzi of GB 2312 and every
 * character of the Chinese texts) and of Nanum Gothic (SIL OFL 1.1, renamed as the licence asks; all 11,172
 * Hangul syllables), 2.3 MB together, made by {@code tools/cjk-fonts/subset.py}. A full CJK font is 16–20 MB and
 * its usual form (CFF outlines in a collection) cannot be embedded by PDFBox. Thread-safe.
 */
public final class BundledFonts {
    /** One bundled font: its resource and the family name inside it. */
    public enum Face {
        CHINESE("/org/asylumtrends/fonts/cjk-zh.ttf", "Droid Sans Fallback"),
        KOREAN("/org/asylumtrends/fonts/cjk-ko.ttf", "Asylum Trends Hangul");

        private final String resource;
        private final String family;

        Face(String resource, String family) {
            this.resource = resource;
            this.family = family;
        }

        public String family() {
            return family;
        }

        InputStream open() throws IOException {
            InputStream in = BundledFonts.class.getResourceAsStream(resource);
            if (in == null) {
                throw new IOException(resource + " is missing from the application");
            }
            return in;
        }
    }

    /** Fonts the desktop may have that read better on screen than ours, best first, per language. */
    private static final Map<String, List<String>> DESKTOP_FAMILIES = Map.of(
            "zh", List.of("Noto Sans CJK SC", "Source Han Sans SC", "Microsoft YaHei", "PingFang SC"),
            "ko", List.of("Noto Sans CJK KR", "Source Han Sans KR", "Malgun Gothic", "Apple SD Gothic Neo",
                    "NanumGothic"));

    private static final Map<Face, Path> FILES = new EnumMap<>(Face.class);
    private static final Map<Face, java.awt.Font> AWT = new EnumMap<>(Face.class);
    private static final Map<String, String> SCREEN_FAMILIES = new java.util.concurrent.ConcurrentHashMap<>();
    private static volatile boolean loadedIntoJavaFx;

    private BundledFonts() {
    }

    /** The face for a language that needs one: Chinese for "zh", Korean for "ko". */
    public static Optional<Face> forLanguage(Locale locale) {
        return switch (locale.getLanguage()) {
            case "zh" -> Optional.of(Face.CHINESE);
            case "ko" -> Optional.of(Face.KOREAN);
            default -> Optional.empty();
        };
    }

    /**
     * The font as a file (copied once per run to a temporary folder): PDFBox embeds a subset of it and JavaFX
     * reports it as the file behind the text.
     */
    public static synchronized Path file(Face face) {
        return FILES.computeIfAbsent(face, f -> {
            try (InputStream in = f.open()) {
                Path dir = Files.createTempDirectory("asylum-trends-fonts");
                // deleteOnExit works in reverse order of registration: the folder first, so the file goes before it
                // (the other way round left one empty folder in the temporary directory per run).
                dir.toFile().deleteOnExit();
                Path file = dir.resolve(f.resource.substring(f.resource.lastIndexOf('/') + 1));
                file.toFile().deleteOnExit();
                Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
                return file;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** Both faces as files, Chinese first. */
    public static List<Path> files() {
        return List.of(file(Face.CHINESE), file(Face.KOREAN));
    }

    /** The font for Java2D, at size 1: the glyph outlines of SVG text in Chinese or Korean. */
    public static synchronized java.awt.Font awt(Face face) {
        return AWT.computeIfAbsent(face, f -> {
            try (InputStream in = f.open()) {
                return java.awt.Font.createFont(java.awt.Font.TRUETYPE_FONT, in);
            } catch (IOException | java.awt.FontFormatException e) {
                throw new IllegalStateException(f.resource + " cannot be read", e);
            }
        });
    }

    /**
     * Makes both faces known to JavaFX by family name; from their files, so that the exporter can find the file
     * behind a text. Call before any scene uses them; cheap after the first call.
     */
    public static void loadIntoJavaFx() {
        if (loadedIntoJavaFx) {
            return;
        }
        synchronized (BundledFonts.class) {
            if (!loadedIntoJavaFx) {
                for (Face face : Face.values()) {
                    Font.loadFont(file(face).toUri().toString(), 13);
                }
                loadedIntoJavaFx = true;
            }
        }
    }

    /**
     * The family for text in the locale's language, or empty where the default list (DejaVu Sans, Segoe UI, …)
     * serves: on screen the desktop's own CJK font if it has one, else ours; in an export always ours, so that
     * the figure is laid out with the very glyphs the PDF embeds and the SVG draws, on every machine alike.
     */
    public static Optional<String> family(Locale locale, boolean export) {
        Optional<Face> face = forLanguage(locale);
        if (face.isEmpty()) {
            return Optional.empty();
        }
        loadIntoJavaFx();
        if (!export) {
            return Optional.of(SCREEN_FAMILIES.computeIfAbsent(locale.getLanguage(), language -> {
                List<String> installed = Font.getFamilies();
                return DESKTOP_FAMILIES.get(language).stream().filter(installed::contains).findFirst()
                        .orElse(face.get().family());
            }));
        }
        return Optional.of(face.get().family());
    }

    /**
     * A stylesheet (a data URL) that puts a CJK font first for the locale's language, added after the others;
     * empty for languages the default font list already covers.
     */
    public static Optional<String> stylesheet(Locale locale, boolean export) {
        return family(locale, export).map(family -> "data:text/css;base64," + java.util.Base64.getEncoder()
                .encodeToString((".root { -fx-font-family: \"" + family + "\"; }").getBytes(StandardCharsets.UTF_8)));
    }
}
