package org.asylumtrends.ui.newsroom;

import java.time.LocalDate;
import java.util.Optional;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import org.asylumtrends.data.Annotation;
import org.asylumtrends.data.Editorial;
import org.asylumtrends.text.Messages;

/**
 * Asks for one annotation: a date (or a range of dates) and a label. The app suggests no text: an annotation is
 * the author's claim, never one the app makes.
 */
public final class AnnotationDialog extends Dialog<Annotation> {
    private final DatePicker from = new DatePicker();
    private final DatePicker to = new DatePicker();
    private final CheckBox range = new CheckBox(Messages.get("annotation.dialog.range"));
    private final TextField label = new TextField();

    public AnnotationDialog(Window owner, LocalDate date) {
        if (owner != null) {
            initOwner(owner);
        }
        setTitle(Messages.get("annotation.dialog.title"));
        getDialogPane().setId("annotationDialog");
        from.setValue(date);
        to.setValue(date);
        from.setId("annotationFrom");
        to.setId("annotationTo");
        label.setId("annotationLabel");
        label.setPromptText(Messages.get("annotation.dialog.labelPrompt"));
        to.disableProperty().bind(range.selectedProperty().not());
        GridPane form = new GridPane();
        form.setHgap(8);
        form.setVgap(6);
        form.addRow(0, new Label(Messages.get("annotation.dialog.date")), from);
        form.addRow(1, range, to);
        form.addRow(2, new Label(Messages.get("annotation.dialog.label")), label);
        getDialogPane().setContent(form);
        getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        getDialogPane().lookupButton(ButtonType.OK).disableProperty().bind(label.textProperty().isEmpty()
                .or(from.valueProperty().isNull()));
        setResultConverter(button -> button == ButtonType.OK ? annotation().orElse(null) : null);
    }

    /** What the fields say, if it is an annotation: a label, a date, a range that does not run backwards. */
    public Optional<Annotation> annotation() {
        String text = Editorial.clean(label.getText() == null ? "" : label.getText().strip(), Editorial.MAX_LINE, false);
        LocalDate start = from.getValue();
        LocalDate end = range.isSelected() && to.getValue() != null ? to.getValue() : start;
        if (text.isBlank() || start == null) {
            return Optional.empty();
        }
        return Optional.of(end.isBefore(start) ? new Annotation(end, start, text) : new Annotation(start, end, text));
    }

    public DatePicker from() {
        return from;
    }

    public DatePicker to() {
        return to;
    }

    public CheckBox range() {
        return range;
    }

    public TextField label() {
        return label;
    }
}
