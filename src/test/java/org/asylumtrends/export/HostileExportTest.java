package org.asylumtrends.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;
import javax.imageio.IIOException;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.asylumtrends.data.AsylumDataset;
import org.asylumtrends.data.ChartData;
import org.asylumtrends.data.Count;
import org.asylumtrends.data.Counts;
import org.asylumtrends.data.Country;
import org.asylumtrends.data.DatasetMetadata;
import org.asylumtrends.data.EraTable;
import org.asylumtrends.data.Measure;
import org.asylumtrends.data.Observation;
import org.asylumtrends.data.RangeAggregation;
import org.asylumtrends.data.SpecialFiles;
import org.asylumtrends.data.YearRange;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.junit.jupiter.api.Tag;

/**
 * Issue 13's probes of the export layer: what is at the target path is left alone unless it is a regular, writable
 * file; disk-full is said as such; stale temporary files go; long names work; SVG stays well-formed; big PNGs fit.
 */
@Tag("slow") // figures up to 8000 pixels a side: left out of the quick run (-Pquick)
class HostileExportTest {
    @TempDir
    Path dir;

    @BeforeAll
    static void toolkit() throws Exception {
        ExportFixtures.startToolkit();
    }

    private static void write(Path target) throws ExportException {
        AtomicFileWriter.write(target, out -> out.write("new".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void aSymbolicLinkIsRefusedAndStaysALinkUnlessAskedToFollowIt() throws Exception {
        Path real = Files.writeString(dir.resolve("real.png"), "keep");
        Path link = Files.createSymbolicLink(dir.resolve("link.png"), real.getFileName());

        assertThatThrownBy(() -> write(link)).isInstanceOf(ExportException.class).hasMessage("Cannot save " + link
                + ": it is a symbolic link to " + real + ", which saving would replace by a file. Save to " + real
                + " itself to replace that file.");
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(real).hasContent("keep");

        AtomicFileWriter.write(link, true, out -> out.write("new".getBytes(StandardCharsets.UTF_8)));
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(real).hasContent("new");
    }

    @Test
    void aNamedPipeIsRefusedAndStaysAPipe() throws Exception {
        Path fifo = SpecialFiles.fifo(dir.resolve("figure.png"));
        assertThatThrownBy(() -> write(fifo)).hasMessage("Cannot save " + fifo
                + ": it is a named pipe (FIFO), not a regular file, and is left as it is. Choose a file name.");
        assertThat(Files.isRegularFile(fifo)).isFalse();
        assertThat(Files.getAttribute(fifo, "unix:mode")).isEqualTo(Files.getAttribute(fifo, "unix:mode"));
        assertThat(((Integer) Files.getAttribute(fifo, "unix:mode")) & 0170000).isEqualTo(0010000);
    }

    @Test
    void aDeviceIsRefusedAndStaysADevice() throws Exception {
        Path device = SpecialFiles.nullDevice(dir.resolve("null"));
        assertThatThrownBy(() -> write(device)).hasMessage("Cannot save " + device
                + ": it is a device, not a regular file, and is left as it is. Choose a file name.");
        assertThat(((Integer) Files.getAttribute(device, "unix:mode")) & 0170000).isEqualTo(0020000);
    }

    @Test
    void aReadOnlyFileIsRefusedEvenWhereTheFolderIsWritable() throws Exception {
        Path target = Files.writeString(dir.resolve("figure.png"), "keep");
        Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("r--r--r--"));
        assertThatThrownBy(() -> write(target)).hasMessage("Cannot save " + target
                + ": the file is read-only and is left as it is. Make it writable or choose another name.");
        assertThat(target).hasContent("keep");
    }

    @Test
    void aPartFileLeftByAKilledExportIsRemovedOneInUseIsNot() throws Exception {
        Path target = dir.resolve("figure.png");
        Path stale = Files.writeString(dir.resolve(".figure.png.0badc0de.part"), "half a figure");
        Path inUse = Files.writeString(dir.resolve(".figure.png.1234abcd.part"), "being written");
        Path other = Files.writeString(dir.resolve(".other.png.0badc0de.part"), "another file's");
        try (FileChannel channel = FileChannel.open(inUse, StandardOpenOption.WRITE); FileLock lock = channel.lock()) {
            write(target);
        }
        assertThat(target).hasContent("new");
        assertThat(stale).doesNotExist();
        assertThat(inUse).exists();
        assertThat(other).exists();
    }

    @Test
    void aValid250ByteFileNameIsSaved() throws Exception {
        Path target = dir.resolve("a".repeat(246) + ".png");
        write(target);
        assertThat(target).hasContent("new");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).containsExactly(target);
        }
    }

    @Test
    void aFullDiskUnderTheEncodersWordsIsCalledAFullDisk() {
        Path target = dir.resolve("figure.png");
        IOException png = new IIOException("I/O error writing PNG file!", new IOException("No space left on device"));
        assertThat(AtomicFileWriter.explain(png, target, dir)).hasMessage("Cannot save " + target
                + ": the disk is full. Free some space or choose another folder.");
    }

    @Test
    void aPngIsSavedWhenTheTemporaryFolderCannotTakeAnything() throws Exception {
        File cache = Files.createDirectory(dir.resolve("tmp")).toFile();
        ImageIO.setCacheDirectory(cache);
        Files.delete(cache.toPath()); // as good as full: no cache file can be made there
        try {
            Path target = dir.resolve("figure.png");
            ExportSettings settings = new ExportSettings(FigureContent.TREND, FigureSize.WIDE, ImageFormat.PNG, 1);
            ExportFixtures.prepare(ExportFixtures.defaultView(), settings).writeTo(target);
            assertThat(ImageIO.read(target.toFile()).getWidth()).isEqualTo(1200);
        } finally {
            ImageIO.setCacheDirectory(null);
        }
    }

    @Test
    void aPngTooLargeForTheMemoryLeftIsRefusedUpFrontInWords() {
        ExportSettings settings = new ExportSettings(FigureContent.BOTH, new FigureSize(8000, 8000, ""),
                ImageFormat.PNG, 3);
        assertThatThrownBy(() -> FigureExport.checkMemory(settings, 1L << 30)).hasMessage(
                "Cannot make a PNG of 24000 \u00d7 24000 pixels: it needs about 2,293 MB of memory and 1,024 MB are free."
                        + " Choose a smaller size or scale, or SVG or PDF, which have no pixels.");
    }

    @Test
    void an8000By8000FigureAt2xIsRenderedWhole() throws Exception {
        ExportSettings settings = new ExportSettings(FigureContent.BOTH, new FigureSize(8000, 8000, ""),
                ImageFormat.PNG, 2);
        FigureExport export = ExportFixtures.prepare(ExportFixtures.defaultView(), settings);
        var pixels = export.pixels();
        assertThat(pixels.getWidth()).isEqualTo(16000);
        assertThat(pixels.getHeight()).isEqualTo(16000);
        // The last tile is drawn (white page), not left black as an unrendered image would be.
        assertThat(pixels.getRGB(15999, 15999) & 0xffffff).isEqualTo(0xffffff);
        long inked = 0;
        for (int y = 0; y < 16000; y += 7) {
            for (int x = 0; x < 16000; x += 7) {
                if ((pixels.getRGB(x, y) & 0xffffff) != 0xffffff) {
                    inked++;
                }
            }
        }
        assertThat(inked).as("sampled pixels with ink: the charts were drawn").isGreaterThan(10_000);
    }

    @Test
    void svgIsWellFormedWhateverTheNamesHoldAndSaysWhatItReplaced() throws Exception {
        ChartData data = withDestinations("Bad\u0001Name", "Not\uFFFEHere", "Nor\uFFFFThere", "Lone\uD800Half");
        ExportSettings settings = new ExportSettings(FigureContent.DESTINATIONS, FigureSize.WIDE, ImageFormat.SVG, 1);
        FigureExport export = ExportFixtures.prepare(data, settings);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        export.writeTo(bytes);

        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Document doc = factory.newDocumentBuilder().parse(new ByteArrayInputStream(bytes.toByteArray()));
        String text = doc.getDocumentElement().getTextContent();
        assertThat(text).contains("Bad\uFFFDName", "Not\uFFFDHere", "Nor\uFFFDThere", "Lone\uFFFDHalf");
        // Five: the four names in the bars, and the largest one again in the alt text of the SVG's <desc>.
        assertThat(export.notes()).containsExactly("5 characters of the text cannot be held in an SVG (control"
                + " characters, U+FFFE, U+FFFF or a broken surrogate pair) and were replaced by the replacement character U+FFFD.");
    }

    @Test
    void pdfDrawsChineseAndKoreanNamesInsteadOfQuestionMarks() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(new java.awt.Font(java.awt.Font.SANS_SERIF, java.awt.Font.PLAIN, 12)
                .canDisplayUpTo("中한") == -1, "no CJK font installed (Debian: fonts-noto-cjk)");
        ChartData data = withDestinations("中华民国", "대한민국");
        ExportSettings settings = new ExportSettings(FigureContent.DESTINATIONS, FigureSize.WIDE, ImageFormat.PDF, 1);
        FigureExport export = ExportFixtures.prepare(data, settings);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        export.writeTo(bytes);

        try (var pdf = org.apache.pdfbox.Loader.loadPDF(bytes.toByteArray())) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(pdf);
            assertThat(text).doesNotContain("?");
            var page = new org.apache.pdfbox.rendering.PDFRenderer(pdf).renderImage(0, 1f);
            assertThat(inkedColumnsLeftOfTheBars(page)).as("columns with ink where the names are").isGreaterThan(20);
        }
        // Whether they are text or outlines depends on the fonts installed: PdfScriptTest checks each way.
    }

    @Test
    void aCharacterNoFontHasIsLeftOutOfThePdfNotMadeAQuestionMarkAndTheExportSaysSo() throws Exception {
        String nowhere = new String(Character.toChars(0x10FFFD)); // private use: in no font
        org.junit.jupiter.api.Assumptions.assumeFalse(new java.awt.Font(java.awt.Font.SANS_SERIF, java.awt.Font.PLAIN,
                12).canDisplay(0x10FFFD));
        ChartData data = withDestinations("Somewhere" + nowhere);
        ExportSettings settings = new ExportSettings(FigureContent.DESTINATIONS, FigureSize.WIDE, ImageFormat.PDF, 1);
        FigureExport export = ExportFixtures.prepare(data, settings);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        export.writeTo(bytes);

        try (var pdf = org.apache.pdfbox.Loader.loadPDF(bytes.toByteArray())) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(pdf);
            assertThat(text).contains("Somewhere").doesNotContain("?");
        }
        assertThat(export.notes()).containsExactly("One character of the text is in no installed font and is left out"
                + " of the PDF. Install a font that has it (for Chinese, Japanese and Korean: Noto Sans CJK, Debian"
                + " package fonts-noto-cjk) and export again.");
    }

    /** Ink in the left fifth of the page, below the title: where a bar chart's category labels are. */
    private static int inkedColumnsLeftOfTheBars(java.awt.image.BufferedImage page) {
        int columns = 0;
        for (int x = 0; x < page.getWidth() / 5; x++) {
            for (int y = page.getHeight() / 5; y < page.getHeight() * 4 / 5; y++) {
                if ((page.getRGB(x, y) & 0xff) < 128) {
                    columns++;
                    break;
                }
            }
        }
        return columns;
    }

    static ChartData withDestinations(String... names) throws Exception {
        return ExportFixtures.withDestinations(names);
    }
}
