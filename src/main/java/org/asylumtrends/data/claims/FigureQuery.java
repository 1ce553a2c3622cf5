package org.asylumtrends.data.claims;

import java.util.Objects;
import java.util.Optional;
import org.asylumtrends.data.Country;
import org.asylumtrends.data.YearRange;

/**
 * What the figure finder is asked: a published figure and, when the sentence says so, whose figure it is, where
 * and when ("1,158,739 Chinese nationals 2012–2024"). {@link FigureText} reads one from a sentence.
 *
 * @param figure    the number as published: a count (1158739), or for a percentage its fraction (14.26 for 1,426 %)
 * @param percent   whether it was written as a percentage
 * @param precision half a unit of its last written digit, in the figure's own units: 0.5 for 1,158,739, 5,000 for
 *                  "1.16 million", 0.005 for "1,426 %". A rounded figure matches anything it could have been rounded from.
 * @param origin    the country of origin (ISO3), if named
 * @param asylum    the country of asylum (ISO3), if named
 * @param years     the years, if named (a single year is a range of one)
 */
public record FigureQuery(double figure, boolean percent, double precision, Optional<String> origin,
                          Optional<String> asylum, Optional<YearRange> years) {
    public FigureQuery {
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(asylum, "asylum");
        Objects.requireNonNull(years, "years");
        if (!Double.isFinite(figure)) {
            throw new IllegalArgumentException("the figure must be a number");
        }
        if (!(precision >= 0)) {
            throw new IllegalArgumentException("the precision must be zero or more");
        }
        origin.ifPresent(FigureQuery::requireIso3);
        asylum.ifPresent(FigureQuery::requireIso3);
    }

    /** A whole count given to the unit, with nothing else known. */
    public static FigureQuery count(long figure) {
        return new FigureQuery(figure, false, 0.5, Optional.empty(), Optional.empty(), Optional.empty());
    }

    public FigureQuery withOrigin(String iso3) {
        return new FigureQuery(figure, percent, precision, Optional.ofNullable(iso3), asylum, years);
    }

    public FigureQuery withAsylum(String iso3) {
        return new FigureQuery(figure, percent, precision, origin, Optional.ofNullable(iso3), years);
    }

    public FigureQuery withYears(YearRange range) {
        return new FigureQuery(figure, percent, precision, origin, asylum, Optional.ofNullable(range));
    }

    private static void requireIso3(String code) {
        if (!Country.isIso3(code)) {
            throw new IllegalArgumentException("'" + code + "' is not an ISO3 country code");
        }
    }
}
