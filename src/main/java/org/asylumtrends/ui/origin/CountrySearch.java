package org.asylumtrends.ui.origin;

import javafx.collections.FXCollections;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TextInputControl;
import org.asylumtrends.data.Country;
import org.asylumtrends.text.Messages;
import org.controlsfx.control.SearchableComboBox;

/**
 * Type-to-find for a box of countries: as one types, the box's list shows the countries that {@link TypedMatch}
 * finds, best match first, with nothing selected, so that Enter (which takes the first when nothing is) takes it.
 * ControlsFX's skin filters its own list on every keystroke by the shown text; its filter is private, so this
 * listens to the same search field (after the skin, as change listeners are told after invalidation listeners)
 * and to the box's countries, and gives the skin's list box the list found instead. Both are found by the ids the
 * skin gives them ("search", "filtered"); {@code ComparisonWindowTest} fails ("Rus" takes Belarus) if a new
 * ControlsFX changes them.
 */
final class CountrySearch {
    private CountrySearch() {
    }

    static void attach(SearchableComboBox<Country> box) {
        attach(box, typed -> Messages.format("search.none", typed));
    }

    /**
     * As above; when nothing answers the text, the popup says {@code whyNone} of it instead of an empty white list
     * ("Russia is compared already" where the add box leaves out what is listed).
     */
    static void attach(SearchableComboBox<Country> box, java.util.function.UnaryOperator<String> whyNone) {
        javafx.scene.control.Label none = new javafx.scene.control.Label();
        none.getStyleClass().add("search-none");
        none.setWrapText(true);
        box.setPlaceholder(none); // the popup's list (bound to it through the skin) shows it when it has no rows
        box.skinProperty().addListener((o, a, skin) -> {
            if (skin != null && box.lookup("#search") instanceof TextInputControl search
                    && box.lookup("#filtered") instanceof ComboBox<?> found) {
                @SuppressWarnings("unchecked")
                ComboBox<Country> list = (ComboBox<Country>) found;
                Runnable show = () -> {
                    String typed = search.getText();
                    // Nothing typed (as when the popup closes and the skin clears it): the box's own list and order.
                    if (box.isShowing() && typed != null && !typed.isBlank()) {
                        list.setItems(FXCollections.observableArrayList(TypedMatch.found(box.getItems(), typed)));
                        if (list.getItems().isEmpty()) {
                            none.setText(whyNone.apply(typed.strip()));
                        }
                        // A new list keeps the box's value selected when it is in it ("Niger" kept Nigeria first
                        // in line for Enter); the box gets its value back on Escape, or when the popup closes.
                        list.getSelectionModel().clearSelection();
                    }
                };
                search.textProperty().addListener((t, before, typed) -> show.run());
                // A Space is part of a name ("South Sudan"). The popup's list gets the keys typed into the search
                // field too (ControlsFX reads Enter and Escape there), and a list selects its focused row on Space:
                // under openbox "South " chose the Republic of Korea, and the add box added it.
                list.skinProperty().addListener((l, was, listSkin) -> {
                    if (listSkin instanceof javafx.scene.control.skin.ComboBoxListViewSkin<?> popup
                            && popup.getPopupContent() != null) {
                        popup.getPopupContent().addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
                            if (e.getCode() == javafx.scene.input.KeyCode.SPACE) {
                                e.consume();
                            }
                        });
                    }
                });
                // New countries while the popup is open (every origin arrives a moment after the opening data): the
                // skin puts its own filter back.
                box.itemsProperty().addListener((i, before, items) -> show.run());
            }
        });
    }
}
