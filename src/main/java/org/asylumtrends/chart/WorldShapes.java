package org.asylumtrends.chart;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;

/**
 * The world's country outlines as SVG path data keyed by ISO 3166 alpha-2 code: ControlsFX's own
 * ({@code WorldMapView}'s 176 shapes, read from its jar). The control itself is not used: its skin pans the map on
 * every mouse drag, zooms, and paints through its own green-on-blue style sheet; a choropleth needs the shapes, a
 * fixed frame and our colours. Small states (Hong Kong, Macao, Singapore, Malta, Bahrain, most islands) have no
 * shape here; {@link ChoroplethMap} lists them under the map. Immutable.
 */
public final class WorldShapes {
    /** Where ControlsFX 11.2.2 keeps the shapes (its skin reads the same resource). */
    static final String RESOURCE = "org/controlsfx/control/worldmap-small.properties";

    private static CompletableFuture<WorldShapes> bundled;

    private final Map<String, String> paths;

    WorldShapes(Map<String, String> paths) {
        this.paths = java.util.Collections.unmodifiableMap(new TreeMap<>(paths));
    }

    /**
     * The bundled shapes, read once on a daemon thread of their own (started by the first call): the window's map
     * waits for them instead of reading a resource on the FX thread. An export, which runs long after, joins the
     * finished load.
     */
    public static synchronized CompletableFuture<WorldShapes> loading() {
        if (bundled == null) {
            CompletableFuture<WorldShapes> f = new CompletableFuture<>();
            Thread t = new Thread(() -> {
                try {
                    f.complete(read());
                } catch (RuntimeException e) {
                    f.completeExceptionally(e);
                }
            }, "asylum-trends-world-shapes");
            t.setDaemon(true);
            t.start();
            bundled = f;
        }
        return bundled;
    }

    /** The bundled shapes, waiting for the load if it is still running. */
    public static WorldShapes bundled() {
        return loading().join();
    }

    static WorldShapes read() {
        try (InputStream in = WorldShapes.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IOException("missing resource " + RESOURCE + " (ControlsFX)");
            }
            Properties p = new Properties();
            p.load(new InputStreamReader(in, StandardCharsets.ISO_8859_1));
            Map<String, String> paths = new TreeMap<>();
            p.stringPropertyNames().forEach(code -> paths.put(code, p.getProperty(code)));
            return new WorldShapes(paths);
        } catch (IOException e) {
            throw new UncheckedIOException("the world map's shapes cannot be read; the installation is damaged", e);
        }
    }

    /** The two-letter codes that have a shape, sorted. */
    public Set<String> codes() {
        return paths.keySet();
    }

    /** The SVG path data of a shape, or null when the code has none. */
    public String path(String iso2) {
        return paths.get(iso2);
    }

    public boolean has(String iso2) {
        return paths.containsKey(iso2);
    }
}
