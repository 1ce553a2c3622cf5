package org.asylumtrends.export;

import java.awt.BasicStroke;
import java.awt.geom.AffineTransform;
import java.awt.geom.Arc2D;
import java.awt.geom.CubicCurve2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.QuadCurve2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.layout.BorderStroke;
import javafx.scene.layout.BorderStrokeStyle;
import javafx.scene.layout.CornerRadii;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.paint.LinearGradient;
import javafx.scene.paint.Paint;
import javafx.scene.paint.RadialGradient;
import javafx.scene.shape.Arc;
import javafx.scene.shape.ArcTo;
import javafx.scene.shape.Circle;
import javafx.scene.shape.ClosePath;
import javafx.scene.shape.CubicCurve;
import javafx.scene.shape.CubicCurveTo;
import javafx.scene.shape.Ellipse;
import javafx.scene.shape.FillRule;
import javafx.scene.shape.HLineTo;
import javafx.scene.shape.Line;
import javafx.scene.shape.LineTo;
import javafx.scene.shape.MoveTo;
import javafx.scene.shape.Path;
import javafx.scene.shape.PathElement;
import javafx.scene.shape.Polygon;
import javafx.scene.shape.Polyline;
import javafx.scene.shape.QuadCurve;
import javafx.scene.shape.QuadCurveTo;
import javafx.scene.shape.Rectangle;
import javafx.scene.shape.SVGPath;
import javafx.scene.shape.Shape;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.shape.StrokeLineJoin;
import javafx.scene.shape.VLineTo;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;
import javafx.scene.transform.Transform;

/**
 * Traces a laid-out scene graph into a {@link Drawing}: what JavaFX would paint, as vector operations. JavaFX nodes
 * cannot paint into a {@code Graphics2D}, so this reads what is needed from each node: every {@code Shape} by its
 * geometry (paths with their dash arrays, rectangles, lines, circles, arcs, curves, SVG paths), region backgrounds
 * and borders (plot background, axis lines, bars, line symbols), and text with its font and fill (including the text
 * inside labels, via their skins). Invisible nodes and effects are left out; a node it cannot trace (an image, a
 * canvas) is listed in {@link Drawing#skipped()}, so the export can say so instead of showing a blank. Runs on the
 * FX thread.
 */
final class NodeWalker {
    private final List<Drawing.Op> ops = new ArrayList<>();
    private final List<String> skipped = new ArrayList<>();
    private int seriesLines;

    private NodeWalker() {
    }

    static Drawing trace(Region root) {
        NodeWalker walker = new NodeWalker();
        walker.walk(root, 1.0);
        return new Drawing(root.getWidth(), root.getHeight(), walker.ops, walker.skipped);
    }

    private void walk(Node node, double parentOpacity) {
        if (!node.isVisible()) {
            return;
        }
        double opacity = parentOpacity * node.getOpacity();
        if (opacity <= 0) {
            return;
        }
        AffineTransform toScene = awt(node.getLocalToSceneTransform());
        boolean clipped = false;
        if (node.getClip() != null) {
            java.awt.Shape clip = outline(node.getClip());
            if (clip != null) {
                AffineTransform t = new AffineTransform(toScene);
                t.concatenate(awt(node.getClip().getLocalToParentTransform()));
                ops.add(new Drawing.BeginClip(t.createTransformedShape(clip)));
                clipped = true;
            }
        }
        if (node instanceof Region region) {
            region(region, toScene, opacity);
        } else if (node instanceof Text text) {
            text(text, toScene, opacity);
        } else if (node instanceof Shape shape) {
            shape(shape, toScene, opacity);
        } else if (!(node instanceof Parent)) {
            // An image, a canvas, a media or 3D node: nothing here can trace it, so the figure says it is missing.
            skipped.add(describe(node));
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                walk(child, opacity);
            }
        }
        if (clipped) {
            ops.add(new Drawing.EndClip());
        }
    }

    // Regions: background fills, then borders, as Region paints them.

    private void region(Region region, AffineTransform toScene, double opacity) {
        double w = region.getWidth();
        double h = region.getHeight();
        if (w <= 0 || h <= 0) {
            return;
        }
        if (region.getBackground() != null) {
            for (BackgroundFill fill : region.getBackground().getFills()) {
                java.awt.Color color = color(fill.getFill(), opacity);
                if (color == null) {
                    continue;
                }
                Insets in = fill.getInsets();
                double x = in.getLeft();
                double y = in.getTop();
                double fw = w - in.getLeft() - in.getRight();
                double fh = h - in.getTop() - in.getBottom();
                if (fw <= 0 || fh <= 0) {
                    continue;
                }
                java.awt.Shape s = region.getShape() instanceof SVGPath shape && region.isScaleShape()
                        ? fitted(svgPath(shape), x, y, fw, fh) : rounded(x, y, fw, fh, fill.getRadii());
                ops.add(new Drawing.Fill(toScene.createTransformedShape(s), color, null));
            }
        }
        if (region.getBorder() != null) {
            for (BorderStroke stroke : region.getBorder().getStrokes()) {
                border(stroke, w, h, toScene, opacity);
            }
        }
    }

    /** Each side of a border as a filled strip inside the region's insets; enough for axis lines and frames. */
    private void border(BorderStroke stroke, double w, double h, AffineTransform toScene, double opacity) {
        Insets in = stroke.getInsets();
        double x = in.getLeft();
        double y = in.getTop();
        double bw = w - in.getLeft() - in.getRight();
        double bh = h - in.getTop() - in.getBottom();
        var widths = stroke.getWidths();
        double top = widths.isTopAsPercentage() ? widths.getTop() * bh : widths.getTop();
        double right = widths.isRightAsPercentage() ? widths.getRight() * bw : widths.getRight();
        double bottom = widths.isBottomAsPercentage() ? widths.getBottom() * bh : widths.getBottom();
        double left = widths.isLeftAsPercentage() ? widths.getLeft() * bw : widths.getLeft();
        side(stroke.getTopStroke(), stroke.getTopStyle(), top, new Rectangle2D.Double(x, y, bw, top), toScene, opacity);
        side(stroke.getRightStroke(), stroke.getRightStyle(), right,
                new Rectangle2D.Double(x + bw - right, y, right, bh), toScene, opacity);
        side(stroke.getBottomStroke(), stroke.getBottomStyle(), bottom,
                new Rectangle2D.Double(x, y + bh - bottom, bw, bottom), toScene, opacity);
        side(stroke.getLeftStroke(), stroke.getLeftStyle(), left, new Rectangle2D.Double(x, y, left, bh), toScene,
                opacity);
    }

    private void side(Paint paint, BorderStrokeStyle style, double width, Rectangle2D strip, AffineTransform toScene,
                      double opacity) {
        java.awt.Color color = color(paint, opacity);
        if (color == null || width <= 0 || style == BorderStrokeStyle.NONE) {
            return;
        }
        ops.add(new Drawing.Fill(toScene.createTransformedShape(strip), color, null));
    }

    // Shapes.

    private void shape(Shape shape, AffineTransform toScene, double opacity) {
        java.awt.Shape outline = outline(shape);
        if (outline == null) {
            skipped.add(describe(shape));
            return;
        }
        java.awt.Shape inScene = toScene.createTransformedShape(outline);
        boolean seriesLine = shape.getStyleClass().contains("chart-series-line");
        String id = seriesLine ? "series-line-" + seriesLines++ : null;
        java.awt.Color fill = color(shape.getFill(), opacity);
        if (fill != null && !(shape instanceof Line) && !(shape instanceof Polyline)) {
            // A map's country keeps its node id ("map-CA") in an SVG, so that a reader (or a test) can find it.
            String fillId = shape.getStyleClass().contains("map-country") ? shape.getId() : null;
            ops.add(new Drawing.Fill(inScene, fill, fillId));
        }
        java.awt.Color stroke = color(shape.getStroke(), opacity);
        if (stroke != null && shape.getStrokeWidth() > 0) {
            double scale = Math.sqrt(Math.abs(toScene.getDeterminant()));
            float[] dashes = null;
            if (!shape.getStrokeDashArray().isEmpty()) {
                dashes = new float[shape.getStrokeDashArray().size()];
                for (int i = 0; i < dashes.length; i++) {
                    dashes[i] = (float) (shape.getStrokeDashArray().get(i) * scale);
                }
                boolean allZero = true;
                for (float d : dashes) {
                    allZero &= d <= 0;
                }
                if (allZero) {
                    dashes = null;
                }
            }
            BasicStroke basic = new BasicStroke((float) (shape.getStrokeWidth() * scale), cap(shape.getStrokeLineCap()),
                    join(shape.getStrokeLineJoin()), (float) Math.max(1, shape.getStrokeMiterLimit()), dashes,
                    (float) (shape.getStrokeDashOffset() * scale));
            ops.add(new Drawing.Stroke(inScene, stroke, basic, id));
        }
    }

    /** The geometry of a shape in its own coordinates, or null for shapes the figures do not use. */
    static java.awt.Shape outline(Node node) {
        if (node instanceof Rectangle r) {
            if (r.getArcWidth() > 0 && r.getArcHeight() > 0) {
                return new RoundRectangle2D.Double(r.getX(), r.getY(), r.getWidth(), r.getHeight(), r.getArcWidth(),
                        r.getArcHeight());
            }
            return new Rectangle2D.Double(r.getX(), r.getY(), r.getWidth(), r.getHeight());
        }
        if (node instanceof Line l) {
            return new Line2D.Double(l.getStartX(), l.getStartY(), l.getEndX(), l.getEndY());
        }
        if (node instanceof Circle c) {
            return new Ellipse2D.Double(c.getCenterX() - c.getRadius(), c.getCenterY() - c.getRadius(),
                    2 * c.getRadius(), 2 * c.getRadius());
        }
        if (node instanceof Ellipse e) {
            return new Ellipse2D.Double(e.getCenterX() - e.getRadiusX(), e.getCenterY() - e.getRadiusY(),
                    2 * e.getRadiusX(), 2 * e.getRadiusY());
        }
        if (node instanceof Polyline p) {
            return poly(p.getPoints(), false);
        }
        if (node instanceof Polygon p) {
            return poly(p.getPoints(), true);
        }
        if (node instanceof Path p && p.getElements().stream().noneMatch(ArcTo.class::isInstance)) {
            return path(p.getElements(), p.getFillRule());
        }
        if (node instanceof QuadCurve q) {
            return new QuadCurve2D.Double(q.getStartX(), q.getStartY(), q.getControlX(), q.getControlY(), q.getEndX(),
                    q.getEndY());
        }
        if (node instanceof CubicCurve c) {
            return new CubicCurve2D.Double(c.getStartX(), c.getStartY(), c.getControlX1(), c.getControlY1(),
                    c.getControlX2(), c.getControlY2(), c.getEndX(), c.getEndY());
        }
        if (node instanceof Arc a) {
            // Java2D's Arc2D has JavaFX's meaning: degrees, counter-clockwise on screen, from three o'clock.
            int type = switch (a.getType()) {
                case OPEN -> Arc2D.OPEN;
                case CHORD -> Arc2D.CHORD;
                case ROUND -> Arc2D.PIE;
            };
            return new Arc2D.Double(a.getCenterX() - a.getRadiusX(), a.getCenterY() - a.getRadiusY(),
                    2 * a.getRadiusX(), 2 * a.getRadiusY(), a.getStartAngle(), a.getLength(), type);
        }
        if (node instanceof SVGPath p) {
            return svgPath(p);
        }
        if (node instanceof Shape shape) {
            return geometry(shape);
        }
        return null;
    }

    /**
     * An SVG path's content string as a Java2D path, parsed by JavaFX's own parser (the one {@code SVGPath} draws
     * with), so arcs, relative and shorthand commands come out as on screen. Null if the content does not parse.
     */
    static Path2D svgPath(SVGPath p) {
        String content = p.getContent();
        int rule = p.getFillRule() == FillRule.EVEN_ODD ? Path2D.WIND_EVEN_ODD : Path2D.WIND_NON_ZERO;
        if (content == null || content.isBlank()) {
            return new Path2D.Double(rule);
        }
        try {
            com.sun.javafx.geom.Path2D fx = new com.sun.javafx.geom.Path2D();
            fx.appendSVGPath(content);
            Path2D path = awt(fx.getPathIterator(null));
            path.setWindingRule(rule);
            return path;
        } catch (RuntimeException | LinkageError unparsable) {
            return null;
        }
    }

    /**
     * Any other shape (a path with arcs, a shape JavaFX adds later) by the geometry JavaFX itself renders, read
     * through its shape internals (reachable in class-path mode, as the app runs). Null where they are not.
     */
    private static java.awt.Shape geometry(Shape shape) {
        try {
            com.sun.javafx.geom.Shape fx = com.sun.javafx.scene.shape.ShapeHelper.configShape(shape);
            return fx == null ? null : awt(fx.getPathIterator(null));
        } catch (RuntimeException | LinkageError inaccessible) {
            return null;
        }
    }

    private static Path2D awt(com.sun.javafx.geom.PathIterator it) {
        Path2D.Double path = new Path2D.Double(it.getWindingRule() == com.sun.javafx.geom.PathIterator.WIND_EVEN_ODD
                ? Path2D.WIND_EVEN_ODD : Path2D.WIND_NON_ZERO);
        float[] c = new float[6];
        for (; !it.isDone(); it.next()) {
            switch (it.currentSegment(c)) {
                case com.sun.javafx.geom.PathIterator.SEG_MOVETO -> path.moveTo(c[0], c[1]);
                case com.sun.javafx.geom.PathIterator.SEG_LINETO -> path.lineTo(c[0], c[1]);
                case com.sun.javafx.geom.PathIterator.SEG_QUADTO -> path.quadTo(c[0], c[1], c[2], c[3]);
                case com.sun.javafx.geom.PathIterator.SEG_CUBICTO -> path.curveTo(c[0], c[1], c[2], c[3], c[4], c[5]);
                case com.sun.javafx.geom.PathIterator.SEG_CLOSE -> path.closePath();
                default -> throw new IllegalStateException("unknown path segment");
            }
        }
        return path;
    }

    /** A skipped node for the user: its type and, if it has them, its id and style classes. */
    private static String describe(Node node) {
        StringBuilder s = new StringBuilder(node.getClass().getSimpleName().isEmpty() ? node.getClass().getName()
                : node.getClass().getSimpleName());
        if (node.getId() != null) {
            s.append('#').append(node.getId());
        }
        for (String c : node.getStyleClass()) {
            s.append('.').append(c);
        }
        return s.toString();
    }

    private static java.awt.Shape poly(List<Double> points, boolean closed) {
        Path2D.Double path = new Path2D.Double();
        for (int i = 0; i + 1 < points.size(); i += 2) {
            if (i == 0) {
                path.moveTo(points.get(i), points.get(i + 1));
            } else {
                path.lineTo(points.get(i), points.get(i + 1));
            }
        }
        if (closed) {
            path.closePath();
        }
        return path;
    }

    /** JavaFX path elements, absolute or relative, as a Java2D path. */
    static Path2D path(List<PathElement> elements, FillRule rule) {
        Path2D.Double path = new Path2D.Double(rule == FillRule.EVEN_ODD ? Path2D.WIND_EVEN_ODD : Path2D.WIND_NON_ZERO);
        double x = 0;
        double y = 0;
        double startX = 0;
        double startY = 0;
        boolean open = false;
        for (PathElement e : elements) {
            double ox = e.isAbsolute() ? 0 : x;
            double oy = e.isAbsolute() ? 0 : y;
            if (e instanceof MoveTo m) {
                x = ox + m.getX();
                y = oy + m.getY();
                path.moveTo(x, y);
                startX = x;
                startY = y;
                open = true;
                continue;
            }
            if (!open) { // Java2D needs a current point: JavaFX starts at (0,0)
                path.moveTo(x, y);
                open = true;
            }
            if (e instanceof LineTo l) {
                x = ox + l.getX();
                y = oy + l.getY();
                path.lineTo(x, y);
            } else if (e instanceof HLineTo h) {
                x = ox + h.getX();
                path.lineTo(x, y);
            } else if (e instanceof VLineTo v) {
                y = oy + v.getY();
                path.lineTo(x, y);
            } else if (e instanceof CubicCurveTo c) {
                path.curveTo(ox + c.getControlX1(), oy + c.getControlY1(), ox + c.getControlX2(),
                        oy + c.getControlY2(), ox + c.getX(), oy + c.getY());
                x = ox + c.getX();
                y = oy + c.getY();
            } else if (e instanceof QuadCurveTo q) {
                path.quadTo(ox + q.getControlX(), oy + q.getControlY(), ox + q.getX(), oy + q.getY());
                x = ox + q.getX();
                y = oy + q.getY();
            } else if (e instanceof ClosePath) {
                path.closePath();
                x = startX;
                y = startY;
            }
        }
        return path;
    }

    /**
     * A region's {@code -fx-shape} as JavaFX paints it with {@code scaleShape}: stretched to the fill's box (the
     * line markers of issue 18: a square, a triangle…), which radii do not describe.
     */
    private static java.awt.Shape fitted(Path2D shape, double x, double y, double w, double h) {
        java.awt.geom.Rectangle2D b = shape.getBounds2D();
        if (b.getWidth() <= 0 || b.getHeight() <= 0) {
            return new Rectangle2D.Double(x, y, w, h);
        }
        AffineTransform fit = new AffineTransform();
        fit.translate(x, y);
        fit.scale(w / b.getWidth(), h / b.getHeight());
        fit.translate(-b.getX(), -b.getY());
        return fit.createTransformedShape(shape);
    }

    private static java.awt.Shape rounded(double x, double y, double w, double h, CornerRadii radii) {
        if (radii == null || radii.isUniform() && radii.getTopLeftHorizontalRadius() == 0) {
            return new Rectangle2D.Double(x, y, w, h);
        }
        double r = radii.getTopLeftHorizontalRadius();
        if (radii.isTopLeftHorizontalRadiusAsPercentage()) {
            r *= w;
        }
        r = Math.min(r, Math.min(w, h) / 2);
        if (r <= 0) {
            return new Rectangle2D.Double(x, y, w, h);
        }
        if (Math.abs(w - h) < 1e-6 && Math.abs(2 * r - w) < 1e-6) {
            return new Ellipse2D.Double(x, y, w, h);
        }
        return new RoundRectangle2D.Double(x, y, w, h, 2 * r, 2 * r);
    }

    // Text.

    private void text(Text text, AffineTransform toScene, double opacity) {
        String content = text.getText();
        java.awt.Color color = color(text.getFill(), opacity);
        if (content == null || content.isBlank() || color == null) {
            return;
        }
        Drawing.TextFont textFont = FontResolver.resolve(text.getFont());
        double baselineOffset = text.getBaselineOffset();
        for (TextLine line : lines(text)) {
            AffineTransform at = new AffineTransform(toScene);
            at.translate(line.x, line.top + baselineOffset);
            ops.add(new Drawing.Text(line.text, textFont, color, at, line.width));
        }
    }

    private record TextLine(String text, double x, double top, double width) {
    }

    /**
     * The lines of a text node as laid out: explicit line breaks and wrapping. Where each line starts is read from
     * the caret positions JavaFX computes, so alignment and wrapping come out as on screen.
     */
    private static List<TextLine> lines(Text text) {
        String s = text.getText();
        Bounds b = text.getLayoutBounds();
        boolean simple = s.indexOf('\n') < 0 && (text.getWrappingWidth() <= 0 || measure(text, s) <= text.getWrappingWidth());
        if (simple) {
            double x = b.getMinX();
            double width = measure(text, s);
            if (text.getWrappingWidth() > 0 && text.getTextAlignment() != TextAlignment.LEFT
                    && text.getTextAlignment() != TextAlignment.JUSTIFY) {
                double free = text.getWrappingWidth() - width;
                x += text.getTextAlignment() == TextAlignment.CENTER ? free / 2 : free;
            }
            return List.of(new TextLine(s, x, b.getMinY(), width));
        }
        List<TextLine> lines = new ArrayList<>();
        int start = 0;
        double[] first = caret(text, 0);
        double top = first[1];
        double x = first[0];
        for (int i = 1; i <= s.length(); i++) {
            double[] c = i < s.length() ? caret(text, i) : null;
            if (c == null || c[1] > top + 0.5) {
                String part = s.substring(start, i).replace("\n", "").stripTrailing();
                if (!part.isEmpty()) {
                    lines.add(new TextLine(part, x, top, measure(text, part)));
                }
                if (c != null) {
                    start = i;
                    top = c[1];
                    x = c[0];
                }
            }
        }
        return lines;
    }

    /** The top-left of the caret before character {@code index}. */
    private static double[] caret(Text text, int index) {
        PathElement[] shape = text.caretShape(index, true);
        for (PathElement e : shape) {
            if (e instanceof MoveTo m) {
                return new double[] {m.getX(), m.getY()};
            }
        }
        return new double[] {0, 0};
    }

    private static double measure(Text like, String s) {
        Text probe = new Text(s);
        probe.setFont(like.getFont());
        return probe.getLayoutBounds().getWidth();
    }

    // Conversions.

    static AffineTransform awt(Transform t) {
        return new AffineTransform(t.getMxx(), t.getMyx(), t.getMxy(), t.getMyy(), t.getTx(), t.getTy());
    }

    /** A paint as an sRGB colour with the node's opacity; gradients by their first stop; null if invisible. */
    static java.awt.Color color(Paint paint, double opacity) {
        Color c = null;
        if (paint instanceof Color color) {
            c = color;
        } else if (paint instanceof LinearGradient g && !g.getStops().isEmpty()) {
            c = g.getStops().get(0).getColor();
        } else if (paint instanceof RadialGradient g && !g.getStops().isEmpty()) {
            c = g.getStops().get(0).getColor();
        }
        if (c == null) {
            return null;
        }
        double alpha = c.getOpacity() * opacity;
        if (alpha <= 0.001) {
            return null;
        }
        return new java.awt.Color((float) c.getRed(), (float) c.getGreen(), (float) c.getBlue(), (float) alpha);
    }

    private static int cap(StrokeLineCap cap) {
        return switch (cap) {
            case BUTT -> BasicStroke.CAP_BUTT;
            case ROUND -> BasicStroke.CAP_ROUND;
            case SQUARE -> BasicStroke.CAP_SQUARE;
        };
    }

    private static int join(StrokeLineJoin join) {
        return switch (join) {
            case MITER -> BasicStroke.JOIN_MITER;
            case ROUND -> BasicStroke.JOIN_ROUND;
            case BEVEL -> BasicStroke.JOIN_BEVEL;
        };
    }
}
