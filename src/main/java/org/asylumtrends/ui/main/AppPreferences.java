package org.asylumtrends.ui.main;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import org.asylumtrends.data.Country;
import org.asylumtrends.data.EraConvention;
import org.asylumtrends.data.Measure;
import org.asylumtrends.data.RangeAggregation;
import org.asylumtrends.data.Scale;
import org.asylumtrends.data.Selection;
import org.asylumtrends.data.YearRange;
import org.asylumtrends.ui.open.RecentFiles;
import org.asylumtrends.ui.export.PaletteChoice;
import org.asylumtrends.ui.theme.ThemeChoice;

/**
 * What the app remembers between runs: window bounds, the whole {@link Selection} and the files shown. Anything
 * unreadable (missing, corrupt, out of range) silently falls back to the defaults: preferences are a convenience.
 * The node can be redirected with the system property {@code asylumtrends.prefs.node} (tests use their own).
 */
public final class AppPreferences {
    static final String NODE_PROPERTY = "asylumtrends.prefs.node";
    private static final String DEFAULT_NODE = "org/asylumtrends/app";

    /** Window bounds; x and y are NaN when never saved. */
    public record WindowBounds(double x, double y, double width, double height, boolean maximized) {
        static final WindowBounds DEFAULT = new WindowBounds(Double.NaN, Double.NaN, 1600, 1000, false);
    }

    /**
     * The files shown when the app was closed, to open again on start; {@code withBundled}: merged into the
     * bundled data (File > Add files… on the bundled data). No files and withBundled: the bundled data alone.
     */
    public record OpenedData(List<Path> files, boolean withBundled) {
        static final OpenedData BUNDLED = new OpenedData(List.of(), true);

        public OpenedData {
            files = List.copyOf(files);
        }
    }

    private final Preferences node;

    private AppPreferences(Preferences node) {
        this.node = node;
    }

    /** Opens the preferences; if the store itself is unusable, an in-memory stand-in keeps the app working. */
    public static AppPreferences open() {
        try {
            return new AppPreferences(Preferences.userRoot().node(System.getProperty(NODE_PROPERTY, DEFAULT_NODE)));
        } catch (RuntimeException e) {
            return new AppPreferences(null);
        }
    }

    public WindowBounds windowBounds() {
        try {
            double w = node.getDouble("window.width", WindowBounds.DEFAULT.width());
            double h = node.getDouble("window.height", WindowBounds.DEFAULT.height());
            double x = node.getDouble("window.x", Double.NaN);
            double y = node.getDouble("window.y", Double.NaN);
            if (!(w >= 400 && w <= 20000 && h >= 300 && h <= 20000)) {
                return WindowBounds.DEFAULT;
            }
            return new WindowBounds(x, y, w, h, node.getBoolean("window.maximized", false));
        } catch (RuntimeException e) {
            return WindowBounds.DEFAULT;
        }
    }

    /** The selection shown when the app closed, part by part: a part unreadable or never saved is the default's. */
    public Selection selection() {
        Selection d = Selection.DEFAULT;
        try {
            Measure m = Measure.byId(node.get("measure", d.measure().id())).orElse(d.measure());
            RangeAggregation a = RangeAggregation.byId(node.get("aggregation", d.aggregation().id()))
                    .orElse(d.aggregation());
            int from = node.getInt("years.from", d.years().from());
            int to = node.getInt("years.to", d.years().to());
            YearRange years = from >= 1900 && to <= 2200 && from <= to ? new YearRange(from, to) : d.years();
            EraConvention convention = EraConvention.byId(node.get("convention", d.convention().id()))
                    .orElse(d.convention());
            Scale scale = Scale.byId(node.get("scale", d.scale().id())).orElse(d.scale());
            // An "in" view stores its countries of asylum; a damaged list, or one from before "in" views, is the
            // default's origins.
            Optional<List<String>> asylums = codes(node.get("asylum", ""));
            if (asylums.isPresent()) {
                return new Selection(List.of(), asylums.get(), m, a, years, convention, scale);
            }
            return new Selection(codes(node.get("origin", "")).orElse(d.origins()), List.of(), m, a, years,
                    convention, scale);
        } catch (RuntimeException e) {
            return Selection.DEFAULT;
        }
    }

    /** Comma-separated ISO3 codes, at most eight; empty if any is not one, one is there twice, or none is. */
    private static Optional<List<String>> codes(String stored) {
        List<String> codes = Arrays.stream(stored.split(",", -1)).map(c -> c.strip().toUpperCase(Locale.ROOT)).toList();
        boolean valid = codes.stream().allMatch(Country::isIso3) && codes.stream().distinct().count() == codes.size()
                && codes.size() <= Selection.MAX_COMPARED;
        return valid ? Optional.of(codes) : Optional.empty();
    }

    public void save(WindowBounds bounds, Selection selection) {
        if (node == null) {
            return;
        }
        try {
            node.putDouble("window.x", bounds.x());
            node.putDouble("window.y", bounds.y());
            node.putDouble("window.width", bounds.width());
            node.putDouble("window.height", bounds.height());
            node.putBoolean("window.maximized", bounds.maximized());
            node.put("measure", selection.measure().id());
            node.put("aggregation", selection.aggregation().id());
            node.putInt("years.from", selection.years().from());
            node.putInt("years.to", selection.years().to());
            node.put("origin", String.join(",", selection.origins()));
            node.put("asylum", String.join(",", selection.asylums()));
            node.put("scale", selection.scale().id());
            node.put("convention", selection.convention().id());
        } catch (RuntimeException e) {
            // A read-only or broken store must not stop the app from closing.
        }
    }

    /** View > Panels as last chosen: the trend and the bars when never saved, unreadable or naming none. */
    public java.util.Set<WindowPanel> panels() {
        try {
            if (node == null) {
                return WindowPanel.DEFAULT;
            }
            java.util.EnumSet<WindowPanel> shown = java.util.EnumSet.noneOf(WindowPanel.class);
            for (String id : node.get("panels", "").split(",", -1)) {
                WindowPanel.byId(id).ifPresent(shown::add);
            }
            return shown.isEmpty() ? WindowPanel.DEFAULT : java.util.Set.copyOf(shown);
        } catch (RuntimeException e) {
            return WindowPanel.DEFAULT;
        }
    }

    public void savePanels(java.util.Set<WindowPanel> shown) {
        try {
            if (node != null) {
                node.put("panels", String.join(",", shown.stream().sorted().map(WindowPanel::id).toList()));
            }
        } catch (RuntimeException e) {
            // A convenience: the next start shows the default panels.
        }
    }

    /** View > Theme as last chosen; light when never saved or unreadable. */
    public ThemeChoice themeChoice() {
        try {
            return node == null ? ThemeChoice.LIGHT : ThemeChoice.byId(node.get("theme", "")).orElse(ThemeChoice.LIGHT);
        } catch (RuntimeException e) {
            return ThemeChoice.LIGHT;
        }
    }

    public void saveThemeChoice(ThemeChoice choice) {
        try {
            if (node != null) {
                node.put("theme", choice.id());
            }
        } catch (RuntimeException e) {
            // A convenience: the next start is light.
        }
    }

    /** The export dialog's colours (issue 18): print unless "as on screen" was last chosen. */
    public PaletteChoice exportPalette() {
        try {
            return node == null ? PaletteChoice.PRINT
                    : PaletteChoice.byId(node.get("exportPalette", "")).orElse(PaletteChoice.PRINT);
        } catch (RuntimeException e) {
            return PaletteChoice.PRINT;
        }
    }

    /** The export dialog's format last chosen; PNG when never chosen or unreadable. */
    public org.asylumtrends.export.ImageFormat exportFormat() {
        try {
            return node == null ? org.asylumtrends.export.ImageFormat.PNG
                    : org.asylumtrends.export.ImageFormat.byId(node.get("exportFormat", "png"))
                            .orElse(org.asylumtrends.export.ImageFormat.PNG);
        } catch (RuntimeException e) {
            return org.asylumtrends.export.ImageFormat.PNG;
        }
    }

    public void saveExportFormat(org.asylumtrends.export.ImageFormat format) {
        try {
            if (node != null) {
                node.put("exportFormat", format.extension());
            }
        } catch (RuntimeException e) {
            // A convenience: the next export starts as PNG.
        }
    }

    public void saveExportPalette(PaletteChoice choice) {
        try {
            if (node != null) {
                node.put("exportPalette", choice.id());
            }
        } catch (RuntimeException e) {
            // A convenience: the next export is in print colours.
        }
    }

    /** The folder a file was last saved to or opened from, where the next file chooser opens; empty if never. */
    public Optional<Path> lastFolder() {
        try {
            String stored = node == null ? "" : node.get("lastFolder", "");
            return stored.isEmpty() ? Optional.empty() : Optional.of(Path.of(stored));
        } catch (RuntimeException e) {
            return Optional.empty(); // an unreadable path: choosers open in Documents
        }
    }

    public void saveLastFolder(Path folder) {
        try {
            if (node != null) {
                node.put("lastFolder", folder.toString());
            }
        } catch (RuntimeException e) {
            // A convenience (a path too long for the store, say): the next chooser opens in Documents.
        }
    }

    /** What was shown when the app closed; the bundled data when never saved or unreadable. */
    public OpenedData openedData() {
        try {
            if (node == null) {
                return OpenedData.BUNDLED;
            }
            String files = node.get("data.files", "");
            boolean withBundled = node.getBoolean("data.withBundled", true);
            return files.isBlank() ? OpenedData.BUNDLED
                    : new OpenedData(RecentFiles.parseEntry(files), withBundled);
        } catch (RuntimeException e) {
            return OpenedData.BUNDLED;
        }
    }

    public void saveOpenedData(OpenedData data) {
        try {
            if (node != null) {
                String files = RecentFiles.formatEntry(data.files());
                node.put("data.files", files.length() > Preferences.MAX_VALUE_LENGTH ? "" : files);
                node.putBoolean("data.withBundled", data.withBundled());
            }
        } catch (RuntimeException e) {
            // A convenience: the next start shows the bundled data.
        }
    }

    /**
     * The stored recent-files text (see RecentFiles), or "" when none or unreadable: as stored now, with what another
     * instance of the app has saved since this one started.
     */
    public String recentFiles() {
        try {
            if (node == null) {
                return "";
            }
            try {
                node.sync();
            } catch (BackingStoreException | RuntimeException stale) {
                // The value this process has is still worth showing.
            }
            return recentFilesAsRead();
        } catch (RuntimeException e) {
            return "";
        }
    }

    /**
     * The recent-files text as this process read it at start, without asking the store again: for the window's
     * start, which has just read it. A sync there wrote the whole node as XML on the UI thread before the first
     * frame (and loaded the JDK's XML classes for it).
     */
    public String recentFilesAsRead() {
        try {
            return node == null ? "" : node.get("recent.files", "");
        } catch (RuntimeException e) {
            return "";
        }
    }

    public void saveRecentFiles(String text) {
        try {
            if (node != null) {
                node.put("recent.files", text.length() > Preferences.MAX_VALUE_LENGTH ? "" : text);
            }
        } catch (RuntimeException e) {
            // Not worth bothering the user: the list is a convenience.
        }
    }

    /**
     * The language the user asked for, as a language tag ("de-DE"), or "" for the system's: read once at start
     * into {@link org.asylumtrends.text.AppLocale}; View > Language sets it, for the next start.
     */
    public String locale() {
        try {
            return node == null ? "" : node.get("locale", "");
        } catch (RuntimeException e) {
            return "";
        }
    }

    /** View > Large numbers in 万 / 만 units; off by default. */
    public boolean largeNumberUnits() {
        try {
            return node != null && node.getBoolean("large-number-units", false);
        } catch (RuntimeException e) {
            return false;
        }
    }

    public void saveLargeNumberUnits(boolean on) {
        try {
            if (node != null) {
                node.putBoolean("large-number-units", on);
                node.flush();
            }
        } catch (BackingStoreException | RuntimeException e) {
            // Not fatal: numbers stay as they were.
        }
    }

    /** The language chosen in View > Language, as a language tag ("zh-Hans"); used from the next start. */
    public void saveLocale(String tag) {
        try {
            if (node != null) {
                node.put("locale", tag);
                node.flush();
            }
        } catch (BackingStoreException | RuntimeException e) {
            // Not fatal: the language stays as it was.
        }
    }

    /** Writes to the backing store; java.util.prefs would also do so later on its own thread. */
    public void flush() {
        try {
            if (node != null) {
                node.flush();
            }
        } catch (BackingStoreException | RuntimeException e) {
            // Not fatal: the next run uses defaults.
        }
    }

    Optional<Preferences> node() {
        return Optional.ofNullable(node);
    }
}
