package org.asylumtrends.export;

import java.util.Comparator;
import java.util.List;
import org.asylumtrends.data.ChartData;
import org.asylumtrends.data.Destination;
import org.asylumtrends.data.Measure;
import org.asylumtrends.data.RangeAggregation;
import org.asylumtrends.data.YearValue;
import org.asylumtrends.text.Formats;
import org.asylumtrends.text.Messages;

/**
 * A sentence that tells a reader who cannot see the chart what it shows, computed from the chart's data: what is
 * counted and from where, the first and last years' figures, the peak if it lies between them, and the share of
 * the largest country of asylum. "Asylum-seekers from China rose from 15,362 at the end of 2012 to 180,960 at the
 * end of 2024; the United States held 82% of them."
 */
public final class AltText {
    /** A change of less than this share either way reads as "stayed near". */
    private static final double FLAT = 0.05;

    private AltText() {
    }

    public static String of(ChartData data) {
        Measure m = data.measure();
        String what = Messages.measureName(m);
        String origin = Messages.countryShortName(data.origin());
        List<YearValue> points = data.points();
        if (points.isEmpty()) {
            return Messages.format("alt.none", what, origin, data.selected().toString());
        }
        YearValue first = points.get(0);
        YearValue last = points.get(points.size() - 1);
        StringBuilder s = new StringBuilder();
        if (points.size() == 1) {
            s.append(Messages.format("alt.single", what, origin, value(m, last), when(m, last.year())));
        } else {
            String verb = last.value() > first.value() * (1 + FLAT) ? Messages.get("alt.verb.rose")
                    : last.value() < first.value() * (1 - FLAT) ? Messages.get("alt.verb.fell")
                    : Messages.get("alt.verb.flat");
            s.append(Messages.format("alt.trend", what, origin, verb, value(m, first), when(m, first.year()),
                    value(m, last), when(m, last.year())));
            YearValue peak = points.stream().max(Comparator.comparingDouble(YearValue::value)).orElseThrow();
            if (peak.year() != first.year() && peak.year() != last.year() && peak.value() > last.value()) {
                s.append(Messages.format("alt.peak", value(m, peak), when(m, peak.year())));
            }
        }
        List<Destination> top = data.ranking().top();
        if (!top.isEmpty() && m.kind() != Measure.Kind.RATE && Double.isFinite(top.get(0).share())) {
            String country = inSentence(top.get(0).country());
            String share = Formats.percent(top.get(0).share(), 0);
            if (!m.isStock()) {
                s.append(Messages.format("alt.top.flow", country, share));
            } else if (data.aggregation() == RangeAggregation.SUM_OVER_YEARS) {
                s.append(Messages.format("alt.top.sum", country, share));
            } else {
                s.append(Messages.format("alt.top.stock", country, share));
            }
        }
        return s.append(Messages.get("alt.end")).toString();
    }

    /** "the United States", "China": the article some names take in the middle of a sentence. */
    static String inSentence(org.asylumtrends.data.Country c) {
        boolean the = java.util.Arrays.asList(Messages.get("alt.country.theCodes").split(",")).contains(c.iso3());
        return the ? Messages.format("alt.country.the", Messages.countryShortName(c)) : Messages.countryShortName(c);
    }

    private static String value(Measure m, YearValue p) {
        String v = Formats.value(m, p.value());
        return p.preliminary() ? Messages.format("alt.preliminary", v) : v;
    }

    /** "at the end of 2012" for a stock, "in 2012" for a flow or rate. */
    private static String when(Measure m, int year) {
        return m.isStock() ? Messages.format("alt.when.stock", year) : Messages.format("alt.when.flow", year);
    }
}
