package org.asylumtrends.ui.destinations;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.scene.text.Text;
import org.asylumtrends.data.ChartData;
import org.asylumtrends.data.Fixtures;
import org.asylumtrends.ui.model.MainModel;
import org.asylumtrends.ui.theme.Theme;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The bars panel hidden (View > Panels, remembered across a restart) still follows the selection; shown again,
 * its long names are cut for the font they are drawn in. They were cut in JavaFX's default 8 px axis font while out
 * of the scene, and ran past the names' width at the style sheet's 12 px until the next change.
 */
class HiddenBarsNamesTest {
    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @Test
    void namesCutWhileHiddenAreCutAgainWhenShown() throws Exception {
        MainModel model = new MainModel();
        model.showDataset(Fixtures.load("ui/long-asylum-name.csv"), org.asylumtrends.data.EraTable.loadBundled());
        List<Text> names = WaitForAsyncUtils.asyncFx(() -> {
            SimpleObjectProperty<ChartData> data = new SimpleObjectProperty<>();
            DestinationPane hidden = new DestinationPane(data);
            data.set(model.getChartData()); // the selection changes while the panel is hidden
            StackPane root = new StackPane();
            Scene scene = new Scene(root, 900, 500);
            scene.getStylesheets().setAll(Theme.LIGHT.stylesheets());
            root.getChildren().add(hidden); // View > Panels > Countries of asylum
            for (int pass = 0; pass < 3; pass++) {
                root.applyCss();
                root.layout();
            }
            return hidden.chart().getYAxis().getChildrenUnmodifiable().stream()
                    .filter(n -> n instanceof Text t && t.isVisible()).map(Text.class::cast).toList();
        }).get(20, TimeUnit.SECONDS);
        Text longName = names.stream().filter(t -> t.getText().startsWith("St Vincent")).findFirst().orElseThrow();
        assertThat(longName.getText()).endsWith("\u2026");
        assertThat(longName.getFont().getSize()).as("drawn in the style sheet's font").isEqualTo(12);
        assertThat(longName.getLayoutBounds().getWidth()).as("width of '%s'", longName.getText())
                .isLessThanOrEqualTo(150);
    }
}
