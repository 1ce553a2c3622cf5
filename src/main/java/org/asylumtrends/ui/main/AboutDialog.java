package org.asylumtrends.ui.main;

import javafx.scene.control.Alert;
import javafx.stage.Window;
import org.asylumtrends.data.AsylumDataset;
import org.asylumtrends.data.DatasetMetadata;
import org.asylumtrends.text.Messages;

/** Help > About: version, data source, release and licence. */
final class AboutDialog {
    private AboutDialog() {
    }

    static void show(Window owner, AsylumDataset data) {
        String version = AboutDialog.class.getPackage().getImplementationVersion();
        String source = data == null ? DatasetMetadata.UNHCR_SOURCE : data.metadata().source();
        String licence = data == null ? DatasetMetadata.UNHCR_LICENCE : data.metadata().licence();
        String release = data == null ? "\u2014" : data.metadata().release().isBlank()
                ? Messages.get("about.releaseNotStated") : data.metadata().release();
        Alert alert = new Alert(Alert.AlertType.INFORMATION);
        alert.initOwner(owner);
        alert.setTitle(Messages.get("about.title"));
        alert.setHeaderText(Messages.format("about.header", version == null ? "(development)" : version));
        alert.setContentText(Messages.format("about.text", source, release, licence) + "\n\n"
                + Messages.get("about.codeLicence"));
        alert.getDialogPane().setPrefWidth(520);
        alert.show();
    }
}
