package org.asylumtrends.ui.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.asylumtrends.data.Annotation;
import org.asylumtrends.data.AsylumDataset;
import org.asylumtrends.data.DatasetLoader;
import org.asylumtrends.data.EraConvention;
import org.asylumtrends.data.EraTable;
import org.asylumtrends.data.Measure;
import org.asylumtrends.data.RangeAggregation;
import org.asylumtrends.data.Scale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Undo and redo over the model, without the toolkit: every kind of change, walked back and forth exactly. */
class ViewHistoryTest {
    private static AsylumDataset data;
    private static EraTable eras;

    @BeforeAll
    static void load() throws Exception {
        data = DatasetLoader.loadBundled();
        eras = EraTable.loadBundled();
    }

    /** Ten changes of every kind the window makes: measure, years, sum, convention, scale, texts, annotations. */
    private static final List<Consumer<MainModel>> TEN_CHANGES = List.of(
            m -> m.selectMeasure(Measure.REFUGEES),
            m -> m.selectYears(2000, 2025),
            m -> m.selectAggregation(RangeAggregation.SUM_OVER_YEARS),
            m -> m.edit(m.getEditorial().withTitle("Over a million? Not quite")),
            m -> m.selectConvention(EraConvention.IN_OFFICE_AT_YEAR_END),
            m -> m.select(m.getSelection().withScale(Scale.LOG)),
            m -> m.edit(m.getEditorial().withAnnotations(List.of(Annotation.at(LocalDate.of(2020, 6, 30), "NSL")))),
            m -> m.selectMeasure(Measure.ASYLUM_SEEKERS),
            m -> m.selectYears(2012, 2020),
            m -> m.edit(m.getEditorial().withByline("Chart: J. Doe").withNotes("A note")));

    @Test
    void tenChangesAreWalkedBackExactlyAndForwardAgain() {
        MainModel model = new MainModel();
        model.showDataset(data, eras);
        ViewHistory history = new ViewHistory(model);
        List<ViewHistory.Step> states = new ArrayList<>();
        states.add(step(model));
        for (Consumer<MainModel> change : TEN_CHANGES) {
            change.accept(model);
            states.add(step(model));
        }
        assertThat(states).doesNotHaveDuplicates();
        assertThat(history.depth()).isEqualTo(10);

        for (int i = 9; i >= 0; i--) {
            history.undo();
            assertThat(step(model)).as("after undo back to state %d", i).isEqualTo(states.get(i));
            assertThat(model.getChartData().selected()).isEqualTo(states.get(i).selection().years());
        }
        assertThat(history.canUndoProperty().get()).isFalse();
        history.undo(); // nothing left: nothing changes
        assertThat(step(model)).isEqualTo(states.get(0));

        for (int i = 1; i <= 10; i++) {
            history.redo();
            assertThat(step(model)).as("after redo to state %d", i).isEqualTo(states.get(i));
        }
        assertThat(history.canRedoProperty().get()).isFalse();
    }

    @Test
    void aNewChangeAfterUndoDropsWhatCouldBeRedone() {
        MainModel model = new MainModel();
        model.showDataset(data, eras);
        ViewHistory history = new ViewHistory(model);
        model.selectMeasure(Measure.REFUGEES);
        history.undo();
        assertThat(history.canRedoProperty().get()).isTrue();

        model.selectYears(2015, 2020);

        assertThat(history.canRedoProperty().get()).isFalse();
        history.redo();
        assertThat(model.getSelection().measure()).isEqualTo(Measure.ASYLUM_SEEKERS);
    }

    @Test
    void aSliderDragIsOneStep() {
        MainModel model = new MainModel();
        model.showDataset(data, eras);
        ViewHistory history = new ViewHistory(model);
        history.beginGesture();
        for (int to = 2023; to >= 2015; to--) {
            model.selectYears(2012, to);
        }
        history.endGesture();

        assertThat(history.depth()).isEqualTo(1);
        history.undo();
        assertThat(model.getSelection().years().to()).isEqualTo(2024);
    }

    @Test
    void otherDataStartANewHistory() throws Exception {
        MainModel model = new MainModel();
        model.showDataset(data, eras);
        ViewHistory history = new ViewHistory(model);
        model.selectMeasure(Measure.REFUGEES);

        model.showDataset(DatasetLoader.loadBundled(), eras); // a new load, as File > Open gives

        assertThat(history.canUndoProperty().get()).isFalse();
    }

    private static ViewHistory.Step step(MainModel m) {
        return new ViewHistory.Step(m.getSelection(), m.getEditorial());
    }
}
