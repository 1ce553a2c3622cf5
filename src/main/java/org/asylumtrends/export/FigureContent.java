package org.asylumtrends.export;

import java.util.Locale;
import java.util.Optional;

/** Which chart an exported figure shows: the trend by year, the countries of asylum, or both side by side. */
public enum FigureContent {
    TREND("trend"),
    DESTINATIONS("destinations"),
    BOTH("figure");

    private final String id;

    FigureContent(String id) {
        this.id = id;
    }

    /** The name on the command line ({@code --chart trend|destinations|figure}). */
    public String id() {
        return id;
    }

    public boolean hasTrend() {
        return this != DESTINATIONS;
    }

    public boolean hasDestinations() {
        return this != TREND;
    }

    public static Optional<FigureContent> byId(String id) {
        String wanted = id.strip().toLowerCase(Locale.ROOT);
        for (FigureContent c : values()) {
            if (c.id.equals(wanted)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }
}
