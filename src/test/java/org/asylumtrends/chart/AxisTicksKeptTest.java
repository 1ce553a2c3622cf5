package org.asylumtrends.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.scene.text.Text;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A value axis shown the same ticks with the same labels keeps its tick labels: JavaFX makes a new text node for
 * every tick of a range marked invalid, and restyling ~20 of them was a good part of every year change. What
 * changes the labels (other ticks, other words, a log axis) still makes them anew.
 */
class AxisTicksKeptTest {
    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @Test
    void theSameTicksKeepTheirLabelsAndOtherTicksGetNewOnes() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> {
            ValueScaleAxis axis = new ValueScaleAxis();
            axis.setSide(javafx.geometry.Side.LEFT);
            StackPane root = new StackPane(axis);
            new Scene(root, 120, 400);
            NiceScale scale = NiceScale.of(180_960, true, Double.POSITIVE_INFINITY);
            axis.showLinear(scale, v -> String.format("%,.0f", v));
            lay(root);
            List<Text> first = labels(axis);
            assertThat(first).extracting(Text::getText).contains("0", "200,000");

            axis.showLinear(NiceScale.of(176_239, true, Double.POSITIVE_INFINITY), v -> String.format("%,.0f", v));
            lay(root);
            assertThat(labels(axis)).as("the same ticks and words: the same nodes").containsExactlyElementsOf(first);

            axis.showLinear(scale, v -> String.format("%,.0f people", v));
            lay(root);
            assertThat(labels(axis)).as("other words").extracting(Text::getText).contains("200,000 people");

            axis.showLinear(NiceScale.of(95_000, true, Double.POSITIVE_INFINITY), v -> String.format("%,.0f", v));
            lay(root);
            assertThat(labels(axis)).as("other ticks").extracting(Text::getText).contains("100,000")
                    .doesNotContain("200,000");

            axis.showLog(10, 95_000, v -> String.format("%,.0f", v));
            lay(root);
            assertThat(axis.isLog()).isTrue();
            assertThat(labels(axis)).as("a log axis").extracting(Text::getText).contains("10", "100", "1,000");
            return null;
        }).get(20, TimeUnit.SECONDS);
    }

    private static void lay(StackPane root) {
        root.applyCss();
        root.layout();
    }

    private static List<Text> labels(ValueScaleAxis axis) {
        return axis.getChildrenUnmodifiable().stream().filter(n -> n instanceof Text).map(Text.class::cast)
                .filter(Node::isVisible).toList();
    }
}
