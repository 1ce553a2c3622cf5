package org.asylumtrends.data.claims;

import java.util.ArrayList;
import java.util.List;

/**
 * A "find it" claim: the figure finder says which figure of the data the article's number is. It matches when the
 * best reading needs no slip, differs when it needs one (the article mis-copied a year's figure), and cannot be
 * reproduced when nothing comes within the tolerance; the explanation gives the readings, or the nearest figures.
 */
final class FindCheck {
    /** How many readings after the best one the explanation names. */
    private static final int ALSO = 2;

    private FindCheck() {
    }

    static ClaimResult find(Claim claim, CheckContext cx) {
        FinderResult found = new FigureFinder(cx.data(), cx.eras()).find(claim.articleQuery());
        List<FigureCandidate> readings = found.candidates().stream()
                .filter(c -> claim.measure() == null || c.measure() == claim.measure()).toList();
        List<Message> why = new ArrayList<>();
        if (!found.closeMatch() || readings.isEmpty()) {
            why.add(found.closeMatch() ? Message.of("explain.findNotInMeasure", claim.measure()) : found.summary());
            found.candidates().stream().limit(ALSO + 1).forEach(c -> why.add(Message.of("explain.findNearest", c.sentence())));
            return cx.result(claim, Verdict.CANNOT_BE_REPRODUCED, CheckContext.NO_FIGURE,
                    Message.of("measure.searched"), why);
        }
        FigureCandidate best = readings.get(0);
        why.add(Message.of("explain.found", best.sentence()));
        best.slip().ifPresent(s -> why.add(Message.of("explain.foundSlip", Integer.toString(s.year()), s.slipped(),
                s.data())));
        readings.stream().skip(1).limit(ALSO).forEach(c -> why.add(Message.of("explain.alsoFound", c.sentence())));
        if (best.measure().isStock() && best.aggregation() == FigureAggregation.SUM) {
            why.add(Message.of("explain.stockSum"));
        }
        return cx.result(claim, best.slip().isEmpty() ? Verdict.MATCHES : Verdict.DIFFERS,
                FinderSentences.value(best.aggregation(), best.value()),
                cx.measureInRelease(best.measure(), best.vintage()), why);
    }
}
