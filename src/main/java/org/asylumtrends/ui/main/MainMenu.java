package org.asylumtrends.ui.main;

import org.asylumtrends.ui.model.MainModel;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import org.asylumtrends.data.EraConvention;
import org.asylumtrends.data.Measure;
import org.asylumtrends.data.RangeAggregation;
import org.asylumtrends.text.AppLanguage;
import org.asylumtrends.text.Messages;
import org.asylumtrends.ui.open.RecentFiles;
import org.asylumtrends.ui.theme.ThemeChoice;

/** The menu bar. Items that need the app (open, export, quit, about) get their actions from outside. */
public final class MainMenu extends MenuBar {
    private final MenuItem openItem = new MenuItem(Messages.get("menu.file.open"));
    private final MenuItem addFilesItem = new MenuItem(Messages.get("menu.file.addFiles"));
    private final Menu recentMenu = new Menu(Messages.get("menu.file.openRecent"));
    private final MenuItem openBundledItem = new MenuItem(Messages.get("menu.file.openBundled"));
    private final MenuItem exportItem = new MenuItem(Messages.get("menu.file.export"));
    private final MenuItem quitItem = new MenuItem(Messages.get("menu.file.quit"));
    private final Menu viewMenu = new Menu(Messages.get("menu.view"));
    private final Menu helpMenu = new Menu(Messages.get("menu.help"));
    private final MenuItem aboutItem = new MenuItem(Messages.get("menu.help.about"));
    private final MenuItem claimsItem = new MenuItem(Messages.get("menu.view.claims"));
    private final MenuItem findFigureItem = new MenuItem(Messages.get("menu.view.findFigure"));
    private final Menu themeMenu = new Menu(Messages.get("menu.view.theme"));
    // Issue 17: saved views, undo, copy, the texts panel, help.
    private final MenuItem saveViewItem = new MenuItem(Messages.get("menu.file.saveView"));
    private final Menu editMenu = new Menu(Messages.get("menu.edit"));
    private final MenuItem undoItem = new MenuItem(Messages.get("menu.edit.undo"));
    private final MenuItem redoItem = new MenuItem(Messages.get("menu.edit.redo"));
    private final MenuItem copyItem = new MenuItem(Messages.get("menu.edit.copy"));
    private final MenuItem copyAltItem = new MenuItem(Messages.get("menu.edit.copyAltText"));
    private final MenuItem addAnnotationItem = new MenuItem(Messages.get("menu.edit.addAnnotation"));
    private final CheckMenuItem textsPanelItem = new CheckMenuItem(Messages.get("menu.edit.textsPanel"));
    private final MenuItem methodologyItem = new MenuItem(Messages.get("menu.help.methodology"));
    private final MenuItem shortcutsItem = new MenuItem(Messages.get("menu.help.shortcuts"));
    private final MenuItem unhcrLinkItem = new MenuItem(Messages.get("menu.help.unhcr"));
    private final MenuItem licenceLinkItem = new MenuItem(Messages.get("menu.help.dataLicence"));
    private final Menu languageMenu = new Menu(Messages.get("menu.view.language"));

    MainMenu(MainModel model) {
        Menu file = new Menu(Messages.get("menu.file"));
        openItem.setAccelerator(new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN));
        addFilesItem.setId("addFilesMenuItem");
        addFilesItem.setAccelerator(new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN,
                KeyCombination.SHIFT_DOWN));
        exportItem.setAccelerator(new KeyCodeCombination(KeyCode.E, KeyCombination.SHORTCUT_DOWN));
        quitItem.setAccelerator(new KeyCodeCombination(KeyCode.Q, KeyCombination.SHORTCUT_DOWN));
        claimsItem.setAccelerator(new KeyCodeCombination(KeyCode.K, KeyCombination.SHORTCUT_DOWN));
        showRecent(new RecentFiles(), files -> { });
        saveViewItem.setId("saveViewMenuItem");
        saveViewItem.setAccelerator(new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN));
        file.getItems().addAll(openItem, addFilesItem, recentMenu, openBundledItem, new SeparatorMenuItem(),
                saveViewItem, exportItem, new SeparatorMenuItem(), quitItem);
        undoItem.setId("undoMenuItem");
        redoItem.setId("redoMenuItem");
        copyItem.setId("copyMenuItem");
        textsPanelItem.setId("textsPanelMenuItem");
        undoItem.setAccelerator(new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN));
        redoItem.setAccelerator(new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN,
                KeyCombination.SHIFT_DOWN));
        copyItem.setAccelerator(new KeyCodeCombination(KeyCode.C, KeyCombination.SHORTCUT_DOWN));
        textsPanelItem.setAccelerator(new KeyCodeCombination(KeyCode.T, KeyCombination.SHORTCUT_DOWN));
        editMenu.getItems().addAll(undoItem, redoItem, new SeparatorMenuItem(), copyItem, copyAltItem,
                new SeparatorMenuItem(), addAnnotationItem, textsPanelItem);

        ToggleGroup measureGroup = new ToggleGroup();
        for (Measure m : Measure.values()) {
            RadioMenuItem item = new RadioMenuItem(Messages.measureName(m));
            item.setToggleGroup(measureGroup);
            item.setUserData(m);
            item.setOnAction(e -> model.selectMeasure(m));
            viewMenu.getItems().add(item);
        }
        Runnable syncMeasures = () -> measureGroup.getToggles().forEach(t -> {
            Measure m = (Measure) t.getUserData();
            ((RadioMenuItem) t).setSelected(m == model.getSelection().measure());
            ((RadioMenuItem) t).setDisable(model.getDataset() != null && !model.getDataset().measures().contains(m));
        });
        model.selectionProperty().addListener((o, a, b) -> syncMeasures.run());
        model.datasetProperty().addListener((o, a, b) -> syncMeasures.run());
        syncMeasures.run();
        CheckMenuItem sum = new CheckMenuItem(Messages.get("filter.sumOverYears")); // one name, as beside the measure
        sum.setOnAction(e -> model.selectAggregation(sum.isSelected()
                ? RangeAggregation.SUM_OVER_YEARS : RangeAggregation.LAST_YEAR));
        Runnable syncSum = () -> sum.setSelected(model.getSelection().measure().isStock()
                && model.getSelection().aggregation() == RangeAggregation.SUM_OVER_YEARS);
        model.selectionProperty().addListener((o, a, s) -> syncSum.run());
        sum.disableProperty().bind(Bindings.createBooleanBinding(() -> !model.getSelection().measure().isStock(),
                model.selectionProperty()));
        CheckMenuItem yearEnd = new CheckMenuItem(Messages.get("menu.view.yearEndConvention"));
        yearEnd.setId("yearEndConvention");
        yearEnd.setOnAction(e -> model.selectConvention(yearEnd.isSelected()
                ? EraConvention.IN_OFFICE_AT_YEAR_END : EraConvention.MAJORITY_OF_YEAR));
        Runnable syncYearEnd = () -> yearEnd.setSelected(
                model.getSelection().convention() == EraConvention.IN_OFFICE_AT_YEAR_END);
        model.selectionProperty().addListener((o, a, s) -> syncYearEnd.run());
        syncYearEnd.run();
        // Only where eras are drawn: "in" a country of asylum, or from Russia alone, it offered to count Xi's years.
        yearEnd.disableProperty().bind(Bindings.createBooleanBinding(() -> model.getChartData() == null
                || model.getChartData().eras().isEmpty(), model.chartDataProperty()));
        claimsItem.setId("claimsMenuItem");
        claimsItem.disableProperty().bind(model.datasetProperty().isNull());
        findFigureItem.setId("findFigureMenuItem");
        findFigureItem.disableProperty().bind(model.datasetProperty().isNull());
        themeMenu.setId("themeMenu");
        languageMenu.setId("languageMenu");
        viewMenu.getItems().addAll(new SeparatorMenuItem(), sum, yearEnd, new SeparatorMenuItem(), claimsItem,
                findFigureItem,
                new SeparatorMenuItem(), themeMenu, languageMenu);

        methodologyItem.setId("methodologyMenuItem");
        shortcutsItem.setId("shortcutsMenuItem");
        helpMenu.getItems().addAll(methodologyItem, shortcutsItem, new SeparatorMenuItem(), unhcrLinkItem,
                licenceLinkItem, new SeparatorMenuItem(), aboutItem);
        getMenus().addAll(file, editMenu, viewMenu, helpMenu);
        setUseSystemMenuBar(true);
    }

    /** Fills View > Theme with Light, Dark and Follow the desktop, kept in step with {@code choice} both ways. */
    public void offerThemes(ObjectProperty<ThemeChoice> choice) {
        ToggleGroup group = new ToggleGroup();
        themeMenu.getItems().clear();
        themeMenu.getItems().addAll(
                themeItem(group, choice, ThemeChoice.LIGHT, Messages.get("menu.view.theme.light")),
                themeItem(group, choice, ThemeChoice.DARK, Messages.get("menu.view.theme.dark")),
                themeItem(group, choice, ThemeChoice.FOLLOW_DESKTOP, Messages.get("menu.view.theme.followDesktop")));
    }

    private static RadioMenuItem themeItem(ToggleGroup group, ObjectProperty<ThemeChoice> choice, ThemeChoice c,
                                           String text) {
        RadioMenuItem item = new RadioMenuItem(text);
        item.setId("theme-" + c.id());
        item.setToggleGroup(group);
        item.setSelected(choice.get() == c);
        item.setOnAction(e -> choice.set(c));
        choice.addListener((o, a, now) -> item.setSelected(now == c));
        return item;
    }

    /**
     * Adds View > Panels: a check item per panel (trend, bars, map), kept in step with {@code panels} both ways; the
     * last one shown cannot be unchecked.
     */
    public void offerPanels(ObjectProperty<java.util.Set<WindowPanel>> panels) {
        Menu menu = new Menu(Messages.get("menu.view.panels"));
        menu.setId("panelsMenu");
        for (WindowPanel p : WindowPanel.values()) {
            CheckMenuItem item = new CheckMenuItem(switch (p) { // keys written out whole: the key test finds them
                case TREND -> Messages.get("menu.view.panel.trend");
                case DESTINATIONS -> Messages.get("menu.view.panel.destinations");
                case MAP -> Messages.get("menu.view.panel.map");
            });
            item.setId("panel-" + p.id());
            item.setOnAction(e -> {
                java.util.EnumSet<WindowPanel> next = java.util.EnumSet.noneOf(WindowPanel.class);
                next.addAll(panels.get());
                if (item.isSelected()) {
                    next.add(p);
                } else {
                    next.remove(p);
                }
                panels.set(java.util.Set.copyOf(next));
            });
            Runnable sync = () -> {
                item.setSelected(panels.get().contains(p));
                item.setDisable(panels.get().equals(java.util.Set.of(p)));
            };
            panels.addListener((o, a, now) -> sync.run());
            sync.run();
            menu.getItems().add(item);
        }
        viewMenu.getItems().add(viewMenu.getItems().indexOf(themeMenu), menu);
    }

    /**
     * Fills View > Language with each language under its own name, the current one ticked; choosing another
     * calls {@code chosen}, which stores it for the next start (every text is read once, when its window opens).
     */
    public void offerLanguages(AppLanguage current, Consumer<AppLanguage> chosen) {
        ToggleGroup group = new ToggleGroup();
        languageMenu.getItems().clear();
        for (AppLanguage language : AppLanguage.values()) {
            RadioMenuItem item = new RadioMenuItem(language.autonym());
            item.setMnemonicParsing(false);
            item.setId("language-" + language.id());
            item.setToggleGroup(group);
            item.setSelected(language == current);
            item.setOnAction(e -> chosen.accept(language));
            languageMenu.getItems().add(item);
        }
    }

    /**
     * View > Large numbers in 万 / 만 units, shown in Chinese and Korean only; {@code chosen} stores the choice for
     * the next start.
     */
    public void offerLargeNumberUnits(boolean on, Consumer<Boolean> chosen) {
        String language = org.asylumtrends.text.AppLocale.current().getLanguage();
        if (!language.equals("zh") && !language.equals("ko")) {
            return;
        }
        CheckMenuItem units = new CheckMenuItem(Messages.get("menu.view.largeNumberUnits"));
        units.setId("largeNumberUnits");
        units.setSelected(on);
        units.setOnAction(e -> chosen.accept(units.isSelected()));
        viewMenu.getItems().add(viewMenu.getItems().indexOf(languageMenu) + 1, units);
    }

    /** View > Language. */
    public Menu languageMenu() {
        return languageMenu;
    }

    /** View > Theme. */
    public Menu themeMenu() {
        return themeMenu;
    }

    /** Rebuilds File > Open Recent; choosing an entry calls {@code open}. */
    public void showRecent(RecentFiles recent, Consumer<List<Path>> open) {
        recentMenu.getItems().clear();
        for (List<Path> entry : recent.entries()) {
            MenuItem item = new MenuItem(RecentFiles.label(entry));
            item.setMnemonicParsing(false);
            item.setOnAction(e -> open.accept(entry));
            recentMenu.getItems().add(item);
        }
        if (recentMenu.getItems().isEmpty()) {
            MenuItem none = new MenuItem(Messages.get("menu.file.openRecent.none"));
            none.setDisable(true);
            recentMenu.getItems().add(none);
        }
    }

    public MenuItem openItem() {
        return openItem;
    }

    /** File > Add files…: merges files into what is loaded (Open… replaces it). */
    public MenuItem addFilesItem() {
        return addFilesItem;
    }

    public MenuItem openBundledItem() {
        return openBundledItem;
    }

    public MenuItem exportItem() {
        return exportItem;
    }

    public MenuItem quitItem() {
        return quitItem;
    }

    /** View > Find a figure…, enabled once data are loaded. */
    public MenuItem findFigureItem() {
        return findFigureItem;
    }

    /** View > Check the article's claims…, enabled once data are loaded. */
    public MenuItem claimsItem() {
        return claimsItem;
    }

    public MenuItem aboutItem() {
        return aboutItem;
    }

    /** File > Save View…: the view as a file that File > Open and {@code export --view} read. */
    public MenuItem saveViewItem() {
        return saveViewItem;
    }

    public Menu editMenu() {
        return editMenu;
    }

    public MenuItem undoItem() {
        return undoItem;
    }

    public MenuItem redoItem() {
        return redoItem;
    }

    /** Edit > Copy: the chart as an image and its alt text, or the table's selected rows on the table tab. */
    public MenuItem copyItem() {
        return copyItem;
    }

    public MenuItem copyAltItem() {
        return copyAltItem;
    }

    public MenuItem addAnnotationItem() {
        return addAnnotationItem;
    }

    /** Edit > Texts and annotations: shows or hides the side panel. */
    public CheckMenuItem textsPanelItem() {
        return textsPanelItem;
    }

    public MenuItem methodologyItem() {
        return methodologyItem;
    }

    public MenuItem shortcutsItem() {
        return shortcutsItem;
    }

    public MenuItem unhcrLinkItem() {
        return unhcrLinkItem;
    }

    public MenuItem licenceLinkItem() {
        return licenceLinkItem;
    }

    public Menu viewMenu() {
        return viewMenu;
    }

    public Menu helpMenu() {
        return helpMenu;
    }
}
