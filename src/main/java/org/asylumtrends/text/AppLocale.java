package org.asylumtrends.text;

import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.ResourceBundle;

/**
 * The one locale of the application, for words and numbers alike: what the user asked for (a preference, by
 * default the system's) if the app has its language, else English.
 *
 * <p>Words and digits must agree: with only an English bundle, a German desktop gets English words with
 * English digits ("176,239"), not German ones ("176.239"), which an English reader takes for 176 and a fraction;
 * a sentence copied from the window or a figure into an English text must read as English. When the language
 * is there, the region stays ("en-IN" groups as "1,76,239"); when it is not, the region goes with it, since
 * English in Germany (CLDR's en-DE) would bring the German digits back.
 */
public final class AppLocale {
    /** The language of the base bundles ({@code messages.properties}, {@code claims.properties}). */
    static final Locale BASE = Locale.ENGLISH;
    private static final String BUNDLE = "org.asylumtrends.text.messages";

    private static volatile Locale current = resolve(Locale.getDefault());
    private static volatile boolean largeNumberUnits;

    private AppLocale() {
    }

    /** The locale all text and numbers are rendered in. */
    public static Locale current() {
        return current;
    }

    /**
     * Sets the application locale from what the user asked for (the preference, or the system's when none is
     * set); called once at start, before any text is shown.
     */
    public static void set(Locale requested) {
        current = resolve(requested);
        Messages.localeChanged();
    }

    /** Whether counts in text use 万/亿 (Chinese) or 만/억 (Korean) units; the axes keep plain digits. */
    public static boolean largeNumberUnits() {
        return largeNumberUnits;
    }

    /** From the preference (View > Large numbers in 万 / 만), read once at start. */
    public static void setLargeNumberUnits(boolean on) {
        largeNumberUnits = on;
    }

    /** A language tag as stored in the preferences ("de-DE"); blank means the system's locale. */
    public static Locale fromTag(String tag) {
        return tag == null || tag.isBlank() ? Locale.getDefault() : Locale.forLanguageTag(tag.strip());
    }

    /** The requested locale if a bundle of its language exists, else the base language without a region. */
    static Locale resolve(Locale requested) {
        Objects.requireNonNull(requested, "requested");
        if (requested.getLanguage().equals(BASE.getLanguage())) {
            return requested;
        }
        try {
            // No fallback to the JVM's default locale: the default is no translation of the requested one.
            ResourceBundle found = ResourceBundle.getBundle(BUNDLE, requested,
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
            return !requested.getLanguage().isEmpty() && found.getLocale().getLanguage().equals(requested.getLanguage())
                    ? requested : BASE;
        } catch (MissingResourceException e) {
            return BASE;
        }
    }
}
