package org.asylumtrends.export;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.apache.fontbox.ttf.CmapLookup;
import org.asylumtrends.fonts.BundledFonts;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;

/**
 * TrueType font files on this system that a PDF can embed as a subset, to write characters the figure's own font
 * lacks (Chinese or Korean names beside Latin ones) as real text. PDFBox 3 subsets only fonts with TrueType
 * outlines ({@code glyf}), in single {@code .ttf} files: not the usual CJK fonts (Noto Sans CJK is an OpenType
 * collection with CFF outlines), but Droid Sans Fallback (Debian {@code fonts-droid-fallback}: Chinese and Japanese,
 * no Hangul), Nanum Gothic (Debian {@code fonts-nanum}: Korean), or Windows' SimHei and Malgun Gothic are. Each
 * character is looked up on its own, so a name can take its characters from two files. Known CJK fonts are tried first, then every other {@code .ttf}. Which
 * characters a file has is read once per run. Thread-safe.
 */
final class FallbackFonts {
    /** Fonts known to cover many CJK characters with TrueType outlines, best first. */
    private static final List<String> PREFERRED = List.of("droidsansfallbackfull.ttf", "droidsansfallback.ttf",
            "nanumgothic.ttf", "notosanscjk-regular.ttf", "simhei.ttf", "malgun.ttf", "arialuni.ttf");
    /** Unicode's planes 0–2 hold every CJK ideograph and Hangul syllable. */
    private static final int LAST_CODE_POINT = 0x2FFFF;
    private static final FallbackFonts SYSTEM = new FallbackFonts(systemFolders(), true);

    private final List<Path> folders;
    private volatile List<Path> files;
    private final Map<Path, BitSet> coverage = new ConcurrentHashMap<>();

    private final boolean bundledFirst;

    FallbackFonts(List<Path> folders) {
        this(folders, false);
    }

    /**
     * {@code bundledFirst}: the app's own CJK subsets ({@link BundledFonts}) before any installed font, so that a
     * figure in Chinese or Korean is the same on every machine and needs no CJK font installed.
     */
    FallbackFonts(List<Path> folders, boolean bundledFirst) {
        this.folders = List.copyOf(folders);
        this.bundledFirst = bundledFirst;
    }

    /** The system's font folders. */
    static FallbackFonts system() {
        return SYSTEM;
    }

    /** The first embeddable font file that has the character, if any. */
    Optional<Path> covering(int codePoint) {
        for (Path file : files()) {
            if (coverage.computeIfAbsent(file, FallbackFonts::characters).get(codePoint)) {
                return Optional.of(file);
            }
        }
        return Optional.empty();
    }

    private List<Path> files() {
        List<Path> found = files;
        if (found == null) {
            List<Path> all = new ArrayList<>();
            List<Path> bundled = new ArrayList<>();
            if (bundledFirst) {
                try {
                    bundled.addAll(BundledFonts.files());
                } catch (RuntimeException unreadable) {
                    // A broken installation: the installed fonts still serve.
                }
            }
            for (Path folder : folders) {
                if (Files.isDirectory(folder)) {
                    try (Stream<Path> walk = Files.walk(folder, 6)) {
                        walk.filter(p -> name(p).endsWith(".ttf") && Files.isRegularFile(p)).forEach(all::add);
                    } catch (IOException | RuntimeException unreadable) {
                        // A folder that cannot be read has no fonts for us.
                    }
                }
            }
            all.sort(Comparator.comparingInt(FallbackFonts::rank).thenComparing(Path::toString));
            bundled.addAll(all);
            files = found = List.copyOf(bundled);
        }
        return found;
    }

    private static int rank(Path file) {
        int i = PREFERRED.indexOf(name(file));
        return i < 0 ? PREFERRED.size() : i;
    }

    private static String name(Path file) {
        return file.getFileName().toString().toLowerCase(Locale.ROOT);
    }

    /** The characters a file maps to glyphs; none if it is unreadable or has no TrueType outlines. */
    private static BitSet characters(Path file) {
        BitSet has = new BitSet();
        try (TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBufferedFile(file.toFile()))) {
            if (!ttf.getTableMap().containsKey("glyf")) {
                return has;
            }
            CmapLookup cmap = ttf.getUnicodeCmapLookup(false);
            if (cmap == null) {
                return has;
            }
            for (int cp = 0x20; cp <= LAST_CODE_POINT; cp++) {
                if (cmap.getGlyphId(cp) > 0) {
                    has.set(cp);
                }
            }
        } catch (IOException | RuntimeException unreadable) {
            has.clear();
        }
        return has;
    }

    private static List<Path> systemFolders() {
        List<Path> folders = new ArrayList<>();
        String home = System.getProperty("user.home");
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            String windir = System.getenv().getOrDefault("WINDIR", "C:\\Windows");
            folders.add(Path.of(windir, "Fonts"));
            String local = System.getenv("LOCALAPPDATA");
            if (local != null) {
                folders.add(Path.of(local, "Microsoft", "Windows", "Fonts"));
            }
        } else if (os.contains("mac")) {
            folders.add(Path.of("/Library/Fonts"));
            folders.add(Path.of("/System/Library/Fonts"));
            folders.add(Path.of(home, "Library", "Fonts"));
        } else {
            folders.add(Path.of("/usr/share/fonts"));
            folders.add(Path.of("/usr/local/share/fonts"));
            folders.add(Path.of(home, ".local", "share", "fonts"));
            folders.add(Path.of(home, ".fonts"));
        }
        return folders;
    }
}
