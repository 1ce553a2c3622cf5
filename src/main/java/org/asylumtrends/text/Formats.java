package org.asylumtrends.text;

import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import org.asylumtrends.data.Annotation;
import org.asylumtrends.data.Measure;
import org.asylumtrends.data.Scale;

/**
 * How numbers read in the app: counts with thousands separators, rates and shares as percentages, all in the
 * {@linkplain AppLocale application locale}, the same as the words around them.
 */
public final class Formats {
    /**
     * The integer format of the thread, for the locale it was made for: every count on screen goes through it, and
     * {@code NumberFormat.getIntegerInstance} looks up a provider and parses a pattern on every call (1–2 % of a
     * year change's time on the UI thread). Per thread, as a NumberFormat is not thread-safe.
     */
    private static final ThreadLocal<IntegerFormat> INTEGERS = new ThreadLocal<>();

    private record IntegerFormat(java.util.Locale locale, NumberFormat format) {
    }

    private Formats() {
    }

    private static NumberFormat integers() {
        IntegerFormat cached = INTEGERS.get();
        java.util.Locale locale = AppLocale.current();
        if (cached == null || !cached.locale().equals(locale)) {
            cached = new IntegerFormat(locale, NumberFormat.getIntegerInstance(locale));
            INTEGERS.set(cached);
        }
        return cached.format();
    }

    /**
     * A value of the measure: "180,960" for counts, "42.0%" for the recognition rate; in Chinese or Korean with
     * {@linkplain AppLocale#largeNumberUnits() large-number units} on, "18万960" / "18만 960".
     */
    public static String value(Measure measure, double value) {
        if (measure.kind() == Measure.Kind.RATE) {
            return percent(value, 1);
        }
        long n = Math.round(value);
        String language = AppLocale.current().getLanguage();
        if (AppLocale.largeNumberUnits() && Math.abs(n) >= 10_000 && (language.equals("zh") || language.equals("ko"))) {
            return inUnits(n, language.equals("ko"));
        }
        return integers().format(n);
    }

    /**
     * A count in units of ten thousand and a hundred million, exact, as Chinese and Korean newspapers write
     * large figures: "116万1728" and "1亿2000万"; Korean spaces its units, "116만 1728". Parts that are zero
     * are left out.
     */
    static String inUnits(long n, boolean korean) {
        StringBuilder s = new StringBuilder(n < 0 ? "\u2212" : "");
        long rest = Math.abs(n);
        long[] sizes = {100_000_000L, 10_000L};
        String[] units = korean ? new String[] {"\uc5b5", "\ub9cc"} : new String[] {"\u4ebf", "\u4e07"};
        boolean any = false;
        for (int i = 0; i < sizes.length; i++) {
            long part = rest / sizes[i];
            rest %= sizes[i];
            if (part > 0) {
                if (any && korean) {
                    s.append(' ');
                }
                s.append(part).append(units[i]);
                any = true;
            }
        }
        if (rest > 0) {
            if (korean) {
                s.append(' ');
            }
            s.append(rest);
        }
        return s.toString();
    }

    /**
     * A value on a scale (issue 15): a count (linear, log) as {@link #value}; an index or a rate per 100,000 with
     * one decimal, two below 1 ("12.8", "0.37"), as a rate per 100,000 of 1.4 billion people is small.
     */
    public static String scaled(Measure measure, Scale scale, double value) {
        if (scale.isCount()) {
            return value(measure, value);
        }
        NumberFormat f = NumberFormat.getNumberInstance(AppLocale.current());
        int decimals = Math.abs(value) < 1 && value != 0 ? 2 : 1;
        f.setMinimumFractionDigits(decimals);
        f.setMaximumFractionDigits(decimals);
        return f.format(value);
    }

    /** An axis label on a scale: a count as {@link #axis}, an index or rate with no more decimals than it needs. */
    public static String scaledAxis(Measure measure, Scale scale, double value) {
        if (scale.isCount()) {
            return axis(measure, value);
        }
        NumberFormat f = NumberFormat.getNumberInstance(AppLocale.current());
        f.setMaximumFractionDigits(3);
        return f.format(value);
    }

    /** A compact axis label: "150,000" or "40%". */
    public static String axis(Measure measure, double value) {
        if (measure.kind() == Measure.Kind.RATE) {
            return value > 1.0001 ? "" : percent(value, 0); // room for bar labels beyond 100% is not a rate
        }
        return integers().format(Math.round(value));
    }

    public static String percent(double fraction, int decimals) {
        NumberFormat f = NumberFormat.getPercentInstance(AppLocale.current());
        f.setMinimumFractionDigits(decimals);
        f.setMaximumFractionDigits(decimals);
        return f.format(fraction);
    }

    /**
     * A signed percent change, always to a whole percent: "+1,078%", "+406%", "\u221212%". One rule for every
     * size: "+1,078%" beside "+405.5%" read as if measured differently.
     */
    public static String percentChange(double fraction) {
        String s = percent(Math.abs(fraction), 0);
        return (Math.round(fraction * 100) >= 0 ? "+" : "\u2212") + s;
    }

    /** A signed difference of rates in percentage points, to one decimal: "+14.7", "\u22123.0". */
    public static String percentagePoints(double points) {
        NumberFormat f = NumberFormat.getNumberInstance(AppLocale.current());
        f.setMinimumFractionDigits(1);
        f.setMaximumFractionDigits(1);
        return (points >= 0 ? "+" : "\u2212") + f.format(Math.abs(points));
    }

    /** A ratio: "11.78×". */
    public static String ratio(double ratio) {
        NumberFormat f = NumberFormat.getNumberInstance(AppLocale.current());
        f.setMinimumFractionDigits(2);
        f.setMaximumFractionDigits(2);
        return f.format(ratio) + "\u00d7";
    }

    /** A date as the application's language writes it: "Nov 15, 2012" in American English. */
    public static String date(LocalDate date) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(AppLocale.current()).format(date);
    }

    /** An annotation as the window lists it: "Jun 30, 2020: Hong Kong security law", a range with both dates. */
    public static String annotation(Annotation a) {
        return a.isRange() ? Messages.format("texts.annotation.range", date(a.from()), date(a.to()), a.label())
                : Messages.format("texts.annotation.point", date(a.from()), a.label());
    }

    /** A year without grouping: "2012", never "2,012". */
    public static String year(int year) {
        return Integer.toString(year);
    }
}
