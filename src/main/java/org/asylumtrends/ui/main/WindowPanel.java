package org.asylumtrends.ui.main;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** The panels of the main window's charts tab, side by side in this order; the user picks which to see. */
public enum WindowPanel {
    TREND("trend"),
    DESTINATIONS("destinations"),
    MAP("map");

    /** What a first start shows: the trend and the bars (the map is one click away in View > Panels). */
    static final Set<WindowPanel> DEFAULT = EnumSet.of(TREND, DESTINATIONS);

    private final String id;

    WindowPanel(String id) {
        this.id = id;
    }

    /** The name in saved preferences. */
    public String id() {
        return id;
    }

    public static Optional<WindowPanel> byId(String id) {
        String wanted = id.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(p -> p.id.equals(wanted)).findFirst();
    }
}
