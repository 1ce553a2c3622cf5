package org.asylumtrends.ui.main;

import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import org.asylumtrends.data.Measure;
import org.asylumtrends.data.RangeAggregation;
import org.asylumtrends.ui.Messages;
import org.asylumtrends.ui.destinations.DestinationPane;
import org.asylumtrends.ui.filter.MeasureSelector;
import org.asylumtrends.ui.filter.YearRangeFilter;
import org.asylumtrends.ui.summary.SummaryStrip;
import org.asylumtrends.ui.trend.TrendPane;

/**
 * The main window's layout: menus, measure selector, the two charts side by side, the year filter, the
 * summary and the status bar. It only arranges the views; they bind to the {@link MainModel}.
 */
public final class MainWindow extends BorderPane {
    private final MainModel model;
    private final TrendPane trend;
    private final DestinationPane destinations;
    private final YearRangeFilter yearFilter;
    private final MeasureSelector measureSelector;
    private final SummaryStrip summary;
    private final StatusBar statusBar;
    private final MenuItem openItem = new MenuItem(Messages.get("menu.file.open"));
    private final MenuItem exportItem = new MenuItem(Messages.get("menu.file.export"));
    private final MenuItem quitItem = new MenuItem(Messages.get("menu.file.quit"));
    private final MenuItem aboutItem = new MenuItem(Messages.get("menu.help.about"));

    public MainWindow(MainModel model) {
        this.model = model;
        getStyleClass().add("main-window");
        trend = new TrendPane(model.chartDataProperty());
        destinations = new DestinationPane(model.chartDataProperty());
        yearFilter = new YearRangeFilter(model);
        measureSelector = new MeasureSelector(model);
        summary = new SummaryStrip(model.chartDataProperty());
        statusBar = new StatusBar(model);

        SplitPane charts = new SplitPane(trend, destinations);
        charts.setOrientation(Orientation.HORIZONTAL);
        charts.setDividerPositions(0.54);
        charts.getStyleClass().add("charts");

        VBox top = new VBox(menuBar(), measureSelector);
        VBox.setMargin(measureSelector, new Insets(8, 12, 4, 12));
        VBox bottom = new VBox(yearFilter, summary, statusBar);
        setTop(top);
        setCenter(charts);
        setBottom(bottom);
    }

    private MenuBar menuBar() {
        Menu file = new Menu(Messages.get("menu.file"));
        openItem.setAccelerator(new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN));
        openItem.setDisable(true); // opening UNHCR files arrives with the file-import feature
        exportItem.setAccelerator(new KeyCodeCombination(KeyCode.E, KeyCombination.SHORTCUT_DOWN));
        exportItem.setDisable(true); // enabled once an export handler is set
        quitItem.setAccelerator(new KeyCodeCombination(KeyCode.Q, KeyCombination.SHORTCUT_DOWN));
        file.getItems().addAll(openItem, exportItem, new SeparatorMenuItem(), quitItem);

        Menu view = new Menu(Messages.get("menu.view"));
        ToggleGroup measureGroup = new ToggleGroup();
        for (Measure m : Measure.values()) {
            RadioMenuItem item = new RadioMenuItem(Messages.measureName(m));
            item.setToggleGroup(measureGroup);
            item.setUserData(m);
            item.setOnAction(e -> model.selectMeasure(m));
            view.getItems().add(item);
        }
        Runnable syncMeasures = () -> measureGroup.getToggles().forEach(t -> {
            Measure m = (Measure) t.getUserData();
            ((RadioMenuItem) t).setSelected(m == model.getMeasure());
            ((RadioMenuItem) t).setDisable(model.getDataset() != null && !model.getDataset().measures().contains(m));
        });
        model.measureProperty().addListener((o, a, b) -> syncMeasures.run());
        model.datasetProperty().addListener((o, a, b) -> syncMeasures.run());
        syncMeasures.run();
        CheckMenuItem sum = new CheckMenuItem(Messages.get("menu.view.sumOverYears"));
        sum.setOnAction(e -> model.selectAggregation(sum.isSelected()
                ? RangeAggregation.SUM_OVER_YEARS : RangeAggregation.LAST_YEAR));
        model.aggregationProperty().addListener((o, a, agg) -> sum.setSelected(agg == RangeAggregation.SUM_OVER_YEARS));
        sum.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(
                () -> !model.getMeasure().isStock(), model.measureProperty()));
        view.getItems().addAll(new SeparatorMenuItem(), sum);

        Menu help = new Menu(Messages.get("menu.help"));
        help.getItems().add(aboutItem);
        MenuBar bar = new MenuBar(file, view, help);
        bar.setUseSystemMenuBar(true);
        return bar;
    }

    public MenuItem openItem() {
        return openItem;
    }

    public MenuItem exportItem() {
        return exportItem;
    }

    public MenuItem quitItem() {
        return quitItem;
    }

    public MenuItem aboutItem() {
        return aboutItem;
    }

    public TrendPane trend() {
        return trend;
    }

    public DestinationPane destinations() {
        return destinations;
    }

    public YearRangeFilter yearFilter() {
        return yearFilter;
    }

    public MeasureSelector measureSelector() {
        return measureSelector;
    }

    public SummaryStrip summary() {
        return summary;
    }

    StatusBar statusBar() {
        return statusBar;
    }
}
