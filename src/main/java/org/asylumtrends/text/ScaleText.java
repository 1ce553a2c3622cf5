package org.asylumtrends.text;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.asylumtrends.data.ChartData;
import org.asylumtrends.data.Measure;
import org.asylumtrends.data.ScaledPoint;
import org.asylumtrends.data.Scale;
import org.asylumtrends.data.TrendLine;

/** The words of a {@link Scale} (issue 15): its name, the axis title naming it, why a value is undefined on it. */
public final class ScaleText {
    private ScaleText() {
    }

    /** "Linear", "Log", "Indexed", "Per 100,000"; keys written out whole so the key check finds them. */
    public static String name(Scale scale) {
        return switch (scale) {
            case LINEAR -> Messages.get("scale.linear");
            case LOG -> Messages.get("scale.log");
            case INDEXED -> Messages.get("scale.indexed");
            case PER_100K -> Messages.get("scale.per100k");
        };
    }

    /** The value axis' title: the measure's, with the scale named unless it is linear. */
    public static String axisTitle(Measure measure, Scale scale, int baseYear) {
        String m = Messages.measureAxis(measure);
        return switch (scale) {
            case LINEAR -> m;
            case LOG -> Messages.format("scale.axis.log", m);
            case INDEXED -> Messages.format("scale.axis.indexed", Messages.measureName(measure), baseYear);
            case PER_100K -> Messages.format("scale.axis.per100k", Messages.measureName(measure));
        };
    }

    /**
     * The axis title, longest first, for plots ever shorter: the whole title, without what is in brackets, short
     * ("Asylum-seekers per 100k", "Asylum-seekers, log"), then the scale alone ("Per 100k"; the chart's title names
     * the measure). The selectors beside the chart and every export keep the whole title.
     */
    public static List<String> axisTitles(Measure measure, Scale scale, int baseYear) {
        String whole = axisTitle(measure, scale, baseYear);
        String m = Messages.measureName(measure);
        List<String> titles = new ArrayList<>(List.of(whole));
        if (scale != Scale.INDEXED) { // an index without its base year ("…, index") says nothing: the short form keeps it
            titles.add(whole.replaceAll("\\s*[(\uff08][^)\uff09]*[)\uff09]", ""));
        }
        switch (scale) {
            case LINEAR -> titles.add(m);
            case LOG -> titles.addAll(List.of(Messages.format("scale.axis.log.short", m), Messages.get("scale.axis.log.alone")));
            case INDEXED -> titles.add(Messages.format("scale.axis.indexed.short", m, baseYear));
            case PER_100K -> titles.addAll(List.of(Messages.format("scale.axis.per100k.short", m),
                    Messages.get("scale.axis.per100k.alone")));
        }
        // Each shorter than the one before: the measure's name can be longer than its axis title ("Recognition rate
        // of claims" against "Total recognition rate"), and the last is what a plot too short for all gets.
        List<String> shorter = new ArrayList<>();
        for (String t : titles) {
            if (shorter.isEmpty() || t.length() < shorter.get(shorter.size() - 1).length()) {
                shorter.add(t);
            }
        }
        return List.copyOf(shorter);
    }

    /** Why a point has no value on its scale, e.g. "no index: the figure in 2012 is 0". */
    public static String undefined(ScaledPoint.Undefined why, int baseYear) {
        return switch (why) {
            case NONE -> "";
            case NO_BASE -> Messages.format("scale.undefined.noBase", baseYear);
            case BASE_ZERO -> Messages.format("scale.undefined.baseZero", baseYear);
            case NO_POPULATION -> Messages.get("scale.undefined.noPopulation");
            case NOT_A_COUNT -> Messages.get("scale.undefined.notACount");
            case ZERO_ON_LOG -> Messages.get("scale.undefined.zeroOnLog");
        };
    }

    /**
     * What the chart cannot draw on its scale, said under it rather than dropped silently: "No value on this scale:
     * China 2003, 2004 (0 cannot be drawn on a log scale)." Runs of three years or more are ranges, and lines
     * missing the same years for the same reason are named together ("China, Russia 2012–2024 (no population
     * figure)"): eight lines without a population once listed 104 years, and the note took the plot's height.
     * Empty when every figure is drawn.
     */
    public static Optional<String> note(ChartData data) {
        Map<String, List<String>> namesByGap = new LinkedHashMap<>(); // "2012–2024 (why)" -> the lines' names
        int base = data.selected().from();
        for (TrendLine line : data.lines().lines()) {
            Map<ScaledPoint.Undefined, List<Integer>> years = new LinkedHashMap<>();
            line.points().stream().filter(p -> !p.isDefined())
                    .forEach(p -> years.computeIfAbsent(p.undefined(), k -> new ArrayList<>()).add(p.year()));
            years.forEach((why, ys) -> namesByGap.computeIfAbsent(years(ys) + " (" + undefined(why, base) + ")",
                    k -> new ArrayList<>()).add(Messages.countryShortName(line.country())));
        }
        List<String> parts = new ArrayList<>();
        namesByGap.forEach((gap, names) -> parts.add(String.join(Messages.get("list.separator"), names) + " " + gap));
        return parts.isEmpty() ? Optional.empty()
                : Optional.of(Messages.format("scale.note.undefined", String.join(Messages.get("list.semicolon"), parts)));
    }

    /** Ascending years as "2003, 2004" and runs of three or more as "2012–2024": "2000, 2003–2010, 2012". */
    static String years(java.util.Collection<Integer> years) {
        List<Integer> ascending = List.copyOf(new java.util.TreeSet<>(years));
        List<String> out = new ArrayList<>();
        int i = 0;
        while (i < ascending.size()) {
            int j = i;
            while (j + 1 < ascending.size() && ascending.get(j + 1) == ascending.get(j) + 1) {
                j++;
            }
            if (j - i >= 2) {
                out.add(ascending.get(i) + "\u2013" + ascending.get(j));
            } else {
                for (int k = i; k <= j; k++) {
                    out.add(String.valueOf(ascending.get(k)));
                }
            }
            i = j + 1;
        }
        return String.join(Messages.get("list.separator"), out);
    }

    /** The population's credit line for a figure on the per-100,000 scale, else empty. */
    public static Optional<String> populationCredit(ChartData data) {
        return data.lines().usesPopulation() && !data.lines().populationSource().isBlank()
                ? Optional.of(Messages.format("scale.source.population", data.lines().populationSource()))
                : Optional.empty();
    }
}
