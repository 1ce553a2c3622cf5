package org.asylumtrends.data.claims;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.asylumtrends.data.Destination;
import org.asylumtrends.data.DestinationRanking;
import org.asylumtrends.data.Measure;
import org.asylumtrends.data.RangeAggregation;
import org.asylumtrends.data.Vintage;
import org.asylumtrends.data.YearRange;

/**
 * "Top destinations, in order": the article's countries against the data's ranking, matched on ISO3 codes
 * because UNHCR's names differ from the article's ("Rep. of Korea" for South Korea).
 */
final class DestinationCheck {
    /** Enough to rank every country of asylum, so that an article country far down still gets its place. */
    private static final int ALL = 10_000;

    private DestinationCheck() {
    }

    static ClaimResult topDestinations(Claim claim, CheckContext cx) {
        Measure m = claim.measure();
        Vintage v = claim.vintage();
        if (!cx.has(claim, m, v)) {
            return cx.missing(claim, m, v);
        }
        YearRange years = claim.years("years");
        // Summed over the years: how the article reached its totals. For a flow this is the usual total anyway.
        DestinationRanking ranking = DestinationRanking.of(cx.data(), claim.origin(), m, v, years,
                RangeAggregation.SUM_OVER_YEARS, ALL);
        List<Destination> ranked = ranking.top();
        List<String> article = claim.articleIso3();
        int n = article.size();
        List<String> dataTop = ranked.stream().limit(n).map(d -> d.country().iso3()).toList();
        Message measureUsed = Message.of("measure.sumByCountry", CheckContext.longName(m), years.toString(), cx.release(v));
        if (ranked.isEmpty()) {
            return cx.notReproducible(claim, measureUsed,
                    Message.of("explain.noFigure", m, years.toString(), cx.originName(claim), cx.release(v)));
        }
        List<Message> why = new ArrayList<>();
        List<Message> shown = ranked.stream().limit(n + 1)
                .map(d -> Message.of("figure.countryValue", d.country(), d.value())).toList();
        why.add(Message.of("explain.top", m, years.toString(), cx.release(v), shown));
        int agree = 0;
        while (agree < Math.min(n, dataTop.size()) && article.get(agree).equals(dataTop.get(agree))) {
            agree++;
        }
        why.add(Message.of("explain.topAgree", agree, n));
        for (int i = agree; i < n; i++) {
            String code = article.get(i);
            Optional<Integer> place = place(ranked, code);
            if (place.isEmpty()) {
                why.add(Message.of("explain.topAbsent", code, i + 1));
            } else if (place.get() != i + 1) {
                Destination d = ranked.get(place.get() - 1);
                why.add(Message.of("explain.topMoved", d.country(), i + 1, place.get(), d.value()));
            }
        }
        for (int i = 0; i < dataTop.size(); i++) {
            if (!article.contains(dataTop.get(i))) {
                Destination d = ranked.get(i);
                why.add(Message.of("explain.topNotInArticle", d.country(), i + 1, d.value()));
            }
        }
        List<Object> unhcrNames = article.stream().map(code -> place(ranked, code)
                .<Object>map(p -> ranked.get(p - 1).country()).orElse(code)).toList();
        why.add(Message.of("explain.topByCode", unhcrNames));
        return cx.result(claim, dataTop.equals(article) ? Verdict.MATCHES : Verdict.DIFFERS,
                Message.of("figure.list", dataTop), measureUsed, why);
    }

    /** The 1-based place of a country in the ranking. */
    private static Optional<Integer> place(List<Destination> ranked, String iso3) {
        for (int i = 0; i < ranked.size(); i++) {
            if (ranked.get(i).country().iso3().equals(iso3)) {
                return Optional.of(i + 1);
            }
        }
        return Optional.empty();
    }
}
