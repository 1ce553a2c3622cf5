package org.asylumtrends.data;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;

/**
 * A political era for an origin, e.g. Xi Jinping's term as General Secretary from 15 November 2012.
 *
 * @param end the day the era ended (the successor's first day), or null while it goes on
 */
public record Era(String originIso3, String name, LocalDate start, LocalDate end, String note, String source,
                  java.util.Map<String, String> localNames) {
    /** An era named in English only. */
    public Era(String originIso3, String name, LocalDate start, LocalDate end, String note, String source) {
        this(originIso3, name, start, end, note, source, java.util.Map.of());
    }

    public Era {
        localNames = localNames == null ? java.util.Map.of() : java.util.Map.copyOf(localNames);
        Objects.requireNonNull(originIso3, "originIso3");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(start, "start");
        if (end != null && !end.isAfter(start)) {
            throw new InvalidValueException(DataMessage.of("input.error.eraEndsBeforeStart", name, end.toString(), start.toString()));
        }
        note = note == null ? "" : note;
        source = source == null ? "" : source;
    }

    public Optional<LocalDate> endDate() {
        return Optional.ofNullable(end);
    }

    /** The start as a fractional year, the unit of a year axis: 15 Nov 2012 is 2012.87, not 2012 or 2013. */
    public double startX() {
        return fractionalYear(start);
    }

    /** The end as a fractional year, or {@code orElse} for an ongoing era. */
    public double endX(double orElse) {
        return end == null ? orElse : fractionalYear(end);
    }

    /** Days of {@code year} on which this era was in office. */
    public long daysIn(int year) {
        LocalDate from = LocalDate.of(year, 1, 1);
        LocalDate to = LocalDate.of(year + 1, 1, 1);
        LocalDate s = start.isAfter(from) ? start : from;
        LocalDate e = end == null || end.isAfter(to) ? to : end;
        return Math.max(0, ChronoUnit.DAYS.between(s, e));
    }

    /** Whether the era is in office on the last day of {@code year}. */
    public boolean inOfficeAtEndOf(int year) {
        LocalDate lastDay = LocalDate.of(year, 12, 31);
        return !start.isAfter(lastDay) && (end == null || end.isAfter(lastDay));
    }

 /**
     * The name in a reader's language ("习近平", "시진핑") where the era table gives one (columns {@code name_zh},
     * {@code name_ko}), else {@link #name()}, which also stays the era's identity (the claims name eras by it).
     */
    public String displayName(java.util.Locale locale) {
        return localNames.getOrDefault(locale.getLanguage(), name);
    }

    /** "Xi Jinping (2012–)" or "Hu Jintao (2002–2012)". */
    public String label() {
        return label(java.util.Locale.ENGLISH);
    }

    /** {@link #label()} with the name in the reader's language: "习近平 (2012–)". */
    public String label(java.util.Locale locale) {
        return displayName(locale) + " (" + start.getYear() + "–" + (end == null ? "" : Integer.toString(end.getYear())) + ")";
    }

    static double fractionalYear(LocalDate date) {
        return date.getYear() + (date.getDayOfYear() - 1) / (double) date.lengthOfYear();
    }
}
