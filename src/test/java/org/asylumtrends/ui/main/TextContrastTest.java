package org.asylumtrends.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.layout.Background;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.shape.Shape;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.asylumtrends.data.AsylumDataset;
import org.asylumtrends.data.DatasetLoader;
import org.asylumtrends.data.EraTable;
import org.asylumtrends.text.AppLocale;
import org.asylumtrends.ui.claims.ClaimsView;
import org.asylumtrends.ui.model.MainModel;
import org.asylumtrends.ui.theme.Theme;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Text contrast of at least 4.5:1 (WCAG 2.x AA) in both themes, measured on what is drawn: every visible text of
 * the main window, its fill as CSS computed it, against what lies under it (the backgrounds of the regions it sits
 * in, and translucent shapes drawn before it, such as an era band under its label), composited. Disabled controls
 * are exempt, as in WCAG.
 */
@Tag("slow")
@ExtendWith(ApplicationExtension.class)
class TextContrastTest {
    static final double AA = 4.5;
    private static AsylumDataset bundled;
    private static EraTable eras;
    private Stage stage;

    @BeforeAll
    static void load() throws Exception {
        AppLocale.set(Locale.US);
        bundled = DatasetLoader.loadBundled();
        eras = EraTable.loadBundled();
    }

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @ParameterizedTest
    @EnumSource(Theme.class)
    void everyTextOfTheMainWindowReadsAtAa(Theme theme, FxRobot robot) {
        robot.interact(() -> {
            MainModel model = new MainModel();
            MainWindow window = TestWindows.show(stage, model);
            stage.getScene().getStylesheets().setAll(theme.stylesheets());
            model.showDataset(bundled, eras);
        });
        WaitForAsyncUtils.waitForFxEvents();
        List<String> low = new ArrayList<>();
        robot.interact(() -> check(stage.getScene(), low));
        assertThat(low).as(theme + ": texts below " + AA + ":1").isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Theme.class)
    void everyTextOfTheClaimsWindowReadsAtAa(Theme theme, FxRobot robot) throws Exception {
        var results = org.asylumtrends.data.claims.ClaimsCheck.checkBundled(bundled, eras);
        robot.interact(() -> {
            Scene scene = new Scene(new ClaimsView(results, bundled.metadata().credit()), 900, 700);
            scene.getStylesheets().setAll(theme.stylesheets());
            stage.setScene(scene);
            stage.show();
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup(".claim-verdict").queryAll()).hasSizeGreaterThan(3);
        List<String> low = new ArrayList<>();
        robot.interact(() -> check(stage.getScene(), low));
        assertThat(low).as(theme + ": texts below " + AA + ":1").isEmpty();
    }

    static void check(Scene scene, List<String> low) {
        walk(scene.getRoot(), n -> {
            if (n instanceof Text t && !t.getText().isBlank() && t.isVisible() && treeVisible(t) && !disabled(t)
                    && t.getFill() instanceof Color fill && onScreen(t, scene)) {
                Color under = under(t);
                Color shown = over(withAlpha(fill, fill.getOpacity() * opacity(t)), under);
                double ratio = contrast(shown, under);
                if (ratio < AA) {
                    low.add(String.format(Locale.ROOT, "%.2f:1 \"%s\" (%s on %s) in %s", ratio,
                            t.getText().strip().replace('\n', ' '), shown, under, path(t)));
                }
            }
        });
    }

    /** The colour under a node: its ancestors' backgrounds, bottom up, and shapes painted before it in them. */
    static Color under(Node node) {
        List<Color> layers = new ArrayList<>(); // top first
        Bounds b = node.localToScene(node.getBoundsInLocal());
        double cx = b.getCenterX();
        double cy = b.getCenterY();
        Node child = node;
        for (Parent p = node.getParent(); p != null; child = p, p = p.getParent()) {
            List<Node> kids = p.getChildrenUnmodifiable();
            for (int i = kids.indexOf(child) - 1; i >= 0; i--) {
                Node s = kids.get(i);
                if (s.isVisible() && contains(s, cx, cy)) {
                    if (s instanceof Shape shape && shape.getFill() instanceof Color c && c.getOpacity() > 0) {
                        layers.add(withAlpha(c, c.getOpacity() * s.getOpacity()));
                    } else if (s instanceof Region r) {
                        fills(r, cx, cy).forEach(layers::add);
                    }
                }
            }
            if (p instanceof Region r) {
                fills(r, cx, cy).forEach(layers::add);
            }
            if (!layers.isEmpty() && layers.getLast().getOpacity() >= 0.999) {
                break;
            }
        }
        Color result = Color.WHITE; // the window's own clear colour
        if (node.getScene() != null && node.getScene().getFill() instanceof Color c) {
            result = c;
        }
        for (int i = layers.size() - 1; i >= 0; i--) {
            result = over(layers.get(i), result);
        }
        return result;
    }

    /** The region's fills under a point, top first: later fills are drawn on top; a gradient counts as its mean. */
    private static List<Color> fills(Region r, double sceneX, double sceneY) {
        List<Color> top = new ArrayList<>();
        Background bg = r.getBackground();
        if (bg == null) {
            return top;
        }
        javafx.geometry.Point2D p = r.sceneToLocal(sceneX, sceneY);
        for (BackgroundFill f : bg.getFills()) {
            var in = f.getInsets();
            boolean covers = p.getX() >= in.getLeft() && p.getY() >= in.getTop()
                    && p.getX() <= r.getWidth() - in.getRight() && p.getY() <= r.getHeight() - in.getBottom();
            Color c = f.getFill() instanceof Color plain ? plain
                    : f.getFill() instanceof javafx.scene.paint.LinearGradient g ? mean(g.getStops())
                    : f.getFill() instanceof javafx.scene.paint.RadialGradient g ? mean(g.getStops()) : null;
            if (covers && c != null && c.getOpacity() > 0) {
                top.addFirst(c);
            }
        }
        return top;
    }

    private static Color mean(List<javafx.scene.paint.Stop> stops) {
        double r = 0, g = 0, b = 0, a = 0;
        for (var s : stops) {
            r += s.getColor().getRed();
            g += s.getColor().getGreen();
            b += s.getColor().getBlue();
            a += s.getColor().getOpacity();
        }
        int n = Math.max(1, stops.size());
        return new Color(r / n, g / n, b / n, a / n);
    }

    private static boolean contains(Node s, double x, double y) {
        Bounds b = s.localToScene(s.getBoundsInLocal());
        return b.contains(x, y);
    }

    private static boolean onScreen(Node n, Scene scene) {
        Bounds b = n.localToScene(n.getBoundsInLocal());
        return b.getMaxX() > 0 && b.getMaxY() > 0 && b.getMinX() < scene.getWidth() && b.getMinY() < scene.getHeight()
                && b.getWidth() > 0;
    }

    private static boolean treeVisible(Node n) {
        for (Node p = n; p != null; p = p.getParent()) {
            if (!p.isVisible()) {
                return false;
            }
        }
        return true;
    }

    private static boolean disabled(Node n) {
        return n.isDisabled();
    }

    private static double opacity(Node n) {
        double o = 1;
        for (Node p = n; p != null; p = p.getParent()) {
            o *= p.getOpacity();
        }
        return o;
    }

    static Color withAlpha(Color c, double a) {
        return new Color(c.getRed(), c.getGreen(), c.getBlue(), Math.max(0, Math.min(1, a)));
    }

    static Color over(Color top, Color bottom) {
        double a = top.getOpacity();
        return new Color(top.getRed() * a + bottom.getRed() * (1 - a), top.getGreen() * a + bottom.getGreen() * (1 - a),
                top.getBlue() * a + bottom.getBlue() * (1 - a), 1);
    }

    /** WCAG 2.x contrast ratio. */
    static double contrast(Color a, Color b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double luminance(Color c) {
        return 0.2126 * channel(c.getRed()) + 0.7152 * channel(c.getGreen()) + 0.0722 * channel(c.getBlue());
    }

    private static double channel(double c) {
        return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }

    private static String path(Node n) {
        StringBuilder s = new StringBuilder();
        for (Node p = n.getParent(); p != null && s.length() < 120; p = p.getParent()) {
            if (!p.getStyleClass().isEmpty()) {
                s.append(p.getStyleClass().getFirst()).append('<');
            }
        }
        return s.toString();
    }

    private static void walk(Node n, java.util.function.Consumer<Node> visit) {
        visit.accept(n);
        if (n instanceof Parent p) {
            p.getChildrenUnmodifiable().forEach(c -> walk(c, visit));
        }
    }
}
