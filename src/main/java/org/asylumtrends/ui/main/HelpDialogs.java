package org.asylumtrends.ui.main;

import java.util.function.Consumer;
import javafx.scene.control.Alert;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.asylumtrends.text.Messages;

/**
 * Help > How the figures are made… and Keyboard shortcuts…: the methodology a reader of a chart needs (stock and
 * flow, releases, UNHCR's rounding of small numbers, cases and persons) and the keys, from the bundle. Links go to
 * the desktop's browser; offline, nothing blocks: the browser says it cannot reach the page.
 */
final class HelpDialogs {
    static final String UNHCR_URL = "https://www.unhcr.org/refugee-statistics/";
    static final String METHODOLOGY_URL = "https://www.unhcr.org/refugee-statistics/methodology/";
    static final String LICENCE_URL = "https://creativecommons.org/licenses/by/4.0/";

    private HelpDialogs() {
    }

    static Alert methodology(Window owner, Consumer<String> browser) {
        Label text = new Label(Messages.get("help.methodology.text"));
        text.setWrapText(true);
        text.setId("methodologyText");
        Hyperlink unhcr = new Hyperlink(Messages.get("help.methodology.link"));
        unhcr.setOnAction(e -> browser.accept(METHODOLOGY_URL));
        Alert alert = dialog(owner, "help.methodology.title", new VBox(8, text, unhcr));
        alert.getDialogPane().setId("methodologyDialog");
        alert.show();
        return alert;
    }

    static Alert shortcuts(Window owner) {
        Label text = new Label(Messages.get("help.shortcuts.text"));
        text.setId("shortcutsText");
        Alert alert = dialog(owner, "help.shortcuts.title", new VBox(text));
        alert.getDialogPane().setId("shortcutsDialog");
        alert.show();
        return alert;
    }

    private static Alert dialog(Window owner, String titleKey, VBox content) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION);
        if (owner != null) {
            alert.initOwner(owner);
        }
        alert.setTitle(Messages.get(titleKey));
        alert.setHeaderText(Messages.get(titleKey));
        alert.getDialogPane().setContent(content);
        alert.getDialogPane().setPrefWidth(600);
        return alert;
    }
}
