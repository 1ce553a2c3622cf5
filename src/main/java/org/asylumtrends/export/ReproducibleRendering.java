package org.asylumtrends.export;

/**
 * Makes a figure's pixels depend on the figure alone, not on what the process drew before. Must run before JavaFX
 * starts (Prism reads its settings once).
 *
 * <p>Why: Prism keeps one texture atlas per screen (its region image cache) into which it paints the backgrounds of
 * small regions, such as the trend's markers, and then copies them to where they belong. Which entries sit where in
 * that atlas depends on everything the process drew before, and the copy of a marker at a fractional position reads
 * one column past its entry: a process that had first drawn an "in" view per 100,000 exported the same saved view
 * with 53 pixels at the markers' right edges changed against a fresh process (and the test JVM, which draws many
 * windows first, differed likewise). With the cache off every region is painted directly, the same in every
 * process; the cost is painting small rounded backgrounds each frame instead of copying them.
 */
public final class ReproducibleRendering {
    static final String REGION_CACHING = "prism.disableRegionCaching";

    private ReproducibleRendering() {
    }

    /** Turns Prism's region image cache off, unless the user chose otherwise with {@code -D}. */
    public static void apply() {
        if (System.getProperty(REGION_CACHING) == null) {
            System.setProperty(REGION_CACHING, "true");
        }
    }
}
