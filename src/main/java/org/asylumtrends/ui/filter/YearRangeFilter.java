package org.asylumtrends.ui.filter;

import java.util.function.Consumer;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.TraversalDirection;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import org.asylumtrends.data.ChartData;
import org.asylumtrends.data.Selection;
import org.asylumtrends.data.YearRange;
import org.asylumtrends.text.Messages;
import org.controlsfx.control.RangeSlider;

/**
 * A two-thumb slider over the data's years, snapping to whole years, with the selection as text. Dragging
 * updates the model live; arrow keys move the focused thumb by one year (Tab switches thumbs), Home and End move it
 * to its end of the range.
 */
public final class YearRangeFilter extends HBox {
    /** Bounds and thumbs come from the first data shown (see pullFromModel); until then, the selected years. */
    private final RangeSlider slider = new RangeSlider(Selection.DEFAULT.years().from(),
            Selection.DEFAULT.years().to(), Selection.DEFAULT.years().from(), Selection.DEFAULT.years().to());
    private final Label selection = new Label();
    private final Label caption;
    private boolean updatingFromModel;

    /** Shows {@code chartData}'s years within those it has; a move is handed to {@code select}. */
    public YearRangeFilter(ObservableValue<ChartData> chartData, ObservableValue<Selection> shown,
                           Consumer<Selection> select) {
        getStyleClass().add("year-range-filter");
        setAlignment(Pos.CENTER_LEFT);
        setSpacing(12);
        caption = new Label(Messages.get("filter.years"));
        caption.getStyleClass().add("filter-caption");
        caption.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE); // never "M…" in a small window
        slider.setId("yearRangeSlider");
        // Its name for a screen reader says the range too: "Years: 2012–2024".
        slider.accessibleTextProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> Messages.format("filter.years.accessible", selection.getText()), selection.textProperty()));
        slider.setShowTickMarks(true);
        slider.setShowTickLabels(true);
        slider.setMajorTickUnit(1);
        slider.setMinorTickCount(0);
        slider.setBlockIncrement(1);
        slider.setSnapToTicks(true);
        slider.setLabelFormatter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(Number n) {
                int y = (int) Math.round(n.doubleValue());
                return y % 5 == 0 ? Integer.toString(y) : "";
            }

            @Override
            public Number fromString(String s) {
                return Integer.parseInt(s);
            }
        });
        HBox.setHgrow(slider, Priority.ALWAYS);
        selection.setId("yearRangeText");
        selection.getStyleClass().add("year-range-text");
        selection.setMinWidth(90);
        getChildren().addAll(caption, slider, selection);

        // Home and End move the focused thumb only. The slider's own skin moved the high thumb to the minimum on
        // Home whichever thumb had focus, collapsing the range to one year.
        slider.addEventFilter(KeyEvent.KEY_PRESSED, this::homeOrEnd);
        slider.addEventFilter(KeyEvent.KEY_RELEASED, e -> {
            if (e.getCode() == KeyCode.HOME || e.getCode() == KeyCode.END) {
                e.consume(); // the skin acts on the release too
            }
        });
        slider.lowValueProperty().addListener((o, a, b) -> {
            pushToModel(shown, select);
            raiseMovableThumb();
        });
        slider.highValueProperty().addListener((o, a, b) -> {
            pushToModel(shown, select);
            raiseMovableThumb();
        });
        chartData.addListener((o, a, data) -> pullFromModel(data));
        slider.skinProperty().addListener((o, a, skin) -> raiseMovableThumb()); // saved years may be one already
    }

    private void homeOrEnd(KeyEvent e) {
        if (e.getCode() == KeyCode.TAB) {
            leaveByTab(e);
            return;
        }
        if (e.getCode() != KeyCode.HOME && e.getCode() != KeyCode.END) {
            return;
        }
        boolean home = e.getCode() == KeyCode.HOME;
        if (highThumbFocused()) {
            slider.setHighValue(home ? slider.getLowValue() : slider.getMax());
        } else {
            slider.setLowValue(home ? slider.getMin() : slider.getHighValue());
        }
        e.consume();
    }

    /**
     * Tab past the last thumb goes to the next control. The skin handed focus to the slider's next sibling, the
     * label with the years, which is no control: a Tab stop with nothing to show it.
     */
    private void leaveByTab(KeyEvent e) {
        boolean high = highThumbFocused();
        if (high && !e.isShiftDown()) {
            e.consume();
            selection.requestFocusTraversal(TraversalDirection.NEXT); // from the slider, it went to its own thumb
        } else if (!high && e.isShiftDown()) {
            e.consume();
            caption.requestFocusTraversal(TraversalDirection.PREVIOUS);
        }
    }

    /** Which thumb the keys move: the skin marks the focused one (the low one unless Tab moved on). */
    private boolean highThumbFocused() {
        Node high = slider.lookup(".high-thumb");
        return high != null && high.isFocused();
    }

    /**
     * With both thumbs on one year, the mouse takes what lies on top there: the skin draws the range bar over both
     * thumbs and the high thumb over the low one. A drag then moved the whole one-year range, or, on the last year,
     * nothing: the high thumb can go neither right (the end) nor left (not below the low one), and only a click on
     * the track got the thumbs apart (seen under openbox). So the thumb that can move goes on top: in the right
     * half the low one, which can go left; elsewhere the high one, which can go right.
     */
    private void raiseMovableThumb() {
        Node low = slider.lookup(".low-thumb");
        Node high = slider.lookup(".high-thumb");
        if (low == null || high == null || low.getParent() != high.getParent()
                || Math.round(slider.getLowValue()) != Math.round(slider.getHighValue())) {
            return;
        }
        Node top = slider.getLowValue() > (slider.getMin() + slider.getMax()) / 2 ? low : high;
        java.util.List<Node> order = top.getParent().getChildrenUnmodifiable();
        if (order.get(order.size() - 1) != top) {
            top.toFront(); // only when the order changes: the values change many times a second while dragged
        }
    }

    /** Called live while a thumb is dragged: hands on whole years only when they change. */
    private void pushToModel(ObservableValue<Selection> shown, Consumer<Selection> select) {
        if (updatingFromModel) {
            return;
        }
        int low = (int) Math.round(slider.getLowValue());
        int high = (int) Math.round(slider.getHighValue());
        YearRange years = new YearRange(Math.min(low, high), Math.max(low, high));
        showText(years);
        if (!years.equals(shown.getValue().years())) {
            select.accept(shown.getValue().withYears(years));
        }
    }

    private void pullFromModel(ChartData data) {
        if (data == null || data.available() == null) {
            return;
        }
        updatingFromModel = true;
        try {
            YearRange all = data.available();
            YearRange sel = data.selected();
            if (slider.getMin() != all.from() || slider.getMax() != all.to()) {
                // Widen first so that the thumbs are never outside the bounds while both change.
                slider.setMin(Math.min(slider.getMin(), all.from()));
                slider.setMax(Math.max(slider.getMax(), all.to()));
            }
            if (slider.getLowValue() != sel.from() || slider.getHighValue() != sel.to()) {
                slider.setHighValue(Math.max(sel.to(), slider.getLowValue()));
                slider.setLowValue(sel.from());
                slider.setHighValue(sel.to());
            }
            slider.setMin(all.from());
            slider.setMax(all.to());
            showText(sel);
        } finally {
            updatingFromModel = false;
        }
    }

    private void showText(YearRange range) {
        selection.setText(range.from() == range.to() ? Messages.format("filter.single", range.from())
                : Messages.format("filter.range", range.from(), range.to()));
    }

    public RangeSlider slider() {
        return slider;
    }

    public Label selectionText() {
        return selection;
    }
}
