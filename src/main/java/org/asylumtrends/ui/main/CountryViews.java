package org.asylumtrends.ui.main;

import java.util.List;
import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.input.ContextMenuEvent;
import org.asylumtrends.data.AsylumDataset;
import org.asylumtrends.data.Country;
import org.asylumtrends.data.CountryCodes;
import org.asylumtrends.data.ListedSeries;
import org.asylumtrends.data.Selection;
import org.asylumtrends.text.AppLocale;
import org.asylumtrends.text.Messages;
import org.asylumtrends.ui.destinations.DestinationPane;
import org.asylumtrends.ui.map.MapPane;
import org.asylumtrends.ui.model.MainModel;

/**
 * Opens the view of a country picked on the map or on a bar, from the other side: in a "from" view (bars and map
 * are countries of asylum) the "in" view of that country, in an "in" view the "from" view of that origin; the
 * measure, years and scale stay. A single click still only marks the country's bar (a look, not a change of view);
 * a double-click, Enter on the bar in the keyboard reader, or the item of the right-click menu opens it. The
 * model's select changes the selection, which the view history records: Undo goes back.
 * <p>
 * A country that the data have on the other side only (a map shape without figures, a pseudo-code such as
 * "Stateless" that is never a country of asylum) is not opened: the menu item is greyed and says why, and a
 * double-click says it in the status bar.
 */
final class CountryViews {
    private final MainModel model;
    private final StatusBar status;
    private final ContextMenu menu = new ContextMenu();

    CountryViews(MainModel model, StatusBar status) {
        this.model = model;
        this.status = status;
        menu.setId("countryMenu");
    }

    /** Lets the map's countries and the bars' rows open their views. */
    void attach(MapPane map, DestinationPane bars) {
        map.setOnCountryOpened(this::open);
        map.setOnCountryMenuRequested((iso3, e) -> showMenu(map, iso3, e));
        bars.chart().setOnCountryOpened(this::open);
        bars.chart().setOnCountryMenuRequested((iso3, e) -> showMenu(bars.chart(), iso3, e));
    }

    /** Opens the view of {@code iso3} from the other side, or says in the status bar why it cannot be. */
    void open(String iso3) {
        Selection s = model.getSelection();
        AsylumDataset data = model.getDataset();
        if (data == null) {
            return;
        }
        boolean asylum = !s.isAsylumView();
        if (!opens(data, asylum, iso3)) {
            status.notice(refusal(data, asylum, iso3));
            return;
        }
        model.select(asylum ? s.withAsylums(List.of(iso3)) : s.withOrigins(List.of(iso3)));
    }

    private void showMenu(Node owner, String iso3, ContextMenuEvent e) {
        AsylumDataset data = model.getDataset();
        if (data == null) {
            return;
        }
        menu.getItems().setAll(item(data, iso3));
        menu.show(owner, e.getScreenX(), e.getScreenY());
    }

    /** The menu's one item: "Open the view in Germany, by country of origin", or greyed with the reason. */
    private MenuItem item(AsylumDataset data, String iso3) {
        boolean asylum = !model.getSelection().isAsylumView();
        MenuItem item = new MenuItem();
        item.setId("openCountryView");
        if (opens(data, asylum, iso3)) {
            item.setText(Messages.format(asylum ? "country.open.asylum" : "country.open.origin", name(data, iso3)));
            item.setOnAction(a -> open(iso3));
        } else {
            item.setText(refusal(data, asylum, iso3));
            item.setDisable(true);
        }
        return item;
    }

    /** The menu last shown on a country (for tests). */
    ContextMenu menu() {
        return menu;
    }

    private static boolean opens(AsylumDataset data, boolean asylum, String iso3) {
        return Country.isIso3(iso3) && ListedSeries.isListable(data, asylum, iso3);
    }

    private static String refusal(AsylumDataset data, boolean asylum, String iso3) {
        return Messages.format(asylum ? "country.open.noAsylum" : "country.open.noOrigin", name(data, iso3));
    }

    /** The data's name for a country, else the locale's for a map shape the data lack, else the code. */
    private static String name(AsylumDataset data, String iso3) {
        return data.origin(iso3).or(() -> data.asylum(iso3)).map(Messages::countryName)
                .or(() -> CountryCodes.iso2(iso3).map(c -> Locale.of("", c).getDisplayCountry(AppLocale.current()))
                        .filter(n -> !n.isEmpty()))
                .orElse(iso3);
    }
}
