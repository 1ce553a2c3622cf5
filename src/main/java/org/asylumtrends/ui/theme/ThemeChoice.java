package org.asylumtrends.ui.theme;

import java.util.Locale;
import java.util.Optional;

/** What the user chose under View > Theme; stored in the preferences by {@link #id()}. */
public enum ThemeChoice {
    LIGHT,
    DARK,
    /** Light or dark as the desktop's colour scheme says, and along with it when it changes. */
    FOLLOW_DESKTOP;

    /** The stored form: "light", "dark", "follow-desktop". */
    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Optional<ThemeChoice> byId(String id) {
        for (ThemeChoice c : values()) {
            if (c.id().equals(id)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }
}
