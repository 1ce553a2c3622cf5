package org.asylumtrends.data.claims;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.asylumtrends.data.Era;
import org.asylumtrends.data.EraConvention;
import org.asylumtrends.data.EraTable;
import org.asylumtrends.data.YearRange;

/**
 * A window of years the finder tries: the years the query names and windows near them (each end up to two
 * years away, and each single year from one before to one after), or every window when it names none; and the
 * years of each era of the origin under each convention, named as such.
 *
 * @param order      its place in the search, for the ranking's last tie-breaker
 * @param era        the era whose years these are, if they are an era's (named in the reader's language)
 * @param convention the convention that gives the era these years (null without an era)
 * @param penalty    how far its ends are from the years named ({@link FigureFinder#YEAR_PENALTY} a year)
 */
record FinderWindow(int order, int from, int to, Optional<Era> era, EraConvention convention, double penalty) {
    /** How far a range's ends are moved when looking near the years named. */
    static final int NEAR = 2;

    static List<FinderWindow> of(FinderSeries s, FigureQuery query, EraTable eras) {
        Map<YearRange, FinderWindow> windows = new LinkedHashMap<>();
        int first = s.first();
        int last = s.last();
        Optional<YearRange> named = query.years();
        if (named.isEmpty()) {
            for (int f = first; f <= last; f++) {
                for (int t = f; t <= last; t++) {
                    put(windows, f, t, Optional.empty(), null, named);
                }
            }
        } else {
            YearRange g = named.get();
            if (g.from() < g.to()) {
                for (int f = g.from() - NEAR; f <= g.from() + NEAR; f++) {
                    for (int t = g.to() - NEAR; t <= g.to() + NEAR; t++) {
                        if (f < t && f >= first && t <= last) {
                            put(windows, f, t, Optional.empty(), null, named);
                        }
                    }
                }
            }
            for (int y = Math.max(first, g.from() - 1); y <= Math.min(last, g.to() + 1); y++) {
                put(windows, y, y, Optional.empty(), null, named);
            }
        }
        if (!s.origin().isEmpty()) {
            for (Era era : eras.forOrigin(s.origin())) {
                for (EraConvention c : EraConvention.values()) {
                    List<Integer> years = new ArrayList<>();
                    int end = era.endDate().map(d -> d.getYear()).orElse(last);
                    for (int y = Math.max(first, era.start().getYear()); y <= Math.min(last, end); y++) {
                        if (eras.eraOf(s.origin(), y, c).filter(era::equals).isPresent()) {
                            years.add(y);
                        }
                    }
                    if (!years.isEmpty()) {
                        YearRange r = new YearRange(years.get(0), years.get(years.size() - 1));
                        FinderWindow existing = windows.get(r);
                        if (existing == null || existing.era().isEmpty()) {
                            windows.put(r, window(existing == null ? windows.size() : existing.order(), r.from(), r.to(),
                                    Optional.of(era), c, named));
                        }
                    }
                }
            }
        }
        return List.copyOf(windows.values());
    }

    private static void put(Map<YearRange, FinderWindow> windows, int f, int t, Optional<Era> era,
                            EraConvention c, Optional<YearRange> named) {
        windows.putIfAbsent(new YearRange(f, t), window(windows.size(), f, t, era, c, named));
    }

    private static FinderWindow window(int order, int f, int t, Optional<Era> era, EraConvention c,
                                       Optional<YearRange> named) {
        double penalty = named.map(g -> FigureFinder.YEAR_PENALTY * (Math.abs(f - g.from()) + Math.abs(t - g.to())))
                .orElse(0.0);
        return new FinderWindow(order, f, t, era, c, penalty);
    }
}
