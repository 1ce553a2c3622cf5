package org.asylumtrends.data.claims;

import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.stream.Collectors;
import org.asylumtrends.data.Measure;

/**
 * Renders claim results in a language from the {@code claims} bundle next to this class: verdicts, figures and
 * explanations. Every sentence is whole, with placeholders, so a translation can change the word order. Shared by
 * the command line and the window, so both say exactly the same.
 */
public final class ClaimsText {
    static final String BUNDLE = "org.asylumtrends.data.claims.claims";

    private final Locale locale;
    private final ResourceBundle bundle;
    private final boolean machineNumbers;

    /** Text in the given locale; the app passes its one application locale ({@code text.AppLocale}). */
    public ClaimsText(Locale locale) {
        this(locale, false);
    }

    private ClaimsText(Locale locale, boolean machineNumbers) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale);
        this.machineNumbers = machineNumbers;
    }

    /**
     * For CSV and other machine output: English words, and numbers as a program reads them, never localised
     * ("12362", not "12.362" in German or Arabic-Indic digits in Egyptian Arabic), with no grouping.
     */
    public static ClaimsText forMachineOutput() {
        return new ClaimsText(Locale.ROOT, true);
    }

    /** "matches", "differs" or "cannot be reproduced". */
    public String verdict(Verdict verdict) {
        return get(switch (verdict) {
            case MATCHES -> "verdict.matches";
            case DIFFERS -> "verdict.differs";
            case CANNOT_BE_REPRODUCED -> "verdict.cannot-be-reproduced";
        });
    }

    public String format(Message message) {
        Object[] args = message.args().stream().map(this::render).toArray();
        MessageFormat format = new MessageFormat(get(message.key()), locale);
        if (machineNumbers) {
            for (java.text.Format f : format.getFormats()) {
                if (f instanceof java.text.NumberFormat n) {
                    n.setGroupingUsed(false);
                }
            }
        }
        return format.format(args);
    }

    /** A text without placeholders, e.g. a column heading. */
    public String text(String key) {
        return format(Message.of(key));
    }

    /** The sentences of an explanation as one paragraph. */
    public String paragraph(List<Message> sentences) {
        return sentences.stream().map(this::format).collect(Collectors.joining(" "));
    }

    public String explanation(ClaimResult result) {
        return paragraph(result.explanation());
    }

    /** The tolerance rule behind the verdicts, in words. */
    public String rule() {
        return format(ClaimsCheck.rule());
    }

    /** The raw pattern of a key; "!key!" when missing, so that a gap shows. */
    private String get(String key) {
        try {
            return bundle.getString(key);
        } catch (MissingResourceException e) {
            return "!" + key + "!";
        }
    }

    /** Keys written out whole, so the bundle test sees them; a new measure does not compile without one. */
    private static String shortName(Measure m) {
        return switch (m) {
            case ASYLUM_SEEKERS -> "measureName.asylum-seekers";
            case APPLICATIONS_NEW -> "measureName.applications-new";
            case APPLICATIONS_ALL -> "measureName.applications-all";
            case REFUGEES -> "measureName.refugees";
            case DECISIONS_TOTAL -> "measureName.decisions-total";
            case RECOGNIZED -> "measureName.recognized";
            case COMPLEMENTARY_PROTECTION -> "measureName.complementary-protection";
            case REJECTED -> "measureName.rejected";
            case OTHERWISE_CLOSED -> "measureName.otherwise-closed";
            case RECOGNITION_RATE -> "measureName.recognition-rate";
        };
    }

    private Object render(Object arg) {
        if (arg instanceof Message m) {
            return format(m);
        }
        // A country or an era is named in the reader's language (CLDR; the era table's names), UNHCR's and the
        // table's own in English and in machine output.
        if (arg instanceof org.asylumtrends.data.Country c) {
            return org.asylumtrends.data.CountryNames.name(c, machineNumbers ? Locale.ROOT : locale);
        }
        if (arg instanceof org.asylumtrends.data.Era e) {
            return e.displayName(machineNumbers ? Locale.ROOT : locale);
        }
        if (arg instanceof Measure m) {
            return get(shortName(m));
        }
        if (arg instanceof LocalDate d) {
            return DateTimeFormatter.ofPattern(get("date.pattern"), locale).format(d);
        }
        if (arg instanceof List<?> list) {
            return list.stream().map(this::render).map(String::valueOf).collect(Collectors.joining(get("list.separator")));
        }
        return arg;
    }
}
