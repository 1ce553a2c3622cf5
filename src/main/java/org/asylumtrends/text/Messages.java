package org.asylumtrends.text;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.asylumtrends.data.Measure;

/** User-visible text, from the {@code messages} bundle of the default locale. */
public final class Messages {
    private static final String BUNDLE = "org.asylumtrends.text.messages";

    private Messages() {
    }

    public static ResourceBundle bundle() {
        return ResourceBundle.getBundle(BUNDLE, Locale.getDefault());
    }

    public static String get(String key) {
        try {
            return bundle().getString(key);
        } catch (MissingResourceException e) {
            return "!" + key + "!";
        }
    }

    /** A message with placeholders filled in; the pattern decides the word order. */
    public static String format(String key, Object... args) {
        return new MessageFormat(get(key), Locale.getDefault()).format(args);
    }

    public static String measureName(Measure m) {
        return get("measure." + m.id() + ".name");
    }

    public static String measureAxis(Measure m) {
        return get("measure." + m.id() + ".axis");
    }

    public static String measureDescription(Measure m) {
        return get("measure." + m.id() + ".description");
    }
}
