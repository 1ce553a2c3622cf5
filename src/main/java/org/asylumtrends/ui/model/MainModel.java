package org.asylumtrends.ui.model;

import java.util.List;
import java.util.Objects;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.asylumtrends.data.AsylumDataset;
import org.asylumtrends.data.ChartData;
import org.asylumtrends.data.Country;
import org.asylumtrends.data.Editorial;
import org.asylumtrends.data.EraConvention;
import org.asylumtrends.data.EraTable;
import org.asylumtrends.data.ListedSeries;
import org.asylumtrends.data.Measure;
import org.asylumtrends.data.Population;
import org.asylumtrends.data.RangeAggregation;
import org.asylumtrends.data.Selection;
import org.asylumtrends.data.Vintage;
import org.asylumtrends.data.YearRange;

/**
 * The state of the main window: which data are shown, the {@link Selection} the user is looking at, and the
 * {@link ChartData} derived from the two. Views read the properties and change state only through the commands,
 * each of which replaces the selection as a whole. Lives on the FX thread; the derived data is cheap (thousands
 * of rows), the loading is not and happens elsewhere.
 */
public final class MainModel {
    // Properties
    private final ReadOnlyObjectWrapper<AsylumDataset> dataset = new ReadOnlyObjectWrapper<>(this, "dataset");
    private final ReadOnlyObjectWrapper<EraTable> eras = new ReadOnlyObjectWrapper<>(this, "eras", EraTable.empty());
    private final ReadOnlyObjectWrapper<Selection> selection =
            new ReadOnlyObjectWrapper<>(this, "selection", Selection.DEFAULT);
    private final ReadOnlyObjectWrapper<ChartData> chartData = new ReadOnlyObjectWrapper<>(this, "chartData");
    private final ReadOnlyObjectWrapper<Population> population =
            new ReadOnlyObjectWrapper<>(this, "population", Population.NONE);
    /** What the author wrote beside the selection: texts and annotations (issue 17). */
    private final ReadOnlyObjectWrapper<Editorial> editorial =
            new ReadOnlyObjectWrapper<>(this, "editorial", Editorial.NONE);
    /**
     * The countries the user listed last, kept while data without them are shown, e.g. the bundled data at start.
     * Not a copy of the selection's list: it outlives data that lack some of them, which the selection cannot.
     */
    private Selection preferred = Selection.DEFAULT;

    public ReadOnlyObjectProperty<AsylumDataset> datasetProperty() {
        return dataset.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<EraTable> erasProperty() {
        return eras.getReadOnlyProperty();
    }

    /** What is shown: the origin in the data, a measure they have, the years clamped to theirs. */
    public ReadOnlyObjectProperty<Selection> selectionProperty() {
        return selection.getReadOnlyProperty();
    }

    /** What the charts show; null until a dataset is loaded. */
    public ReadOnlyObjectProperty<ChartData> chartDataProperty() {
        return chartData.getReadOnlyProperty();
    }

    /** The population figures "per 100,000" divides by; none until they are loaded. */
    public ReadOnlyObjectProperty<Population> populationProperty() {
        return population.getReadOnlyProperty();
    }

    public ChartData getChartData() {
        return chartData.get();
    }

    public AsylumDataset getDataset() {
        return dataset.get();
    }

    public Selection getSelection() {
        return selection.get();
    }

    /** The author's headline, subtitle, notes, byline, alt text and annotations; empty texts are generated. */
    public ReadOnlyObjectProperty<Editorial> editorialProperty() {
        return editorial.getReadOnlyProperty();
    }

    public Editorial getEditorial() {
        return editorial.get();
    }

    // Commands

    /**
     * Shows a newly loaded dataset; keeps the countries listed last that are in the data, else those shown, else
     * China, else the first origin.
     */
    public void showDataset(AsylumDataset data, EraTable eraTable) {
        Objects.requireNonNull(data, "data");
        Objects.requireNonNull(eraTable, "eraTable");
        Selection current = selection.get();
        Selection next = listedIn(data, preferred);
        if (next == null) {
            next = listedIn(data, current);
        }
        if (next == null) {
            String fallback = Selection.DEFAULT.origin();
            next = current.withOrigin(data.origin(fallback).isPresent() ? fallback : data.origins().get(0).iso3());
        }
        Measure nextMeasure = current.measure();
        if (!data.has(nextMeasure, Vintage.LATEST) && !data.measures().isEmpty()) {
            nextMeasure = data.measures().get(0);
        }
        next = next.withMeasure(nextMeasure).withScale(current.scale()).withYears(current.years())
                .withAggregation(current.aggregation()).withConvention(current.convention());
        // Computed before anything changes: if the new data cannot be shown, the old stay, status bar included.
        ChartData view = ChartData.of(data, eraTable, next, population.get());
        eras.set(eraTable);
        dataset.set(data);
        apply(next, view);
    }

    /**
     * The population figures for "per 100,000" (World Bank), loaded in the background: the lines are computed
     * again with them.
     */
    public void showPopulation(Population figures) {
        population.set(Objects.requireNonNull(figures, "figures"));
        if (dataset.get() != null) {
            apply(selection.get(), ChartData.of(dataset.get(), eras.get(), selection.get(), figures));
        }
    }

    /**
     * Replaces the selection, e.g. with the one saved at the last run. Before any data are loaded it is taken as
     * it is and shown once they are (its countries too, whenever data that have them are loaded); with data shown,
     * listed countries they lack are left out, and if none is left the countries shown stay.
     */
    public void select(Selection wanted) {
        Objects.requireNonNull(wanted, "wanted");
        AsylumDataset data = dataset.get();
        if (data == null) {
            preferred = wanted;
            selection.set(wanted);
            return;
        }
        Selection next = listedIn(data, wanted);
        if (next == null) {
            Selection shown = selection.get();
            next = shown.isAsylumView() ? wanted.withAsylums(shown.asylums()) : wanted.withOrigins(shown.origins());
        } else {
            preferred = wanted;
        }
        if (!next.equals(selection.get())) {
            apply(next, ChartData.of(data, eras.get(), next, population.get()));
        }
    }

    /** {@code s} with only the listed countries the data have, or null when they have none of them. */
    private static Selection listedIn(AsylumDataset data, Selection s) {
        List<String> kept = s.listed().stream().filter(c -> ListedSeries.isListable(data, s.isAsylumView(), c))
                .toList();
        if (kept.isEmpty()) {
            return null;
        }
        return s.isAsylumView() ? s.withAsylums(kept) : s.withOrigins(kept);
    }

    /** Replaces what the author wrote, as a whole (one undo step). */
    public void edit(Editorial written) {
        editorial.set(Objects.requireNonNull(written, "written"));
    }

    public void selectOrigin(String iso3) {
        if (dataset.get() != null && Country.isIso3(iso3) && dataset.get().origin(iso3).isPresent()) {
            select(selection.get().withOrigin(iso3));
        }
    }

    public void selectMeasure(Measure m) {
        if (m != null) {
            select(selection.get().withMeasure(m));
        }
    }

    public void selectAggregation(RangeAggregation a) {
        if (a != null) {
            select(selection.get().withAggregation(a));
        }
    }

    public void selectConvention(EraConvention c) {
        if (c != null) {
            select(selection.get().withConvention(c));
        }
    }

    /** Selects whole years; called live while the slider is dragged, so it does nothing if the years are the same. */
    public void selectYears(int from, int to) {
        select(selection.get().withYears(new YearRange(Math.min(from, to), Math.max(from, to))));
    }

    /** The selection as shown: its years are those the view could show (clamped to the data). */
    private void apply(Selection next, ChartData view) {
        selection.set(next.withYears(view.selected()));
        chartData.set(view);
    }
}
