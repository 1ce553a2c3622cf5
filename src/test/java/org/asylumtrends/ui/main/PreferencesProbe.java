package org.asylumtrends.ui.main;

/**
 * Prints what {@link AppPreferences} reads, for {@link CorruptPreferencesFileTest}: run in a fresh JVM whose
 * {@code java.util.prefs.userRoot} points at a damaged store, since the store's location is fixed per JVM.
 */
public final class PreferencesProbe {
    private PreferencesProbe() {
    }

    public static void main(String[] args) {
        AppPreferences prefs = AppPreferences.open();
        System.out.println("selection=" + prefs.selection());
        System.out.println("bounds=" + prefs.windowBounds());
        System.out.println("recent=" + prefs.recentFiles().length());
        prefs.saveRecentFiles("x");
        prefs.flush();
        System.out.println("done");
    }
}
