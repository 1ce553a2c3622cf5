package org.asylumtrends.ui.main;

import org.asylumtrends.ui.model.MainModel;
import java.util.List;
import java.util.Set;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import org.asylumtrends.text.Messages;
import org.asylumtrends.ui.destinations.DestinationPane;
import org.asylumtrends.ui.map.MapPane;
import org.asylumtrends.ui.filter.MeasureSelector;
import org.asylumtrends.ui.filter.YearRangeFilter;
import org.asylumtrends.ui.filter.ScaleSelector;
import org.asylumtrends.ui.origin.CompareBar;
import org.asylumtrends.ui.origin.OriginChooser;
import org.asylumtrends.ui.summary.SummaryStrip;
import org.asylumtrends.ui.table.ChartDataTableView;
import org.asylumtrends.ui.table.DataTableView;
import org.asylumtrends.ui.trend.TrendPane;

/**
 * The main window's layout: menus, origin and measure, the chosen panels side by side (trend, bars, map; or the
 * data table), the
 * year filter, the summary and the status bar. It only arranges the views; they bind to the {@link MainModel}.
 */
public final class MainWindow extends BorderPane {
    private final MainMenu menu;
    private final TrendPane trend;
    private final DestinationPane destinations;
    private final YearRangeFilter yearFilter;
    private final OriginChooser originChooser;
    private final CompareBar compareBar;
    private final ScaleSelector scaleSelector;
    private final MeasureSelector measureSelector;
    private final SummaryStrip summary;
    private final DataTableView dataTable;
    private final ChartDataTableView chartDataTable;
    private final StatusBar statusBar;
    private final TabPane tabs;
    private final MapPane map;
    private final SplitPane charts;
    /** Which panels the charts tab shows (View > Panels); never empty. Stored by the app in preferences. */
    private final ObjectProperty<Set<WindowPanel>> panels =
            new SimpleObjectProperty<>(this, "panels", Set.copyOf(WindowPanel.DEFAULT));

    public MainWindow(MainModel model) {
        getStyleClass().add("main-window");
        menu = new MainMenu(model);
        trend = new TrendPane(model.chartDataProperty());
        destinations = new DestinationPane(model.chartDataProperty());
        yearFilter = new YearRangeFilter(model.chartDataProperty(), model.selectionProperty(), model::select);
        originChooser = new OriginChooser(model.datasetProperty(), model.selectionProperty(), model::select);
        compareBar = new CompareBar(model.datasetProperty(), model.selectionProperty(), model.chartDataProperty(),
                model::select);
        scaleSelector = new ScaleSelector(model.selectionProperty(), model::select);
        measureSelector = new MeasureSelector(model.datasetProperty(), model.selectionProperty(), model::select);
        summary = new SummaryStrip(model.chartDataProperty());
        dataTable = new DataTableView(model.datasetProperty(), model.chartDataProperty());
        chartDataTable = new ChartDataTableView(model.chartDataProperty());
        statusBar = new StatusBar(model);

        map = new MapPane(model.chartDataProperty());
        // A country clicked on the map is marked there and on its bar; clicked again, the mark goes.
        map.setOnCountryClicked(iso3 -> {
            String next = iso3.equals(destinations.highlighted()) ? null : iso3;
            destinations.highlight(next);
            map.highlight(next);
        });
        charts = new SplitPane();
        charts.setOrientation(Orientation.HORIZONTAL);
        charts.getStyleClass().add("charts");
        showPanels(panels.get());
        panels.addListener((o, old, now) -> {
            if (now == null || now.isEmpty()) {
                panels.set(old); // the charts tab always shows something
            } else {
                showPanels(now);
            }
        });
        menu.offerPanels(panels);
        Tab chartsTab = new Tab(Messages.get("tab.charts"), charts);
        Tab tableTab = new Tab(Messages.get("tab.table"));
        chartsTab.setClosable(false);
        tableTab.setClosable(false);
        // The table is in the scene only while its tab is shown: a TabPane lays out and styles hidden tabs too,
        // and the table's hundreds of cells were a fifth of the start-up time and of every year-range change.
        tableTab.selectedProperty().addListener((o, was, selected) -> tableTab.setContent(selected ? dataTable : null));
        Tab chartDataTab = new Tab(Messages.get("tab.chartData"));
        chartDataTab.setClosable(false);
        chartDataTab.selectedProperty().addListener((o, was, selected) ->
                chartDataTab.setContent(selected ? chartDataTable : null));
        tabs = new TabPane(chartsTab, chartDataTab, tableTab);
        tabs.getStyleClass().add("main-tabs");

        // The selectors keep their width and go onto a second line in a narrow window (a FlowPane), the measure's
        // description wraps under them across the whole width.
        FlowPane selectors = new FlowPane(24, 4, compareBar.sides(), originChooser, compareBar, measureSelector,
                measureSelector.sumOverYears(), scaleSelector);
        selectors.setAlignment(Pos.CENTER_LEFT);
        Label description = measureSelector.description();
        VBox top = new VBox(menu, selectors, description);
        VBox.setMargin(selectors, new Insets(8, 12, 2, 12));
        VBox.setMargin(description, new Insets(0, 12, 4, 12));
        setTop(top);
        setCenter(tabs);
        setBottom(new VBox(yearFilter, summary, statusBar));
        sceneProperty().addListener((o, old, scene) -> {
            if (scene != null) {
                scene.addEventFilter(KeyEvent.KEY_PRESSED, this::shortcut);
            }
        });
    }

    /** The chosen panels side by side, in their fixed order; the trend gets a little more room. */
    private void showPanels(Set<WindowPanel> shown) {
        List<javafx.scene.Node> items = new java.util.ArrayList<>();
        for (WindowPanel p : WindowPanel.values()) {
            if (shown.contains(p)) {
                items.add(switch (p) {
                    case TREND -> trend;
                    case DESTINATIONS -> destinations;
                    case MAP -> map;
                });
            }
        }
        charts.getItems().setAll(items);
        if (items.size() == 2) {
            charts.setDividerPositions(shown.contains(WindowPanel.TREND) ? 0.54 : 0.5);
        } else if (items.size() == 3) {
            charts.setDividerPositions(0.36, 0.66);
        }
    }

    /** Which panels are shown; set it to show others (an empty set is refused). */
    public ObjectProperty<Set<WindowPanel>> panelsProperty() {
        return panels;
    }

    /**
     * Runs the menu item whose accelerator this is, before the focused control sees the key: the year slider
     * consumed every key, so Shortcut+E, O and Q did nothing while one of its thumbs had focus.
     */
    private void shortcut(KeyEvent e) {
        if (!e.isShortcutDown() && !e.isAltDown()) {
            return;
        }
        for (Menu m : menu.getMenus()) {
            MenuItem item = withAccelerator(m.getItems(), e);
            if (item != null) {
                e.consume();
                if (!item.isDisable()) {
                    item.fire();
                }
                return;
            }
        }
    }

    private static MenuItem withAccelerator(List<MenuItem> items, KeyEvent e) {
        for (MenuItem item : items) {
            if (item.getAccelerator() != null && item.getAccelerator().match(e)) {
                return item;
            }
            if (item instanceof Menu sub) {
                MenuItem found = withAccelerator(sub.getItems(), e);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    public MainMenu menu() {
        return menu;
    }

    public TrendPane trend() {
        return trend;
    }

    public DestinationPane destinations() {
        return destinations;
    }

    public MapPane map() {
        return map;
    }

    public YearRangeFilter yearFilter() {
        return yearFilter;
    }

    public OriginChooser originChooser() {
        return originChooser;
    }

    public CompareBar compareBar() {
        return compareBar;
    }

    public ScaleSelector scaleSelector() {
        return scaleSelector;
    }

    public MeasureSelector measureSelector() {
        return measureSelector;
    }

    public SummaryStrip summary() {
        return summary;
    }

    public DataTableView dataTable() {
        return dataTable;
    }

    public ChartDataTableView chartDataTable() {
        return chartDataTable;
    }

    public TabPane tabs() {
        return tabs;
    }

    public StatusBar statusBar() {
        return statusBar;
    }
}
