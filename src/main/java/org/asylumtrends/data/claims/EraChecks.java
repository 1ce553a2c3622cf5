package org.asylumtrends.data.claims;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.asylumtrends.data.Era;
import org.asylumtrends.data.EraConvention;
import org.asylumtrends.data.Measure;
import org.asylumtrends.data.RangeAggregation;
import org.asylumtrends.data.Vintage;
import org.asylumtrends.data.YearRange;
import org.asylumtrends.data.YearSeries;
import org.asylumtrends.data.YearValue;

/** Checks that involve the era table: one year against a whole era, and the date an era began. */
final class EraChecks {
    private EraChecks() {
    }

    /**
     * "The 2022 figure alone matched Hu Jintao's decade": the year against the era's yearly figures summed, under
     * both era conventions and, if the claim names one ({@code also=}), a second measure.
     */
    static ClaimResult yearVsEra(Claim claim, CheckContext cx) {
        Measure m = claim.measure();
        Vintage v = claim.vintage();
        String eraName = claim.parameter("era").orElseThrow();
        Message measureUsed = Message.of("measure.yearVsEra", CheckContext.longName(m), cx.release(v));
        Optional<Era> era = cx.era(claim, eraName);
        if (era.isEmpty()) {
            return cx.notReproducible(claim, measureUsed, Message.of("explain.noEra", eraName, cx.originName(claim)));
        }
        if (!cx.has(claim, m, v)) {
            return cx.missing(claim, m, v);
        }
        int year = claim.articleYear();
        String yearText = Integer.toString(year);
        YearSeries series = cx.series(claim, m, v);
        OptionalDouble value = series.valueIn(year);
        Map<EraConvention, EraSum> totals = totals(series, cx, claim, era.get());
        if (value.isEmpty()) {
            return cx.notReproducible(claim, measureUsed,
                    Message.of("explain.noFigure", m, yearText, cx.originName(claim), cx.release(v)));
        }
        if (totals.size() < EraConvention.values().length) {
            return cx.notReproducible(claim, measureUsed,
                    Message.of("explain.eraIncomplete", m, era.get().label(), cx.originName(claim), cx.release(v)));
        }
        double y = value.getAsDouble();
        EraSum majority = totals.get(EraConvention.MAJORITY_OF_YEAR);
        EraSum yearEnd = totals.get(EraConvention.IN_OFFICE_AT_YEAR_END);
        double a = majority.value();
        double b = yearEnd.value();
        boolean holds = ClaimsCheck.aboutEqual(y, a) || ClaimsCheck.aboutEqual(y, b);
        List<Message> why = new ArrayList<>();
        why.add(Message.of("explain.yearVsEra", yearText, y, m, cx.release(v), era.get(),
                a, majority.years().toString(), b, yearEnd.years().toString(), y / a, y / b));
        if (m.isStock()) {
            why.add(Message.of("explain.stockSum"));
        }
        Optional<Measure> also = claim.parameter("also").flatMap(Measure::byId)
                .filter(other -> cx.has(claim, other, Vintage.LATEST));
        if (also.isPresent()) {
            YearSeries other = cx.series(claim, also.get(), Vintage.LATEST);
            Map<EraConvention, EraSum> otherTotals = totals(other, cx, claim, era.get());
            OptionalDouble otherYear = other.valueIn(year);
            EraSum otherMajority = otherTotals.get(EraConvention.MAJORITY_OF_YEAR);
            if (otherYear.isPresent() && otherMajority != null) {
                double oy = otherYear.getAsDouble();
                double oa = otherMajority.value();
                holds |= otherTotals.values().stream().anyMatch(t -> ClaimsCheck.aboutEqual(oy, t.value()));
                why.add(Message.of("explain.yearVsEraOther", also.get(), yearText, oy, oa, era.get(),
                        otherMajority.years().toString()));
            }
        }
        int eraEnd = Math.max(majority.years().to(), yearEnd.years().to());
        double least = Math.min(a, b);
        Optional<YearValue> reached = series.points().stream()
                .filter(p -> p.year() > eraEnd && p.value() >= least).findFirst();
        why.add(reached.map(p -> Message.of("explain.eraFirstReached", era.get(), Integer.toString(p.year()),
                p.value(), m)).orElse(Message.of("explain.eraNeverReached", era.get(), m)));
        why.add(Message.of(holds ? "explain.aboutEqualHolds" : "explain.aboutEqualFails",
                ClaimsCheck.ABOUT_EQUAL_TOLERANCE));
        Message figure = Message.of("figure.yearVsEraData", yearText, y, era.get(), a,
                majority.years().toString(), b, yearEnd.years().toString());
        return cx.result(claim, holds ? Verdict.MATCHES : Verdict.CANNOT_BE_REPRODUCED, figure, measureUsed, why);
    }

    /** An era's calendar years under a convention and the measure summed over them. */
    private record EraSum(YearRange years, double value) {
    }

    /**
     * The era's yearly figures summed under each convention. A convention is left out when the data do not cover
     * every one of the era's years: a partial sum would pass for the era's total.
     */
    private static Map<EraConvention, EraSum> totals(YearSeries series, CheckContext cx, Claim claim, Era era) {
        Map<EraConvention, EraSum> totals = new EnumMap<>(EraConvention.class);
        Optional<YearRange> available = series.years();
        if (available.isEmpty()) {
            return totals;
        }
        int last = era.endDate().map(d -> d.getYear()).orElse(available.get().to());
        for (EraConvention convention : EraConvention.values()) {
            List<Integer> years = new ArrayList<>();
            for (int y = era.start().getYear(); y <= last; y++) {
                if (cx.eras().eraOf(claim.origin(), y, convention).filter(era::equals).isPresent()) {
                    years.add(y);
                }
            }
            if (years.isEmpty() || years.stream().anyMatch(y -> series.valueIn(y).isEmpty())) {
                continue;
            }
            YearRange range = new YearRange(years.get(0), years.get(years.size() - 1));
            series.over(range, RangeAggregation.SUM_OVER_YEARS).ifPresent(v -> totals.put(convention, new EraSum(range, v)));
        }
        return totals;
    }

    /** "Xi became General Secretary on 15 November 2012", against the era table. */
    static ClaimResult eraStart(Claim claim, CheckContext cx) {
        String eraName = claim.parameter("era").orElseThrow();
        Optional<Era> found = cx.era(claim, eraName);
        if (found.isEmpty()) {
            return cx.notReproducible(claim, Message.of("measure.eraTable", ""),
                    Message.of("explain.noEra", eraName, cx.originName(claim)));
        }
        Era era = found.get();
        boolean matches = era.start().equals(claim.articleDate());
        List<Message> why = new ArrayList<>();
        why.add(matches ? Message.of("explain.eraStartMatches", era, era.start())
                : Message.of("explain.eraStartDiffers", era, era.start(), claim.articleDate()));
        // The year the era began belongs to different leaders under the two conventions: say so, with names.
        int year = era.start().getYear();
        Optional<Era> byMajority = cx.eras().eraOf(claim.origin(), year, EraConvention.MAJORITY_OF_YEAR);
        Optional<Era> byYearEnd = cx.eras().eraOf(claim.origin(), year, EraConvention.IN_OFFICE_AT_YEAR_END);
        if (byMajority.isPresent() && byYearEnd.isPresent() && !byMajority.get().equals(byYearEnd.get())) {
            why.add(Message.of("explain.eraStartYear", Integer.toString(year), byMajority.get(),
                    byYearEnd.get()));
        }
        return cx.result(claim, matches ? Verdict.MATCHES : Verdict.DIFFERS, Message.of("figure.date", era.start()),
                Message.of("measure.eraTable", era.source()), why);
    }
}
