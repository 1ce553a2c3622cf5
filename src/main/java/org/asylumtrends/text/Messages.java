package org.asylumtrends.text;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.asylumtrends.data.DatasetMetadata;
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
        Object[] args = message.args().stream().map(a -> a instanceof DataMessage m ? describe(m)
                : a instanceof LocalDate d ? DateTimeFormatter.ofPattern(get("date.pattern"), AppLocale.current()).format(d)
                : a).toArray();
        return format(message.key(), args);
    }

    /**
     * The credit every figure carries, in the application's language: "UNHCR Refugee Population Statistics Database
     * (release 2025.12.1), CC BY 4.0"; "联合国…，2024年7月21日提取" for a download; several sources joined as the
     * language joins them.
     */
    public static String credit(DatasetMetadata m) {
        String source = source(m);
        return m.release().isBlank() ? format("source.credit", source, m.licence())
                : format("source.credit.release", source, m.release(), m.licence());
    }

    /** The release as a label: "release 2025.12.1" ("2025.12.1 版"), or what the opened files say they are. */
    public static String releaseLabel(DatasetMetadata m) {
        return m.release().isBlank() ? source(m) : format("source.release", m.release());
    }

    private static String source(DatasetMetadata m) {
        return m.sourceParts().isEmpty() ? m.source()
                : m.sourceParts().stream().map(Messages::describe).collect(Collectors.joining(get("list.semicolon")));
    }

    /**
     * Why the newest figures are preliminary, in the reader's language: a bundled release's note is the bundle's
     * {@code release.note.<release>} (releases.csv holds it in English; LocalizationConsistencyTest checks every
     * listed release has it in every language), the opened files' note is ours; any other note stays as written.
     */
    public static String preliminaryNote(org.asylumtrends.data.DatasetMetadata metadata) {
        String note = metadata.preliminaryNote();
        if (note.equals(org.asylumtrends.data.DatasetMetadata.USER_FILES_NOTE)) {
            return get("release.note.openedFiles");
        }
        String key = "release.note." + metadata.release();
        return !metadata.release().isBlank() && text.bundle().containsKey(key) ? get(key) : note;
    }

    /** "a, b or c" in the application's language. */
    public static String either(List<String> choices) {
        if (choices.size() < 2) {
            return String.join("", choices);
        }
        String head = String.join(get("list.separator"), choices.subList(0, choices.size() - 1));
        return format("list.or", head, choices.getLast());
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

    /** A country in a list or a key: "China (CHN)"; "中国（CHN）" in Chinese. */
    public static String countryItem(Country country) {
        return format("origin.item", countryName(country), country.iso3());
    }

    /**
     * Countries' short names as a list in the application's language, by the JDK's CLDR list patterns: "China,
     * Russia and Iran", "中国、俄罗斯和伊朗", "중국, 러시아 및 이란". English without the serial comma, as UNHCR writes
     * it: a title goes on ", 2012–2024", and "China, Russia, and Iran, 2012–2024" read as four items.
     */
    public static String countryList(java.util.List<Country> countries) {
        return list(countries.stream().map(Messages::countryShortName).toList());
    }

    /** Items joined as the application's language joins a list ("a, b and c"), the way {@link #countryList} does. */
    public static String list(java.util.List<String> items) {
        Locale locale = AppLocale.current();
        Locale style = locale.getLanguage().equals("en") ? Locale.UK : locale;
        return java.text.ListFormat.getInstance(style, java.text.ListFormat.Type.STANDARD,
                java.text.ListFormat.Style.FULL).format(items);
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
