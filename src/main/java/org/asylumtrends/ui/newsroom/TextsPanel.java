package org.asylumtrends.ui.newsroom;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.asylumtrends.data.Annotation;
import org.asylumtrends.data.ChartData;
import org.asylumtrends.data.Editorial;
import org.asylumtrends.export.FigureContent;
import org.asylumtrends.export.FigureTexts;
import org.asylumtrends.text.Formats;
import org.asylumtrends.text.Messages;

/**
 * The side panel where the author writes the figure's title, subtitle, notes, byline and alt text, and lists the
 * annotations. An empty field means the generated text, shown greyed as the field's prompt; a field is committed
 * (one undo step) on Enter or when it loses focus, never on each key. What is typed is cleaned of control and
 * bidirectional-override characters before it reaches the model. The source line is not here: nobody edits it.
 */
public final class TextsPanel extends VBox {
    private final TextField title = new TextField();
    private final TextField subtitle = new TextField();
    private final TextArea notes = new TextArea();
    private final TextField byline = new TextField();
    private final TextArea altText = new TextArea();
    private final Label generatedAlt = new Label();
    private final ListView<Annotation> annotations = new ListView<>();
    private final Button addAnnotation = new Button(Messages.get("texts.annotation.add"));
    private final Button removeAnnotation = new Button(Messages.get("texts.annotation.remove"));
    private final Button copyAlt = new Button(Messages.get("texts.altText.copy"));
    private final ObservableValue<Editorial> editorial;
    private final ObservableValue<ChartData> chartData;
    private final Consumer<Editorial> edit;
    private boolean pulling;

    /**
     * @param addAnnotationAction opens the annotation dialog (the window also offers it on a right-click)
     */
    public TextsPanel(ObservableValue<ChartData> chartData, ObservableValue<Editorial> editorial,
                      Consumer<Editorial> edit, Runnable addAnnotationAction) {
        this.editorial = editorial;
        this.chartData = chartData;
        this.edit = edit;
        getStyleClass().add("texts-panel");
        setId("textsPanel");
        setSpacing(4);
        setPrefWidth(280);
        setMinWidth(220);
        title.setId("textsTitle");
        subtitle.setId("textsSubtitle");
        notes.setId("textsNotes");
        byline.setId("textsByline");
        altText.setId("textsAltText");
        annotations.setId("textsAnnotations");
        notes.setPrefRowCount(3);
        notes.setWrapText(true);
        altText.setPrefRowCount(4);
        altText.setWrapText(true);
        byline.setPromptText(Messages.get("texts.byline.prompt"));
        notes.setPromptText(Messages.get("texts.notes.prompt"));
        generatedAlt.setWrapText(true);
        generatedAlt.getStyleClass().add("footnote");
        annotations.setPrefHeight(110);
        annotations.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(Annotation a, boolean empty) {
                super.updateItem(a, empty);
                setText(empty || a == null ? null : describe(a));
            }
        });
        annotations.setPlaceholder(new Label(Messages.get("texts.annotations.none")));
        commitOn(title, Editorial.MAX_LINE, false, Editorial::withTitle);
        commitOn(subtitle, Editorial.MAX_LINE, false, Editorial::withSubtitle);
        commitOn(notes, Editorial.MAX_TEXT, true, Editorial::withNotes);
        commitOn(byline, Editorial.MAX_LINE, false, Editorial::withByline);
        commitOn(altText, Editorial.MAX_TEXT, true, Editorial::withAltText);
        addAnnotation.setOnAction(e -> addAnnotationAction.run());
        removeAnnotation.setId("removeAnnotation");
        removeAnnotation.disableProperty().bind(annotations.getSelectionModel().selectedItemProperty().isNull());
        removeAnnotation.setOnAction(e -> {
            Annotation chosen = annotations.getSelectionModel().getSelectedItem();
            if (chosen != null) {
                List<Annotation> rest = new ArrayList<>(editorial.getValue().annotations());
                rest.remove(chosen);
                edit.accept(editorial.getValue().withAnnotations(rest));
            }
        });
        copyAlt.setId("copyAltText");
        copyAlt.setOnAction(e -> copyAltText());
        getChildren().addAll(caption("texts.title"), title, caption("texts.subtitle"), subtitle,
                caption("texts.notes"), notes, caption("texts.byline"), byline, caption("texts.altText"), altText,
                generatedAlt, copyAlt, caption("texts.annotations"), annotations,
                new HBox(6, addAnnotation, removeAnnotation), fixedNote());
        editorial.addListener((o, a, b) -> pull());
        chartData.addListener((o, a, b) -> pull());
        pull();
    }

    /** "30 Jun 2020: Hong Kong national security law", or a range of dates. */
    public static String describe(Annotation a) {
        return Formats.annotation(a);
    }

    /** The alt text in use (the author's or the generated one), to the clipboard as text. */
    public void copyAltText() {
        ClipboardContent content = new ClipboardContent();
        content.putString(currentAltText());
        Clipboard.getSystemClipboard().setContent(content);
    }

    /** The alt text the figure carries now. */
    public String currentAltText() {
        ChartData data = chartData.getValue();
        return data == null ? "" : FigureTexts.of(data, FigureContent.BOTH, editorial.getValue()).altText();
    }

    private void commitOn(TextInputControl field, int max, boolean lines,
                          BiFunction<Editorial, String, Editorial> with) {
        Runnable commit = () -> {
            if (pulling) {
                return;
            }
            String cleaned = Editorial.clean(field.getText() == null ? "" : field.getText(), max, lines);
            Editorial now = editorial.getValue();
            Editorial next = with.apply(now, cleaned);
            if (!next.equals(now)) {
                edit.accept(next);
            }
            if (!cleaned.equals(field.getText())) {
                field.setText(cleaned);
            }
        };
        field.focusedProperty().addListener((o, was, focused) -> {
            if (!focused) {
                commit.run();
            }
        });
        if (field instanceof TextField tf) {
            tf.setOnAction(e -> commit.run());
        }
    }

    /** Shows the model's texts; the generated ones as prompts. */
    private void pull() {
        pulling = true;
        try {
            Editorial e = editorial.getValue();
            set(title, e.title());
            set(subtitle, e.subtitle());
            set(notes, e.notes());
            set(byline, e.byline());
            set(altText, e.altText());
            annotations.setItems(FXCollections.observableArrayList(e.annotations()));
            ChartData data = chartData.getValue();
            if (data != null) {
                FigureTexts generated = FigureTexts.generated(data, FigureContent.BOTH);
                title.setPromptText(generated.title());
                subtitle.setPromptText(generated.subtitle());
                altText.setPromptText(generated.altText());
                generatedAlt.setText(e.altText().isBlank() ? "" : Messages.format("texts.altText.generated",
                        generated.altText()));
            }
        } finally {
            pulling = false;
        }
    }

    private static void set(TextInputControl field, String text) {
        if (!text.equals(field.getText())) {
            field.setText(text);
        }
    }

    private static Label caption(String key) {
        Label l = new Label(Messages.get(key));
        l.getStyleClass().add("filter-caption");
        return l;
    }

    private static Label fixedNote() {
        Label l = new Label(Messages.get("texts.sourceFixed"));
        l.setWrapText(true);
        l.getStyleClass().add("footnote");
        return l;
    }

    public TextField title() {
        return title;
    }

    public TextField subtitle() {
        return subtitle;
    }

    public TextArea notes() {
        return notes;
    }

    public TextField byline() {
        return byline;
    }

    public TextArea altText() {
        return altText;
    }

    public ListView<Annotation> annotations() {
        return annotations;
    }

    public Button addAnnotationButton() {
        return addAnnotation;
    }
}
