package org.asylumtrends.ui.model;

import java.util.Objects;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.asylumtrends.data.AsylumDataset;
import org.asylumtrends.data.ChartData;
import org.asylumtrends.data.DefaultSelection;
import org.asylumtrends.data.EraConvention;
import org.asylumtrends.data.EraTable;
import org.asylumtrends.data.Measure;
import org.asylumtrends.data.RangeAggregation;
import org.asylumtrends.data.YearRange;

/**
 * The state of the main window: which data, origin, measure, aggregation and years are shown, and the
 * {@link ChartData} derived from them. Views read the properties and change state only through the commands.
 * Lives on the FX thread; the derived data is cheap (thousands of rows), the loading is not and happens elsewhere.
 */
public final class MainModel {
    /** The article's view: China, asylum-seekers, 2012–2024. */
    public static final String DEFAULT_ORIGIN = DefaultSelection.ORIGIN;
    public static final Measure DEFAULT_MEASURE = DefaultSelection.MEASURE;
    public static final YearRange DEFAULT_YEARS = DefaultSelection.YEARS;

    // Properties
    private final ReadOnlyObjectWrapper<AsylumDataset> dataset = new ReadOnlyObjectWrapper<>(this, "dataset");
    private final ReadOnlyObjectWrapper<EraTable> eras = new ReadOnlyObjectWrapper<>(this, "eras", EraTable.empty());
    private final ReadOnlyObjectWrapper<String> origin = new ReadOnlyObjectWrapper<>(this, "origin", DEFAULT_ORIGIN);
    private final ReadOnlyObjectWrapper<Measure> measure = new ReadOnlyObjectWrapper<>(this, "measure", DEFAULT_MEASURE);
    private final ReadOnlyObjectWrapper<RangeAggregation> aggregation =
            new ReadOnlyObjectWrapper<>(this, "aggregation", RangeAggregation.LAST_YEAR);
    private final ReadOnlyObjectWrapper<YearRange> selectedYears =
            new ReadOnlyObjectWrapper<>(this, "selectedYears", DEFAULT_YEARS);
    private final ReadOnlyObjectWrapper<EraConvention> convention =
            new ReadOnlyObjectWrapper<>(this, "convention", EraConvention.MAJORITY_OF_YEAR);
    private final ReadOnlyObjectWrapper<ChartData> chartData = new ReadOnlyObjectWrapper<>(this, "chartData");
    /** The origin the user chose last, kept while data without it are shown, e.g. the bundled data at start. */
    private String preferredOrigin = DEFAULT_ORIGIN;

    public ReadOnlyObjectProperty<AsylumDataset> datasetProperty() {
        return dataset.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<EraTable> erasProperty() {
        return eras.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<String> originProperty() {
        return origin.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Measure> measureProperty() {
        return measure.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<RangeAggregation> aggregationProperty() {
        return aggregation.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<YearRange> selectedYearsProperty() {
        return selectedYears.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<EraConvention> conventionProperty() {
        return convention.getReadOnlyProperty();
    }

    /** What the charts show; null until a dataset is loaded. */
    public ReadOnlyObjectProperty<ChartData> chartDataProperty() {
        return chartData.getReadOnlyProperty();
    }

    public ChartData getChartData() {
        return chartData.get();
    }

    public AsylumDataset getDataset() {
        return dataset.get();
    }

    public Measure getMeasure() {
        return measure.get();
    }

    public YearRange getSelectedYears() {
        return selectedYears.get();
    }

    public RangeAggregation getAggregation() {
        return aggregation.get();
    }

    // Commands

    /** Shows a newly loaded dataset; keeps the origin if it is in the data, else China, else the first origin. */
    public void showDataset(AsylumDataset data, EraTable eraTable) {
        Objects.requireNonNull(data, "data");
        Objects.requireNonNull(eraTable, "eraTable");
        String nextOrigin = data.origin(preferredOrigin).isPresent() ? preferredOrigin : origin.get();
        if (data.origin(nextOrigin).isEmpty()) {
            nextOrigin = data.origin(DEFAULT_ORIGIN).isPresent() ? DEFAULT_ORIGIN : data.origins().get(0).iso3();
        }
        Measure nextMeasure = measure.get();
        if (!data.has(nextMeasure, org.asylumtrends.data.Vintage.LATEST) && !data.measures().isEmpty()) {
            nextMeasure = data.measures().get(0);
        }
        // Computed before anything changes: if the new data cannot be shown, the old stay, status bar included.
        ChartData next = ChartData.of(data, eraTable, nextOrigin, nextMeasure, aggregation.get(), selectedYears.get(),
                convention.get());
        eras.set(eraTable);
        dataset.set(data);
        origin.set(nextOrigin);
        measure.set(nextMeasure);
        if (!next.selected().equals(selectedYears.get())) {
            selectedYears.set(next.selected());
        }
        chartData.set(next);
    }

    /**
     * The origin to show once data are loaded, if they have it (the origin saved at the last run); with data
     * already shown, the same as {@link #selectOrigin}.
     */
    public void preferOrigin(String iso3) {
        if (iso3 != null && org.asylumtrends.data.Country.isIso3(iso3)) {
            preferredOrigin = iso3;
            if (dataset.get() == null) {
                origin.set(iso3);
            } else {
                selectOrigin(iso3);
            }
        }
    }

    public void selectOrigin(String iso3) {
        if (dataset.get() != null && dataset.get().origin(iso3).isPresent()) {
            preferredOrigin = iso3;
            origin.set(iso3);
            recompute();
        }
    }

    public void selectMeasure(Measure m) {
        if (m != null && m != measure.get()) {
            measure.set(m);
            recompute();
        }
    }

    public void selectAggregation(RangeAggregation a) {
        if (a != null && a != aggregation.get()) {
            aggregation.set(a);
            recompute();
        }
    }

    public void selectConvention(EraConvention c) {
        if (c != null && c != convention.get()) {
            convention.set(c);
            recompute();
        }
    }

    /** Selects whole years; called live while the slider is dragged, so it does nothing if the years are the same. */
    public void selectYears(int from, int to) {
        YearRange range = new YearRange(Math.min(from, to), Math.max(from, to));
        if (!range.equals(selectedYears.get())) {
            selectedYears.set(range);
            recompute();
        }
    }

    private void recompute() {
        AsylumDataset data = dataset.get();
        if (data == null) {
            return;
        }
        ChartData next = ChartData.of(data, eras.get(), origin.get(), measure.get(), aggregation.get(),
                selectedYears.get(), convention.get());
        if (!next.selected().equals(selectedYears.get())) {
            selectedYears.set(next.selected());
        }
        chartData.set(next);
    }
}
