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
}
