package org.asylumtrends.data;

import java.util.List;
import java.util.Objects;

/**
 * What the user is looking at: the countries of origin or of asylum, the measure, how a stock is aggregated over
 * the years, the years, the era convention and the scale. The window's model holds one, preferences store one,
 * and every command builds one from its options; nothing else keeps a part of it. Immutable: a change is a new
 * selection.
 * <p>
 * A view has one entry side. "From China" lists origins and leaves {@code asylums} empty (every country of
 * asylum: the bars say where they went); "in the Republic of Korea" lists countries of asylum and leaves
 * {@code origins} empty (every origin: the bars say where they came from). The listed countries are the lines
 * of the trend chart, up to {@link #MAX_COMPARED}; the first is the one the bars and the summary are about.
 *
 * @param origins     ISO3 codes of origins, the one shown first; empty in an "in" view
 * @param asylums     ISO3 codes of countries of asylum, the one shown first; empty in a "from" view
 * @param aggregation the user's choice, kept for the next stock while a flow is shown (flows always sum)
 * @param years       the years asked for; a view clamps them to the years the data have
 * @param scale       how the lines are drawn: counts on a linear or log axis, indexed, or per 100,000
 */
public record Selection(List<String> origins, List<String> asylums, Measure measure, RangeAggregation aggregation,
                        YearRange years, EraConvention convention, Scale scale) {
    /** How many lines one chart compares: eight colours of the Okabe–Ito palette tell apart. */
    public static final int MAX_COMPARED = 8;

    /**
     * The article's view, which the app opens with and a command uses unless told otherwise: China,
     * asylum-seekers, 2012–2024, the last year's stock, eras by majority of the year. The only place it is written.
     */
    public static final Selection DEFAULT = new Selection(List.of("CHN"), List.of(), Measure.ASYLUM_SEEKERS,
            RangeAggregation.LAST_YEAR, new YearRange(2012, 2024), EraConvention.MAJORITY_OF_YEAR, Scale.LINEAR);

    public Selection {
        origins = List.copyOf(origins);
        asylums = List.copyOf(asylums);
        if (origins.isEmpty() == asylums.isEmpty()) {
            throw new IllegalArgumentException("a selection lists origins or countries of asylum, not both or none: "
                    + origins + " " + asylums);
        }
        List<String> listed = origins.isEmpty() ? asylums : origins;
        if (listed.size() > MAX_COMPARED) {
            throw new IllegalArgumentException("at most " + MAX_COMPARED + " countries are compared: " + listed);
        }
        for (String iso3 : listed) {
            if (!Country.isIso3(iso3)) {
                throw new IllegalArgumentException("not an ISO3 code: '" + iso3 + "'");
            }
        }
        if (listed.stream().distinct().count() != listed.size()) {
            throw new IllegalArgumentException("a country is given twice: " + listed);
        }
        Objects.requireNonNull(measure, "measure");
        Objects.requireNonNull(aggregation, "aggregation");
        Objects.requireNonNull(years, "years");
        Objects.requireNonNull(convention, "convention");
        Objects.requireNonNull(scale, "scale");
    }

    /** A "from" view of origins on a linear scale, as every selection was before views "in" a country. */
    public Selection(List<String> origins, Measure measure, RangeAggregation aggregation, YearRange years,
                     EraConvention convention) {
        this(origins, List.of(), measure, aggregation, years, convention, Scale.LINEAR);
    }

    /** Whether this is an "in" view: countries of asylum listed, every origin counted. */
    public boolean isAsylumView() {
        return origins.isEmpty();
    }

    /** The countries listed on the entry side: the lines of the trend chart, the first shown first. */
    public List<String> listed() {
        return origins.isEmpty() ? asylums : origins;
    }

    /** The origin shown (the first). Only for a "from" view; an "in" view has none. */
    public String origin() {
        if (origins.isEmpty()) {
            throw new IllegalStateException("an \"in\" view has no origin: " + asylums);
        }
        return origins.get(0);
    }

    /** This selection as a "from" view of one origin instead of what it lists. */
    public Selection withOrigin(String iso3) {
        return withOrigins(List.of(iso3));
    }

    /** This selection as a "from" view of these origins (up to {@link #MAX_COMPARED}). */
    public Selection withOrigins(List<String> iso3) {
        return new Selection(iso3, List.of(), measure, aggregation, years, convention, scale);
    }

    /** This selection as an "in" view of these countries of asylum (up to {@link #MAX_COMPARED}). */
    public Selection withAsylums(List<String> iso3) {
        return new Selection(List.of(), iso3, measure, aggregation, years, convention, scale);
    }

    /**
     * The measure; a rate (recognition) on the per-100,000 scale goes linear: a share of decisions is no count of
     * people to divide by a population, and the view drew an empty chart titled "…per 100k" crediting the World Bank.
     */
    public Selection withMeasure(Measure m) {
        Scale s = scale.appliesTo(m) ? scale : Scale.LINEAR;
        return new Selection(origins, asylums, m, aggregation, years, convention, s);
    }

    public Selection withAggregation(RangeAggregation a) {
        return new Selection(origins, asylums, measure, a, years, convention, scale);
    }

    public Selection withYears(YearRange y) {
        return new Selection(origins, asylums, measure, aggregation, y, convention, scale);
    }

    public Selection withConvention(EraConvention c) {
        return new Selection(origins, asylums, measure, aggregation, years, c, scale);
    }

    public Selection withScale(Scale s) {
        return new Selection(origins, asylums, measure, aggregation, years, convention, s);
    }
}
