package org.asylumtrends.export;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.util.List;

/**
 * A laid-out figure as a list of vector drawing operations in figure coordinates (CSS pixels, y down), traced from
 * the scene graph on the FX thread and then written as SVG or PDF on any thread. Immutable once traced.
 * {@code skipped} names the nodes the tracer could not draw (type, id and style classes), in scene order.
 */
public record Drawing(double width, double height, List<Op> ops, List<String> skipped) {
    public Drawing {
        ops = List.copyOf(ops);
        skipped = List.copyOf(skipped);
    }

    /** A drawing from which nothing was left out. */
    public Drawing(double width, double height, List<Op> ops) {
        this(width, height, ops, List.of());
    }

    /** One drawing operation, in painting order. */
    public sealed interface Op permits Fill, Stroke, Text, BeginClip, EndClip {
    }

    /** Fills a shape. {@code id} names the element in an SVG (e.g. "series-0"), or is null. */
    public record Fill(Shape shape, Color color, String id) implements Op {
    }

    /** Strokes a shape's outline with a width, dash pattern, caps and joins. */
    public record Stroke(Shape shape, Color color, BasicStroke stroke, String id) implements Op {
    }

    /**
     * One line of text. {@code transform} maps the text's own space to figure coordinates, with the origin at the
     * left end of the baseline; {@code advance} is the width JavaFX laid the line out with.
     */
    public record Text(String text, TextFont font, Color color, AffineTransform transform, double advance)
            implements Op {
    }

    /** Clips what follows, up to the matching {@link EndClip}, to a shape. */
    public record BeginClip(Shape shape) implements Op {
    }

    /** Ends the innermost clip. */
    public record EndClip() implements Op {
    }

    /**
     * A font as JavaFX resolved it.
     *
     * @param family e.g. "DejaVu Sans"
     * @param name   the face, e.g. "DejaVu Sans Bold"
     * @param file   the font file, or null if unknown
     */
    public record TextFont(String family, String name, boolean bold, boolean italic, double size, String file) {
        /** The same face at another size. */
        TextFont face() {
            return new TextFont(family, name, bold, italic, 0, file);
        }
    }

    public long count(Class<? extends Op> type) {
        return ops.stream().filter(type::isInstance).count();
    }

    /**
     * A SHA-256 digest of everything drawn and of {@code words} (title, alt text...): the same figure gives the same
     * digest in every process, a different one another. SVG and PDF derive from it what their libraries would take
     * from the clock (JFreeSVG's id prefix, PDFBox's file identifier), so that one view exports to one file.
     */
    public byte[] fingerprint(String... words) {
        java.security.MessageDigest sha;
        try {
            sha = java.security.MessageDigest.getInstance("SHA-256");
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
        try (java.io.DataOutputStream out = new java.io.DataOutputStream(
                new java.security.DigestOutputStream(java.io.OutputStream.nullOutputStream(), sha))) {
            out.writeDouble(width);
            out.writeDouble(height);
            for (String w : words) {
                out.writeUTF(String.valueOf(w));
            }
            for (Op op : ops) {
                out.writeUTF(op.getClass().getSimpleName());
                switch (op) {
                    case Fill f -> {
                        path(out, f.shape());
                        out.writeInt(f.color().getRGB());
                        out.writeUTF(String.valueOf(f.id()));
                    }
                    case Stroke s -> {
                        path(out, s.shape());
                        out.writeInt(s.color().getRGB());
                        out.writeFloat(s.stroke().getLineWidth());
                        out.writeUTF(java.util.Arrays.toString(s.stroke().getDashArray()));
                        out.writeInt(s.stroke().getEndCap() * 31 + s.stroke().getLineJoin());
                        out.writeUTF(String.valueOf(s.id()));
                    }
                    case Text t -> {
                        out.writeUTF(t.text());
                        out.writeUTF(t.font().toString());
                        out.writeInt(t.color().getRGB());
                        double[] m = new double[6];
                        t.transform().getMatrix(m);
                        for (double v : m) {
                            out.writeDouble(v);
                        }
                        out.writeDouble(t.advance());
                    }
                    case BeginClip c -> path(out, c.shape());
                    case EndClip e -> out.writeByte(0);
                }
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e); // a null stream does not fail
        }
        return sha.digest();
    }

    private static void path(java.io.DataOutputStream out, Shape shape) throws java.io.IOException {
        double[] c = new double[6];
        for (java.awt.geom.PathIterator it = shape.getPathIterator(null); !it.isDone(); it.next()) {
            int type = it.currentSegment(c);
            out.writeByte(type);
            for (double v : c) {
                out.writeDouble(v);
            }
        }
    }
}
