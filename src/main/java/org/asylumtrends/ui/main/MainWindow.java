package org.asylumtrends.ui.main;

import org.asylumtrends.ui.model.MainModel;
import java.util.List;
import java.util.Set;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import java.time.LocalDate;
import java.util.function.Consumer;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Menu;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import org.asylumtrends.text.Formats;
import org.asylumtrends.text.Messages;
import org.asylumtrends.ui.destinations.DestinationPane;
import org.asylumtrends.ui.map.MapPane;
import org.asylumtrends.ui.filter.MeasureSelector;
import org.asylumtrends.ui.filter.YearRangeFilter;
import org.asylumtrends.ui.filter.ScaleSelector;
import org.asylumtrends.ui.origin.CompareBar;
import org.asylumtrends.ui.newsroom.HeadlineView;
import org.asylumtrends.ui.newsroom.TextsPanel;
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
    private final HeadlineView headline;
    private final TextsPanel textsPanel;
    private final BorderPane chartsArea;
    /** Asked for a new annotation near a date (the right-click's, or the last selected year's). */
    private Consumer<LocalDate> annotationRequest = date -> { };

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
        chartDataTable = new ChartDataTableView(model.chartDataProperty(), model.editorialProperty());
        statusBar = new StatusBar(model);
        compareBar.setOnSwitched(statusBar::flash);

        map = new MapPane(model.chartDataProperty());
        // A country clicked on the map is marked there and on its bar; clicked again, the mark goes.
        map.setOnCountryClicked(iso3 -> {
            String next = iso3.equals(destinations.highlighted()) ? null : iso3;
            destinations.highlight(next);
            map.highlight(next);
        });
        // Double-clicked (or Enter on a bar, or from the right-click menu), a country opens its own view.
        new CountryViews(model, statusBar).attach(map, destinations);
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
        // Issue 17: the figure's words around the charts, the side panel that edits them, the annotations.
        headline = new HeadlineView(model.chartDataProperty(), model.editorialProperty());
        textsPanel = new TextsPanel(model.chartDataProperty(), model.editorialProperty(), model::edit,
                () -> annotationRequest.accept(defaultAnnotationDate(model)));
        chartsArea = new BorderPane(charts, headline.header(), null, headline.footer(), null);
        BorderPane.setMargin(headline.header(), new Insets(6, 12, 2, 12));
        BorderPane.setMargin(headline.footer(), new Insets(2, 12, 4, 12));
        trend.chart().setAnnotations(model.getEditorial().annotations());
        model.editorialProperty().addListener((o, a, e) -> trend.chart().setAnnotations(e.annotations()));
        model.chartDataProperty().addListener((o, a, d) -> trend.chart().setAnnotations(
                model.getEditorial().annotations()));
        ContextMenu annotate = new ContextMenu();
        trend.chart().setOnContextMenuRequested(e -> {
            if (trend.chart().shown() == null) {
                return;
            }
            javafx.geometry.Point2D p = trend.chart().hoverLayer().sceneToLocal(e.getSceneX(), e.getSceneY());
            LocalDate date = dateAt(trend.chart().getXAxis().getValueForDisplay(p.getX()).doubleValue());
            MenuItem add = new MenuItem(Messages.format("annotation.menu.add", Formats.date(date)));
            add.setOnAction(a -> annotationRequest.accept(date));
            annotate.getItems().setAll(add);
            annotate.show(trend.chart(), e.getScreenX(), e.getScreenY());
            e.consume();
        });
        Tab chartsTab = new Tab(Messages.get("tab.charts"), chartsArea);
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

    /** The panels side by side (trend, bars, map as chosen), inside the figure's headline and notes. */
    public SplitPane charts() {
        return charts;
    }

    /** Which panels are shown; set it to show others (an empty set is refused). */
    public ObjectProperty<Set<WindowPanel>> panelsProperty() {
        return panels;
    }

    /** Shows or hides the side panel with the figure's texts and annotations. */
    public void showTextsPanel(boolean show) {
        chartsArea.setRight(show ? textsPanel : null);
    }

    /** Where a new annotation goes: the date under the mouse, or July 1 of the last year shown. */
    public void setOnAnnotationRequest(Consumer<LocalDate> request) {
        this.annotationRequest = request;
    }

    private static LocalDate defaultAnnotationDate(MainModel model) {
        return LocalDate.of(model.getSelection().years().to(), 7, 1);
    }

    /** A fractional year on the axis (2020.49) as the date it stands for (30 Jun 2020). */
    static LocalDate dateAt(double x) {
        int year = (int) Math.floor(x);
        LocalDate start = LocalDate.of(year, 1, 1);
        int day = (int) Math.floor((x - year) * start.lengthOfYear());
        return start.plusDays(Math.max(0, Math.min(start.lengthOfYear() - 1, day)));
    }

    /**
     * Runs the menu item whose accelerator this is, before the focused control sees the key: the year slider
     * consumed every key, so Shortcut+E, O and Q did nothing while one of its thumbs had focus. A text field keeps
     * its own editing keys (copy, paste, cut, select all, undo): Shortcut+Z there undoes typing, not the view.
     */
    private void shortcut(KeyEvent e) {
        if (!e.isShortcutDown() && !e.isAltDown()) {
            return;
        }
        if (getScene().getFocusOwner() instanceof TextInputControl && switch (e.getCode()) {
            case C, V, X, A, Z, Y -> true;
            default -> false;
        }) {
            return;
        }
        for (Menu m : menu.getMenus()) {
            MenuItem item = withAccelerator(m.getItems(), e);
            if (item != null) {
                e.consume();
                if (!item.isDisable()) {
                    if (item instanceof javafx.scene.control.CheckMenuItem check) {
                        check.setSelected(!check.isSelected()); // a click toggles it; an accelerator must too
                    }
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

    public TextsPanel textsPanel() {
        return textsPanel;
    }

    public HeadlineView headline() {
        return headline;
    }

    public StatusBar statusBar() {
        return statusBar;
    }
}
