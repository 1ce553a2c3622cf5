package org.asylumtrends.ui;

import java.util.List;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;

/**
 * Where a window opens: at the size it asks for, never larger than the screen it lands on (a size saved on a big
 * monitor would hide the status bar on a laptop), and on a screen that exists (a position saved with a second
 * monitor attached would open the window where nobody can see it).
 */
public final class WindowPlacement {
    /** A window keeps this much of the screen free around it when it is shrunk to fit. */
    static final double MARGIN = 0.04;

    private WindowPlacement() {
    }

    /**
     * The bounds to open at. {@code x} and {@code y} are NaN for "centre it"; a saved position is kept only if most
     * of the window's title area would be on one of {@code screens}' visual bounds.
     */
    public static Rectangle2D place(double x, double y, double width, double height, List<Rectangle2D> screens,
            Rectangle2D primary) {
        Rectangle2D screen = primary;
        boolean keepPosition = !Double.isNaN(x) && !Double.isNaN(y);
        if (keepPosition) {
            Rectangle2D titleArea = new Rectangle2D(x, y, Math.max(1, width), 32);
            screen = screens.stream().filter(s -> s.intersects(titleArea)
                            && s.contains(Math.min(Math.max(x + width / 2, s.getMinX()), s.getMaxX() - 1), y + 1))
                    .findFirst().orElse(null);
            keepPosition = screen != null;
            if (screen == null) {
                screen = primary;
            }
        }
        double w = Math.min(width, screen.getWidth());
        double h = Math.min(height, screen.getHeight());
        if (w < width || h < height) {
            // Shrunk: leave a margin so the window manager's own panels and decorations still fit.
            w = Math.min(width, screen.getWidth() * (1 - MARGIN));
            h = Math.min(height, screen.getHeight() * (1 - MARGIN));
        }
        double px;
        double py;
        if (keepPosition) {
            px = Math.min(Math.max(x, screen.getMinX()), screen.getMaxX() - w);
            py = Math.min(Math.max(y, screen.getMinY()), screen.getMaxY() - h);
        } else {
            px = screen.getMinX() + (screen.getWidth() - w) / 2;
            py = screen.getMinY() + (screen.getHeight() - h) / 2;
        }
        return new Rectangle2D(px, py, w, h);
    }

    /** Sizes and positions {@code stage} by {@link #place} on the screens that are attached now. */
    public static void apply(Stage stage, double x, double y, double width, double height) {
        List<Rectangle2D> screens = Screen.getScreens().stream().map(Screen::getVisualBounds).toList();
        Rectangle2D at = place(x, y, width, height, screens, Screen.getPrimary().getVisualBounds());
        stage.setX(at.getMinX());
        stage.setY(at.getMinY());
        stage.setWidth(at.getWidth());
        stage.setHeight(at.getHeight());
    }
}
