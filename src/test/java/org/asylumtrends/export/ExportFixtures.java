package org.asylumtrends.export;

import org.asylumtrends.data.AsylumDataset;
import org.asylumtrends.data.ChartData;
import org.asylumtrends.data.DatasetLoader;
import org.asylumtrends.data.DefaultSelection;
import org.asylumtrends.data.EraTable;
import org.asylumtrends.data.Measure;
import org.asylumtrends.data.RangeAggregation;
import org.asylumtrends.data.YearRange;
import org.testfx.api.FxToolkit;

/** The bundled data, read once, and the toolkit, for the export tests. */
public final class ExportFixtures {
    private static AsylumDataset dataset;
    private static EraTable eras;

    private ExportFixtures() {
    }

    public static synchronized ChartData chartData(int from, int to) throws Exception {
        if (dataset == null) {
            dataset = DatasetLoader.loadBundled();
            eras = EraTable.loadBundled();
        }
        return ChartData.of(dataset, eras, DefaultSelection.ORIGIN, Measure.ASYLUM_SEEKERS, RangeAggregation.LAST_YEAR,
                new YearRange(from, to), DefaultSelection.CONVENTION);
    }

    /** The article's view, 2012–2024: no preliminary year. */
    public static ChartData defaultView() throws Exception {
        return chartData(DefaultSelection.YEARS.from(), DefaultSelection.YEARS.to());
    }

    /** 2012–2025: ends with the preliminary year 2025. */
    public static ChartData withPreliminary() throws Exception {
        return chartData(2012, 2025);
    }

    /**
     * Starts JavaFX the way TestFX does, so that other TestFX tests in the same JVM find it started as they expect
     * (Platform.startup here would make their later launch fail).
     */
    public static void startToolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    /** Builds and captures a figure on the FX thread. */
    static FigureExport prepare(ChartData data, ExportSettings settings) throws Exception {
        return HeadlessToolkit.onFxThread(() -> FigureExport.prepare(data, settings));
    }
}
