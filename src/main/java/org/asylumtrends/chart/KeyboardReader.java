package org.asylumtrends.chart;

import java.util.List;
import java.util.function.IntConsumer;
import java.util.function.Supplier;
import javafx.geometry.Point2D;
import javafx.scene.AccessibleRole;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.Region;
import org.asylumtrends.text.Messages;

/**
 * Reading a chart without a mouse or without seeing it: the chart takes the keyboard focus, says what it shows in
 * one or two sentences (its accessible text, what a screen reader reads on reaching it), and the arrow keys move a
 * cursor from one year (or country) to the next, showing that item's tooltip beside it and making its text the
 * accessible text, which a screen reader announces. Home and End go to the first and the last; Escape hides the
 * tooltip; Enter acts on the item at the cursor when the chart gives an action ({@link #setOnEnter}). Attached to a chart by one call, so the chart's own drawing code does not change. FX thread only.
 */
public final class KeyboardReader {
    /** One stop of the cursor: what it says and where its tooltip points (chart coordinates; null: the corner). */
    public record Item(String text, Supplier<Point2D> anchor) {
    }

    private final Region chart;
    private final Tooltip tip = new Tooltip();
    private List<Item> items = List.of();
    private String summary = "";
    private int cursor = -1;
    private IntConsumer onEnter;

    private KeyboardReader(Region chart) {
        this.chart = chart;
        tip.setWrapText(true);
        tip.setMaxWidth(420);
        // Escape closes the tooltip before the chart sees the key: the cursor goes with it.
        tip.setOnHidden(e -> {
            if (cursor >= 0) {
                cursor = -1;
                chart.setAccessibleText(summary);
            }
        });
    }

    /** Makes {@code chart} focusable and readable by keyboard; call {@link #show} whenever it shows new data. */
    public static KeyboardReader attach(Region chart) {
        KeyboardReader reader = new KeyboardReader(chart);
        chart.setFocusTraversable(true);
        chart.setAccessibleRole(AccessibleRole.IMAGE_VIEW);
        chart.setAccessibleHelp(Messages.get("chart.keyboardHelp"));
        chart.getStyleClass().add("keyboard-readable");
        chart.addEventHandler(KeyEvent.KEY_PRESSED, reader::key);
        chart.focusedProperty().addListener((o, was, focused) -> {
            if (!focused) {
                reader.leave();
            }
        });
        return reader;
    }

    /** The chart's summary and the items the cursor visits, in reading order. The cursor starts again. */
    public void show(String summary, List<Item> items) {
        this.summary = summary;
        this.items = List.copyOf(items);
        leave();
    }

    /** What Enter does on the item at the cursor (its index in {@link #show}'s items); null: nothing. */
    public void setOnEnter(IntConsumer action) {
        onEnter = action;
    }

    /** Where the cursor is (-1: on none). */
    public int cursor() {
        return cursor;
    }

    /** The tooltip the cursor shows. */
    public Tooltip tooltip() {
        return tip;
    }

    /** The summary, as read when the chart is reached. */
    public String summary() {
        return summary;
    }

    private void key(KeyEvent e) {
        if (items.isEmpty()) {
            return;
        }
        if ((e.getCode() == javafx.scene.input.KeyCode.ENTER) && onEnter != null && cursor >= 0) {
            e.consume();
            onEnter.accept(cursor);
            return;
        }
        int next = switch (e.getCode()) {
            case RIGHT, DOWN, KP_RIGHT, KP_DOWN -> cursor < 0 ? 0 : Math.min(items.size() - 1, cursor + 1);
            case LEFT, UP, KP_LEFT, KP_UP -> cursor < 0 ? 0 : Math.max(0, cursor - 1);
            case HOME -> 0;
            case END -> items.size() - 1;
            case ESCAPE -> -2;
            default -> Integer.MIN_VALUE;
        };
        if (next == Integer.MIN_VALUE) {
            return;
        }
        e.consume(); // the arrows move the cursor here, not the focus
        if (next == -2) {
            leave();
            return;
        }
        moveTo(next);
    }

    private void moveTo(int index) {
        cursor = index;
        Item item = items.get(index);
        tip.setText(item.text());
        chart.setAccessibleText(item.text());
        Point2D local = item.anchor() == null ? null : item.anchor().get();
        Point2D screen = chart.localToScreen(local == null ? new Point2D(8, 8) : local);
        if (screen == null || chart.getScene() == null || chart.getScene().getWindow() == null) {
            return;
        }
        if (tip.isShowing()) {
            tip.setAnchorX(screen.getX() + 12);
            tip.setAnchorY(screen.getY() + 12);
        } else {
            tip.show(chart, screen.getX() + 12, screen.getY() + 12);
        }
    }

    private void leave() {
        cursor = -1;
        tip.hide();
        chart.setAccessibleText(summary);
    }
}
