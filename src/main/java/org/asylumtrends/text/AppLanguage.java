package org.asylumtrends.text;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The languages the app is written in: English, Simplified Chinese and Korean. Each is offered under its own name
 * (the autonym, the same in every language of the interface, so a reader who cannot read the current one still
 * finds theirs) and chosen by a short id on the command line ({@code --lang zh}).
 */
public enum AppLanguage {
    ENGLISH("en", "English", Locale.ENGLISH),
    CHINESE("zh", "\u7b80\u4f53\u4e2d\u6587", Locale.forLanguageTag("zh-Hans")),
    KOREAN("ko", "\ud55c\uad6d\uc5b4", Locale.KOREAN);

    /** The command-line option that picks a language for one run. */
    public static final String OPTION = "--lang";

    private final String id;
    private final String autonym;
    private final Locale locale;

    AppLanguage(String id, String autonym, Locale locale) {
        this.id = id;
        this.autonym = autonym;
        this.locale = locale;
    }

    /** "en", "zh", "ko": the value of {@code --lang} and of the stored preference. */
    public String id() {
        return id;
    }

    /** "English", "简体中文", "한국어". */
    public String autonym() {
        return autonym;
    }

    public Locale locale() {
        return locale;
    }

    /**
     * The locale to run in for this language: the desktop's own when it is of the same language (so an
     * English-speaking Indian desktop keeps "1,76,239"), else the language's plain locale.
     */
    public Locale localeFor(Locale desktop) {
        return desktop.getLanguage().equals(locale.getLanguage()) ? desktop : locale;
    }

    /** The language of a locale, if the app has it ("zh-Hans-CN" and "zh-TW" are Chinese; "de" is none). */
    public static Optional<AppLanguage> of(Locale locale) {
        return Arrays.stream(values()).filter(l -> l.locale.getLanguage().equals(locale.getLanguage())).findFirst();
    }

    /** The language with that id, or an {@link IllegalArgumentException} whose message names the choices. */
    public static AppLanguage fromId(String id) {
        return Arrays.stream(values()).filter(l -> l.id.equalsIgnoreCase(id.strip())).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(Messages.format("cli.unknownLanguage", id, ids())));
    }

    /** "en, zh, ko". */
    public static String ids() {
        return Arrays.stream(values()).map(AppLanguage::id).collect(Collectors.joining(", "));
    }

    /**
     * The language asked for by {@code --lang X} or {@code --lang=X} anywhere in the arguments: read before any
     * other parsing, so that help and error messages are already in it. A missing or unknown value is an
     * {@link IllegalArgumentException} naming the choices.
     */
    public static Optional<AppLanguage> fromArguments(List<String> args) {
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (a.equals(OPTION)) {
                if (i + 1 >= args.size()) {
                    throw new IllegalArgumentException(Messages.format("cli.unknownLanguage", "", ids()));
                }
                return Optional.of(fromId(args.get(i + 1)));
            }
            if (a.startsWith(OPTION + "=")) {
                return Optional.of(fromId(a.substring(OPTION.length() + 1)));
            }
        }
        return Optional.empty();
    }
}
