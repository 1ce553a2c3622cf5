package org.asylumtrends.data.claims;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.asylumtrends.data.Measure;
import org.asylumtrends.data.RangeAggregation;
import org.asylumtrends.data.Vintage;
import org.asylumtrends.data.YearRange;
import org.asylumtrends.data.YearSeries;
import org.asylumtrends.data.YearValue;

/** Checks of a figure in a year, a sum over years, a change between years, stock against flow, a record year. */
final class CountChecks {
    private CountChecks() {
    }

    static ClaimResult yearValue(Claim claim, CheckContext cx) {
        Measure m = claim.measure();
        Vintage v = claim.vintage();
        if (!cx.has(claim, m, v)) {
            return cx.missing(claim, m, v);
        }
        int year = claim.year("year");
        YearSeries series = cx.series(claim, m, v);
        OptionalDouble value = series.valueIn(year);
        if (value.isEmpty()) {
            return noFigure(claim, cx, m, v, Integer.toString(year));
        }
        double data = value.getAsDouble();
        long article = claim.articleCount();
        boolean matches = ClaimsCheck.countMatches(article, data);
        List<Message> why = new ArrayList<>();
        why.add(Message.of("explain.yearValue", m, Integer.toString(year), cx.release(v), data, article,
                Math.abs(Math.round(data) - article), CheckContext.sign(data, article)));
        if (!matches && differsInOneDigit(Math.round(data), article)) {
            why.add(Message.of("explain.oneDigit", Math.round(data), article));
        }
        series.points().stream().filter(p -> p.year() == year && p.preliminary()).findFirst().ifPresent(p ->
                why.add(Message.of(cx.midYear(v) ? "explain.midYear" : "explain.preliminary",
                        Integer.toString(year), cx.release(v))));
        claim.release("compare-release").filter(other -> !cx.effective(other).equals(cx.effective(v)) && cx.has(claim, m, other)).ifPresent(other ->
                cx.series(claim, m, other).valueIn(year).ifPresent(o -> why.add(Message.of("explain.otherRelease",
                        cx.release(other), o, Integer.toString(year), Math.abs(Math.round(o - data)),
                        CheckContext.sign(o, data)))));
        return cx.result(claim, matches ? Verdict.MATCHES : Verdict.DIFFERS, Message.of("figure.count", data),
                cx.measureInRelease(m, v), why);
    }

    static ClaimResult sumOverYears(Claim claim, CheckContext cx) {
        Measure m = claim.measure();
        Vintage v = claim.vintage();
        if (!cx.has(claim, m, v)) {
            return cx.missing(claim, m, v);
        }
        YearRange years = claim.years("years");
        YearSeries series = cx.series(claim, m, v);
        Message measureUsed = Message.of("measure.sum", CheckContext.longName(m), years.toString(), cx.release(v));
        Optional<Integer> gap = years.years().filter(y -> series.valueIn(y).isEmpty()).boxed().findFirst();
        if (gap.isPresent()) {
            return noFigure(claim, cx, m, v, Integer.toString(gap.get()));
        }
        double data = series.over(years, RangeAggregation.SUM_OVER_YEARS).orElse(0);
        long article = claim.articleCount();
        List<Message> why = new ArrayList<>();
        why.add(Message.of("explain.sum", m, years.toString(), cx.release(v), data, article,
                Math.abs(Math.round(data) - article), CheckContext.sign(data, article)));
        // The article's total may carry its own figure for one year (2012: 12,362 for 15,362); show the sum with it.
        cx.referenced(claim, "article-claim").filter(r -> r.check() == CheckKind.YEAR_VALUE).ifPresent(r -> {
            int year = r.year("year");
            OptionalDouble inData = series.valueIn(year);
            if (years.contains(year) && inData.isPresent() && Math.round(inData.getAsDouble()) != r.articleCount()) {
                double adjusted = data - inData.getAsDouble() + r.articleCount();
                why.add(Message.of("explain.sumWithArticleYear", Integer.toString(year), r.articleCount(),
                        inData.getAsDouble(), adjusted, Math.abs(Math.round(adjusted) - article),
                        CheckContext.sign(adjusted, article)));
                if (ClaimsCheck.countMatches(article, adjusted)) {
                    why.add(Message.of("explain.sumCarriesArticleYear", Integer.toString(year)));
                }
            }
        });
        if (m.isStock()) {
            why.add(Message.of("explain.stockSum"));
        }
        return cx.result(claim, ClaimsCheck.countMatches(article, data) ? Verdict.MATCHES : Verdict.DIFFERS,
                Message.of("figure.count", data), measureUsed, why);
    }

    static ClaimResult percentIncrease(Claim claim, CheckContext cx) {
        Measure m = claim.measure();
        Vintage v = claim.vintage();
        if (!cx.has(claim, m, v)) {
            return cx.missing(claim, m, v);
        }
        int from = claim.year("from");
        int to = claim.year("to");
        YearSeries series = cx.series(claim, m, v);
        OptionalDouble first = series.valueIn(from);
        OptionalDouble last = series.valueIn(to);
        if (first.isEmpty() || last.isEmpty() || first.getAsDouble() == 0) {
            return noFigure(claim, cx, m, v, first.isEmpty() || first.getAsDouble() == 0
                    ? Integer.toString(from) : Integer.toString(to));
        }
        double ratio = last.getAsDouble() / first.getAsDouble();
        double article = claim.articlePercent();
        String fromYear = Integer.toString(from);
        String toYear = Integer.toString(to);
        List<Message> why = new ArrayList<>();
        why.add(Message.of("explain.increase", first.getAsDouble(), fromYear, last.getAsDouble(), toYear,
                cx.release(v), ratio - 1, ratio));
        Optional<Claim> fromClaim = cx.referenced(claim, "from-claim").filter(c -> c.check().figure()
                == CheckKind.ArticleFigure.COUNT);
        Optional<Claim> toClaim = cx.referenced(claim, "to-claim").filter(c -> c.check().figure()
                == CheckKind.ArticleFigure.COUNT);
        if (fromClaim.isPresent() && toClaim.isPresent() && fromClaim.get().articleCount() > 0) {
            double a = fromClaim.get().articleCount();
            double b = toClaim.get().articleCount();
            boolean ratioRead = ClaimsCheck.percentMatches(article, b / a)
                    && !ClaimsCheck.percentMatches(article, b / a - 1);
            why.add(Message.of(ratioRead ? "explain.increaseIsRatio" : "explain.increaseFromArticle",
                    (long) b, (long) a, b / a, toYear, fromYear, b / a - 1));
        }
        return cx.result(claim, ClaimsCheck.percentMatches(article, ratio - 1) ? Verdict.MATCHES : Verdict.DIFFERS,
                Message.of("figure.percent", ratio - 1), Message.of("measure.change", CheckContext.longName(m), fromYear, toYear,
                        cx.release(v)), why);
    }

    static ClaimResult stockVsFlow(Claim claim, CheckContext cx) {
        Measure flow = claim.measure();
        Vintage v = claim.vintage();
        if (!cx.has(claim, flow, v)) {
            return cx.missing(claim, flow, v);
        }
        int year = claim.year("year");
        String yearText = Integer.toString(year);
        YearSeries series = cx.series(claim, flow, v);
        OptionalDouble value = series.valueIn(year);
        if (value.isEmpty()) {
            return noFigure(claim, cx, flow, v, yearText);
        }
        long article = claim.articleCount();
        double data = value.getAsDouble();
        boolean matches = ClaimsCheck.countMatches(article, data);
        List<Message> why = new ArrayList<>();
        Vintage stockRelease = claim.release("stock-release").orElse(v);
        if (!matches && cx.has(claim, Measure.ASYLUM_SEEKERS, stockRelease)) {
            OptionalDouble stock = cx.series(claim, Measure.ASYLUM_SEEKERS, stockRelease).valueIn(year);
            if (stock.isPresent() && ClaimsCheck.countMatches(article, stock.getAsDouble())) {
                why.add(Message.of("explain.appliedIsStock", article, yearText, cx.release(stockRelease)));
            }
        }
        why.add(Message.of("explain.flow", flow, yearText, data, cx.release(v), data / article));
        if (claim.parameter("years").isPresent()) {
            YearRange years = claim.years("years");
            series.over(years, RangeAggregation.SUM_OVER_YEARS).ifPresent(sum ->
                    why.add(Message.of("explain.flowOverYears", years.toString(), sum)));
        }
        if (matches) {
            why.add(Message.of("explain.appliedMatches"));
        }
        return cx.result(claim, matches ? Verdict.MATCHES : Verdict.DIFFERS,
                Message.of("figure.inYear", data, yearText), cx.measureInRelease(flow, v), why);
    }

    static ClaimResult recordYear(Claim claim, CheckContext cx) {
        Measure m = claim.measure();
        Vintage v = claim.vintage();
        if (!cx.has(claim, m, v)) {
            return cx.missing(claim, m, v);
        }
        int year = claim.articleYear();
        String yearText = Integer.toString(year);
        YearSeries series = cx.series(claim, m, v);
        OptionalDouble value = series.valueIn(year);
        if (value.isEmpty()) {
            return noFigure(claim, cx, m, v, yearText);
        }
        Comparator<YearValue> byValue = Comparator.comparingDouble(YearValue::value);
        YearValue highest = series.points().stream().max(byValue).orElseThrow();
        boolean record = highest.value() <= value.getAsDouble();
        String span = series.years().orElseThrow().toString();
        List<Message> why = new ArrayList<>();
        Message figure;
        if (record) {
            Optional<YearValue> next = series.points().stream().filter(p -> p.year() != year).max(byValue);
            why.add(Message.of("explain.record", value.getAsDouble(), m, cx.release(v), yearText, span,
                    next.map(p -> Integer.toString(p.year())).orElse(""), next.map(YearValue::value).orElse(0.0)));
            figure = Message.of("figure.recordYes", yearText, value.getAsDouble());
        } else {
            why.add(Message.of("explain.notRecord", value.getAsDouble(), m, cx.release(v), yearText, span,
                    Integer.toString(highest.year()), highest.value()));
            figure = Message.of("figure.recordNo", yearText, value.getAsDouble(), Integer.toString(highest.year()),
                    highest.value());
        }
        // A prediction made from a preliminary release: was the year already above every earlier one there?
        claim.release("compare-release").filter(o -> !cx.effective(o).equals(cx.effective(v)) && cx.has(claim, m, o)).ifPresent(o -> {
            YearSeries earlier = cx.series(claim, m, o);
            earlier.valueIn(year).ifPresent(then -> {
                Optional<YearValue> before = earlier.points().stream().filter(p -> p.year() < year).max(byValue);
                before.ifPresent(b -> why.add(Message.of(then > b.value() ? "explain.recordAlready"
                        : "explain.recordNotYet", cx.release(o), yearText, then, Integer.toString(b.year()), b.value())));
            });
        });
        return cx.result(claim, record ? Verdict.MATCHES : Verdict.DIFFERS, figure, cx.measureInRelease(m, v), why);
    }

    private static ClaimResult noFigure(Claim claim, CheckContext cx, Measure m, Vintage v, String year) {
        return cx.notReproducible(claim, cx.measureInRelease(m, v),
                Message.of("explain.noFigure", m, year, cx.originName(claim), cx.release(v)));
    }

    /** 15,362 against 12,362: same length, one digit different, the mark of a copying slip. */
    static boolean differsInOneDigit(long a, long b) {
        String x = Long.toString(a);
        String y = Long.toString(b);
        if (x.length() != y.length()) {
            return false;
        }
        int differences = 0;
        for (int i = 0; i < x.length(); i++) {
            if (x.charAt(i) != y.charAt(i)) {
                differences++;
            }
        }
        return differences == 1;
    }
}
