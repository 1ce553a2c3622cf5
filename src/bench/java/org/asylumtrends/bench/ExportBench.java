package org.asylumtrends.bench;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.SnapshotParameters;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.Region;
import javafx.scene.transform.Transform;
import javax.imageio.ImageIO;
import org.asylumtrends.data.ChartData;
import org.asylumtrends.data.DatasetLoader;
import org.asylumtrends.data.Selection;
import org.asylumtrends.data.EraTable;
import org.asylumtrends.export.ExportSettings;
import org.asylumtrends.export.FigureContent;
import org.asylumtrends.export.FigureExport;
import org.asylumtrends.export.FigureSize;
import org.asylumtrends.export.HeadlessToolkit;
import org.asylumtrends.export.ImageFormat;

/**
 * Export of the opening view (both charts, 1200×675) as PNG at 3×, SVG and PDF, headless, as the export command
 * and the export dialog do: lay out and capture on the FX thread, then encode. The baseline is the floor of a
 * 3× PNG: a snapshot of an empty 1200×675 region at 3× written by ImageIO. Prints the median of 10 runs after 3
 * warm-up runs, in ms, and the file sizes.
 */
public final class ExportBench {
    private static final int WARMUP = 3;
    private static final int RUNS = 10;

    private ExportBench() {
    }

    public static void main(String[] args) throws Exception {
        HeadlessToolkit.start();
        ChartData chart = ChartData.of(DatasetLoader.loadBundled(), EraTable.loadBundled(), Selection.DEFAULT);
        Map<String, ExportSettings> cases = new LinkedHashMap<>();
        cases.put("png3x", new ExportSettings(FigureContent.BOTH, FigureSize.WIDE, ImageFormat.PNG, 3));
        cases.put("svg", new ExportSettings(FigureContent.BOTH, FigureSize.WIDE, ImageFormat.SVG, 1));
        cases.put("pdf", new ExportSettings(FigureContent.BOTH, FigureSize.WIDE, ImageFormat.PDF, 1));
        for (Map.Entry<String, ExportSettings> c : cases.entrySet()) {
            double[] ms = new double[RUNS];
            int bytes = 0;
            for (int i = -WARMUP; i < RUNS; i++) {
                long t0 = System.nanoTime();
                FigureExport figure = HeadlessToolkit.onFxThread(() -> FigureExport.prepare(chart, c.getValue()));
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                figure.writeTo(out);
                if (i >= 0) {
                    ms[i] = (System.nanoTime() - t0) / 1e6;
                }
                bytes = out.size();
            }
            Measurements.print("export-" + c.getKey() + "-ms", median(ms));
            Measurements.print("export-" + c.getKey() + "-bytes", bytes);
        }
        double[] ms = new double[RUNS];
        for (int i = -WARMUP; i < RUNS; i++) {
            long t0 = System.nanoTime();
            WritableImage image = HeadlessToolkit.onFxThread(() -> {
                Region blank = new Region();
                blank.setStyle("-fx-background-color: white;");
                new Scene(blank, FigureSize.WIDE.width(), FigureSize.WIDE.height());
                blank.applyCss();
                blank.layout();
                SnapshotParameters params = new SnapshotParameters();
                params.setTransform(Transform.scale(3, 3));
                return blank.snapshot(params, null);
            });
            BufferedImage awt = SwingFXUtils.fromFXImage(image, null);
            ImageIO.write(awt, "png", new ByteArrayOutputStream());
            if (i >= 0) {
                ms[i] = (System.nanoTime() - t0) / 1e6;
            }
        }
        Measurements.print("export-baseline-blank-png3x-ms", median(ms));
        System.exit(0);
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return (sorted[(sorted.length - 1) / 2] + sorted[sorted.length / 2]) / 2;
    }
}
