package org.asylumtrends.export;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Map;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/**
 * Encodes opaque pixels as a PNG with its resolution (96 dpi times the scale, so that a 2× image prints at the
 * figure's size) and the title and source as text chunks. Runs on any thread.
 */
final class PngWriter {
    private PngWriter() {
    }

    static void write(BufferedImage rgb, int scale, Map<String, String> text, OutputStream out) throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("png").next();
        // Buffered in memory, not in a cache file in the temporary folder (ImageIO's default): a full /tmp must not
        // fail a save whose own folder has room, and the bytes go only where the user said.
        try (ImageOutputStream ios = new MemoryCacheImageOutputStream(new NonClosing(out))) {
            writer.setOutput(ios);
            IIOMetadata metadata = writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(rgb), null);
            metadata.mergeTree("javax_imageio_png_1.0", pngTree(scale, text));
            writer.write(new IIOImage(rgb, null, metadata));
        } finally {
            writer.dispose();
        }
    }

    private static IIOMetadataNode pngTree(int scale, Map<String, String> text) {
        IIOMetadataNode root = new IIOMetadataNode("javax_imageio_png_1.0");
        IIOMetadataNode phys = new IIOMetadataNode("pHYs");
        String perMetre = Integer.toString((int) Math.round(96 * scale / 0.0254));
        phys.setAttribute("pixelsPerUnitXAxis", perMetre);
        phys.setAttribute("pixelsPerUnitYAxis", perMetre);
        phys.setAttribute("unitSpecifier", "meter");
        root.appendChild(phys);
        IIOMetadataNode itxt = new IIOMetadataNode("iTXt");
        text.forEach((key, value) -> {
            IIOMetadataNode entry = new IIOMetadataNode("iTXtEntry");
            entry.setAttribute("keyword", key);
            entry.setAttribute("compressionFlag", "FALSE");
            entry.setAttribute("compressionMethod", "0");
            entry.setAttribute("languageTag", "");
            entry.setAttribute("translatedKeyword", "");
            entry.setAttribute("text", value);
            itxt.appendChild(entry);
        });
        root.appendChild(itxt);
        return root;
    }

    /** ImageIO closes what it writes to; the caller owns the stream. */
    private static final class NonClosing extends java.io.FilterOutputStream {
        NonClosing(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
