package org.asylumtrends.export;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.TreeSet;
import org.asylumtrends.data.AsylumDataset;
import org.asylumtrends.data.Count;
import org.asylumtrends.data.Counts;
import org.asylumtrends.data.Country;
import org.asylumtrends.data.DatasetMetadata;
import org.asylumtrends.data.Observation;
import org.asylumtrends.data.ChartData;
import org.asylumtrends.data.DatasetLoader;
import org.asylumtrends.data.Selection;
import org.asylumtrends.data.EraTable;
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
        return ChartData.of(dataset, eras, Selection.DEFAULT.withYears(new YearRange(from, to)));
    }

    /** The article's years with several origins compared, the first shown in the bars. */
    public static synchronized ChartData compared(String... origins) throws Exception {
        chartData(2012, 2024); // reads the bundle once
        return ChartData.of(dataset, eras, Selection.DEFAULT.withOrigins(java.util.List.of(origins)));
    }

    /** The article's view, 2012–2024: no preliminary year. */
    public static ChartData defaultView() throws Exception {
        return chartData(Selection.DEFAULT.years().from(), Selection.DEFAULT.years().to());
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

    /** As {@link #prepare(ChartData, ExportSettings)}, with the author's texts and annotations. */
    static FigureExport prepare(ChartData data, ExportSettings settings, org.asylumtrends.data.Editorial editorial)
            throws Exception {
        return HeadlessToolkit.onFxThread(() -> FigureExport.prepare(data, settings, editorial));
    }

    /** China as origin, 2012–2024, with one country of asylum per name (codes AAA, AAB, …). */
    public static ChartData withDestinations(String... names) throws Exception {
        List<Observation> observations = new ArrayList<>();
        Country china = new Country("CHN", "China");
        for (int i = 0; i < names.length; i++) {
            Country c = new Country("AA" + (char) ('A' + i), names[i]);
            for (int year = 2012; year <= 2024; year++) {
                observations.add(new Observation(year, china, c,
                        Counts.builder().add(Count.ASYLUM_SEEKERS, 1000L * (i + 1) + year).build()));
            }
        }
        DatasetMetadata metadata = new DatasetMetadata(DatasetMetadata.UNHCR_SOURCE, DatasetMetadata.UNHCR_LICENCE,
                "test", new TreeSet<>(), "", List.of("hostile.csv"));
        AsylumDataset dataset = new AsylumDataset(metadata, observations, EnumSet.of(Count.ASYLUM_SEEKERS));
        return ChartData.of(dataset, EraTable.loadBundled(), Selection.DEFAULT);
    }
}
