package org.asylumtrends.text;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;
import org.asylumtrends.data.DataFormatException;
import org.asylumtrends.data.DataMessage;
import org.asylumtrends.data.Country;
import org.asylumtrends.data.Era;
import org.asylumtrends.data.CountryNames;
import org.asylumtrends.data.Measure;

/**
 * User-visible text, from the {@code messages} bundle in the {@linkplain AppLocale application locale}. Every
 * key is written out whole where it is used (never built from parts), so {@code MessagesTest} can see it.
 */
public final class Messages {
    private static final String BUNDLE = "org.asylumtrends.text.messages";

    /** The bundle and parsed patterns of one locale; replaced as a whole when the locale changes. */
    private record Text(Locale locale, ResourceBundle bundle, Map<String, MessageFormat> patterns) {
        static Text of(Locale locale) {
            return new Text(locale, ResourceBundle.getBundle(BUNDLE, locale), new ConcurrentHashMap<>());
        }
    }

    private static volatile Text text = Text.of(AppLocale.current());

    private Messages() {
    }

    static void localeChanged() {
        text = Text.of(AppLocale.current());
    }

    public static ResourceBundle bundle() {
        return text.bundle();
    }

    public static String get(String key) {
        try {
            return text.bundle().getString(key);
        } catch (MissingResourceException e) {
            return "!" + key + "!";
        }
    }

    /** A message with placeholders filled in; the pattern decides the word order. */
    public static String format(String key, Object... args) {
        Text t = text;
        MessageFormat pattern = t.patterns().computeIfAbsent(key, k -> new MessageFormat(get(k), t.locale()));
        synchronized (pattern) { // a MessageFormat is not thread-safe; the FX thread and exports share them
            return pattern.format(args);
        }
    }

    /** A sentence of the data layer, its clauses rendered in turn; numbers are left to the pattern to format. */
    public static String describe(DataMessage message) {
        Object[] args = message.args().stream().map(a -> a instanceof DataMessage m ? describe(m) : a).toArray();
        return format(message.key(), args);
    }

    /** A data error as a user reads it: the file, the line and column where there are, then the problem. */
    public static String describe(DataFormatException e) {
        String problem = describe(e.problem());
        if (e.column().isPresent()) {
            return format("input.error.atCell", e.file(), e.line(), e.column().get(), e.shownValue().orElse(""), problem);
        }
        return e.line() > 0 ? format("input.error.atLine", e.file(), e.line(), problem)
                : format("input.error.inFile", e.file(), problem);
    }

    /** What went wrong, for a user: a data error rendered in words, else the exception's own message. */
    public static String describe(Throwable error) {
        if (error instanceof DataFormatException e) {
            return describe(e);
        }
        return error.getMessage() != null ? error.getMessage() : error.toString();
    }

    /** A country's name in the application's language (UNHCR's own in English): tables, titles, tooltips. */
    public static String countryName(Country country) {
        return CountryNames.name(country, AppLocale.current());
    }

    /** A country's short name for a chart ("South Korea"; "韩国"; "대한민국"). */
    public static String countryShortName(Country country) {
        return CountryNames.shortName(country, AppLocale.current());
    }

    /** An era's name in the application's language ("习近平"), from the era table. */
    public static String eraName(Era era) {
        return era.displayName(AppLocale.current());
    }

    /** "习近平 (2012–)". */
    public static String eraLabel(Era era) {
        return era.label(AppLocale.current());
    }

    public static String measureName(Measure m) {
        return get(keys(m)[0]);
    }

    public static String measureAxis(Measure m) {
        return get(keys(m)[1]);
    }

    public static String measureDescription(Measure m) {
        return get(keys(m)[2]);
    }

    /** Name, axis title and description; written out whole, and a new measure does not compile without them. */
    private static String[] keys(Measure m) {
        return switch (m) {
            case ASYLUM_SEEKERS -> new String[] {"measure.asylum-seekers.name", "measure.asylum-seekers.axis",
                "measure.asylum-seekers.description"};
            case APPLICATIONS_NEW -> new String[] {"measure.applications-new.name", "measure.applications-new.axis",
                "measure.applications-new.description"};
            case APPLICATIONS_ALL -> new String[] {"measure.applications-all.name", "measure.applications-all.axis",
                "measure.applications-all.description"};
            case REFUGEES -> new String[] {"measure.refugees.name", "measure.refugees.axis",
                "measure.refugees.description"};
            case DECISIONS_TOTAL -> new String[] {"measure.decisions-total.name", "measure.decisions-total.axis",
                "measure.decisions-total.description"};
            case RECOGNIZED -> new String[] {"measure.recognized.name", "measure.recognized.axis",
                "measure.recognized.description"};
            case COMPLEMENTARY_PROTECTION -> new String[] {"measure.complementary-protection.name",
                "measure.complementary-protection.axis", "measure.complementary-protection.description"};
            case REJECTED -> new String[] {"measure.rejected.name", "measure.rejected.axis",
                "measure.rejected.description"};
            case OTHERWISE_CLOSED -> new String[] {"measure.otherwise-closed.name", "measure.otherwise-closed.axis",
                "measure.otherwise-closed.description"};
            case RECOGNITION_RATE -> new String[] {"measure.recognition-rate.name", "measure.recognition-rate.axis",
                "measure.recognition-rate.description"};
        };
    }
}
