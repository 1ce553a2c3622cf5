package org.asylumtrends.ui.origin;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.util.StringConverter;
import org.asylumtrends.data.AsylumDataset;
import org.asylumtrends.data.ChartData;
import org.asylumtrends.data.Country;
import org.asylumtrends.data.ListedSeries;
import org.asylumtrends.data.Selection;
import org.asylumtrends.text.Messages;
import org.controlsfx.control.SearchableComboBox;

/**
 * The comparison: which side the countries are listed on ("From" origins or "In" countries of asylum), the
 * countries compared with the first, each a chip that removes it, and a searchable box that adds one (type "Rus":
 * Russian Federation; a name or an ISO3 code), up to {@link Selection#MAX_COMPARED} lines. Every change is one new
 * {@link Selection} handed to {@code select}. All of it works from the keyboard: the side is a pair of toggle
 * buttons, a chip is a button (Space or Enter removes it), the box opens with Alt+Down or by typing.
 */
public final class CompareBar extends HBox {
    private final ToggleButton from = new ToggleButton(Messages.get("compare.side.from"));
    private final ToggleButton in = new ToggleButton(Messages.get("compare.side.in"));
    private final HBox sides = new HBox();
    private final FlowPane chips = new FlowPane(6, 4);
    private final SearchableComboBox<Country> adder = new SearchableComboBox<>();
    /** The add box's width at the least, and the room its arrow, padding and the cell's insets take beside the text. */
    private static final double MIN_ADDER_WIDTH = 230;
    private static final double PROMPT_ROOM = 52;
    private final ObservableValue<AsylumDataset> dataset;
    private final ObservableValue<Selection> selection;
    private final ObservableValue<ChartData> chartData;
    private final Consumer<Selection> select;
    private boolean updating;
    /** The data, the side and the listed countries the box's list was made for: made again when any changes. */
    private AsylumDataset itemsData;
    private Boolean itemsSide;
    private List<String> itemsListed = List.of();
    /**
     * The chips made for {@link #chipsData} on {@link #chipsSide}, by ISO3, the first country's too: a switch of the
     * first country moves chips instead of making them. A chip is a button with its tooltip (a popup window), and
     * making and styling eight anew was a quarter of a switch's work.
     */
    private final java.util.Map<String, Button> madeChips = new java.util.HashMap<>();
    private AsylumDataset chipsData;
    private Boolean chipsSide;

    public CompareBar(ObservableValue<AsylumDataset> dataset, ObservableValue<Selection> selection,
                      ObservableValue<ChartData> chartData, Consumer<Selection> select) {
        this.dataset = dataset;
        this.selection = selection;
        this.chartData = chartData;
        this.select = select;
        getStyleClass().add("compare-bar");
        setAlignment(Pos.CENTER_LEFT);
        setSpacing(8);
        ToggleGroup side = new ToggleGroup();
        from.setToggleGroup(side);
        in.setToggleGroup(side);
        from.setId("sideFrom");
        in.setId("sideIn");
        from.getStyleClass().addAll("side-toggle", "left-pill");
        in.getStyleClass().addAll("side-toggle", "right-pill");
        from.setOnAction(e -> switchSide(false));
        in.setOnAction(e -> switchSide(true));
        sides.getChildren().addAll(from, in);
        sides.getStyleClass().add("side-toggles");
        sides.setAlignment(Pos.CENTER_LEFT);
        sides.setMinWidth(Region.USE_PREF_SIZE);
        chips.setId("compareChips");
        chips.setAlignment(Pos.CENTER_LEFT);
        adder.setId("compareAdd");
        adder.setPromptText(Messages.get("compare.add.prompt"));
        adder.setAccessibleText(Messages.get("compare.add.prompt"));
        adder.setPrefWidth(MIN_ADDER_WIDTH);
        adder.setMinWidth(Region.USE_PREF_SIZE);
        adder.setMaxHeight(Region.USE_PREF_SIZE); // not stretched to the height of two lines of chips
        // The cell that shows the prompt belongs to the skin's inner list box, whose own skin comes a CSS pass later:
        // its font (the theme's) is known only then.
        adder.skinProperty().addListener((o, a, skin) -> {
            if (adder.lookup("#filtered") instanceof javafx.scene.control.Control list) {
                list.skinProperty().addListener((l, was, listSkin) -> promptCell()
                        .ifPresent(cell -> cell.fontProperty().addListener((f, before, font) -> fitPrompt())));
            }
            fitPrompt();
        });
        adder.setConverter(new StringConverter<>() {
            @Override
            public String toString(Country c) {
                return c == null ? "" : Messages.countryItem(c); // as the origin box beside it
            }

            @Override
            public Country fromString(String s) {
                return null;
            }
        });
        adder.valueProperty().addListener((o, a, c) -> {
            if (!updating && c != null) {
                add(c.iso3());
                // The box is for adding, not for showing a value: cleared once the new selection is drawn.
                Platform.runLater(this::refresh);
            }
        });
        // "Rus" finds Russia first, "Turk" Türkiye; a listed country is not offered, and the popup says why.
        CountrySearch.attach(adder, typed -> TypedMatch.found(listedCountries, typed).stream().findFirst()
                .map(c -> Messages.format("compare.add.listed", Messages.countryShortName(c)))
                .orElse(Messages.format("search.none", typed)));
        adder.showingProperty().addListener((o, was, showing) -> {
            if (!showing) {
                Platform.runLater(this::refresh);
            }
        });
        getChildren().addAll(chips, adder);
        dataset.addListener((o, a, d) -> {
            returnTrip = null; // other data: the countries left may not be in them
            refresh();
        });
        // Only a change of side or of the listed countries changes the chips: the years change many times a second
        // while the slider is dragged, and rebuilding eight chips each time was a fifth of the app's own work.
        selection.addListener((o, a, s) -> {
            if (a == null || a.isAsylumView() != s.isAsylumView() || !a.listed().equals(s.listed())) {
                refresh();
            }
        });
        refresh();
    }

    /** Adds a country to the listed ones (at the end), unless listed or eight are already. */
    public void add(String iso3) {
        Selection s = selection.getValue();
        if (s.listed().contains(iso3) || s.listed().size() >= Selection.MAX_COMPARED) {
            return;
        }
        List<String> listed = new ArrayList<>(s.listed());
        listed.add(iso3);
        select.accept(s.isAsylumView() ? s.withAsylums(listed) : s.withOrigins(listed));
    }

    /** Removes a compared country; the first stays (choose another one instead). */
    public void remove(String iso3) {
        Selection s = selection.getValue();
        if (s.listed().size() < 2 || !s.listed().contains(iso3) || s.listed().get(0).equals(iso3)) {
            return;
        }
        List<String> listed = new ArrayList<>(s.listed());
        listed.remove(iso3);
        select.accept(s.isAsylumView() ? s.withAsylums(listed) : s.withOrigins(listed));
    }

    /**
     * Lists the other side: "in" the first country's top destination, or "from" the top origin in the first
     * country of asylum (the bars' first row), so that the switch shows a view of the same people. Switching back
     * before anything else is listed returns to the countries left, compared ones too: From China, Russia and Iran,
     * In, From again is China, Russia and Iran, not the top origin in the United States with the two dropped.
     */
    public void switchSide(boolean asylumView) {
        Selection s = selection.getValue();
        ChartData shown = chartData.getValue();
        if (s.isAsylumView() == asylumView || shown == null || shown.ranking().top().isEmpty()) {
            refresh();
            return;
        }
        // Only while the view is still the one the last switch made: a click on the map or an undo that lands on the
        // same countries by another way is not a switch to undo.
        boolean back = returnTrip != null && returnTrip.arrivedIn() == s.isAsylumView()
                && returnTrip.arrived().equals(s.listed());
        Country top = shown.ranking().top().get(0).country();
        List<String> listed = back ? returnTrip.left() : List.of(top.iso3());
        returnTrip = new SideSwitch(s.listed(), listed, asylumView);
        select.accept(asylumView ? s.withAsylums(listed) : s.withOrigins(listed));
        // Says why the United States came up and where Russia and Iran went: a new user took them for lost. A
        // return trip says where it returned; a later click said nothing new, and left a stale notice.
        String left = Messages.countryList(shown.lines().lines().stream().map(l -> l.country()).toList());
        if (back) {
            String text = Messages.format("compare.switched.back", Messages.countryList(listed.stream()
                    .map(iso3 -> countryOn(asylumView, iso3)).toList()));
            onSwitched.accept(text, text);
        } else {
            // Short in the bar (the whole sentence was cut in the middle beside the per-100,000 source line, and
            // eight countries' names would never fit), whole in its tooltip.
            String to = Messages.countryShortName(top);
            String first = Messages.countryShortName(shown.origin());
            onSwitched.accept(asylumView ? Messages.format("compare.switched.in.short", to, first)
                            : Messages.format("compare.switched.from.short", to, first),
                    asylumView ? Messages.format("compare.switched.in", to, first, left)
                            : Messages.format("compare.switched.from", to, first, left));
        }
    }

    /** A listed country of the data, as the side names it (its code alone if the data do not have it). */
    private Country countryOn(boolean asylumSide, String iso3) {
        AsylumDataset data = dataset.getValue();
        java.util.Optional<Country> found = data == null ? java.util.Optional.empty()
                : asylumSide ? data.asylum(iso3) : data.origin(iso3);
        return found.orElse(new Country(iso3, iso3));
    }

    private java.util.function.BiConsumer<String, String> onSwitched = (text, detail) -> { };

    /** Called with what a switch of side did, in a few words and in full, for the status bar and its tooltip. */
    public void setOnSwitched(java.util.function.BiConsumer<String, String> action) {
        onSwitched = action == null ? (text, detail) -> { } : action;
    }

    /** The last switch of side: the countries listed before it, those it listed, and the side it listed them on. */
    private record SideSwitch(List<String> left, List<String> arrived, boolean arrivedIn) {
    }

    private SideSwitch returnTrip;
    /** The listed countries, for the add box to say "Russia is compared already" rather than show nothing. */
    private List<Country> listedCountries = List.of();

    private void refresh() {
        AsylumDataset data = dataset.getValue();
        Selection s = selection.getValue();
        updating = true;
        try {
            from.setSelected(!s.isAsylumView());
            in.setSelected(s.isAsylumView());
            if (data != chipsData || !Boolean.valueOf(s.isAsylumView()).equals(chipsSide)) {
                madeChips.clear(); // other data or the other side: other names
                chipsData = data;
                chipsSide = s.isAsylumView();
            }
            madeChips.keySet().retainAll(s.listed());
            List<Country> listable = data == null ? List.of() : ListedSeries.listable(data, s.isAsylumView());
            listedCountries = listable.stream().filter(c -> s.listed().contains(c.iso3())).toList();
            List<Button> shown = new ArrayList<>();
            for (String iso3 : s.listed().subList(1, s.listed().size())) {
                shown.add(madeChips.computeIfAbsent(iso3, code -> chip(listable, code)));
            }
            if (!chips.getChildren().equals(shown)) {
                chips.getChildren().setAll(shown);
            }
            // The app opens on China's data alone and puts every origin's in their place a moment later: a list kept
            // from the opening data offered China only, so "Rus" and Enter added nothing on the desktop.
            // No value while the list changes: a combo box keeps the selected index over new items, and it took the
            // country now in that place for another one to add.
            adder.setValue(null);
            // It offers only what it can add: Russia, once listed, was offered again, and Enter on it did nothing.
            // Not while its popup is open (as while Enter adds the match): the popup's list would take the first of
            // the new list as a second country. The popup's closing brings the new list.
            boolean stale = data != itemsData || !Boolean.valueOf(s.isAsylumView()).equals(itemsSide)
                    || !itemsListed.equals(s.listed());
            if (data != null && !adder.isShowing() && stale) {
                adder.setItems(FXCollections.observableArrayList(
                        listable.stream().filter(c -> !s.listed().contains(c.iso3())).toList()));
                itemsData = data;
                itemsSide = s.isAsylumView();
                itemsListed = List.copyOf(s.listed());
            }
            boolean full = s.listed().size() >= Selection.MAX_COMPARED;
            adder.setDisable(full || data == null);
            // A disabled box shows no tooltip (it gets no mouse events): the box itself says why it is grey.
            adder.setPromptText(full ? Messages.format("compare.add.full", Selection.MAX_COMPARED)
                    : Messages.get("compare.add.prompt"));
            adder.setAccessibleText(adder.getPromptText());
        } finally {
            updating = false;
        }
    }

    /**
     * Makes the box as wide as the longer of its two prompts needs, in any language: at 230 px "Add a country (name
     * or ISO3)" read "Add a country (name or I…", and the full box's reason "At most 8 countries are c…". The same
     * width for both, so that the eighth country does not widen the box and wrap the row of selectors anew.
     */
    private void fitPrompt() {
        double widest = 0;
        for (String prompt : List.of(Messages.get("compare.add.prompt"),
                Messages.format("compare.add.full", Selection.MAX_COMPARED))) {
            javafx.scene.text.Text probe = new javafx.scene.text.Text(prompt);
            promptCell().ifPresent(cell -> probe.setFont(cell.getFont()));
            widest = Math.max(widest, probe.getLayoutBounds().getWidth());
        }
        adder.setPrefWidth(Math.max(MIN_ADDER_WIDTH, Math.ceil(widest) + PROMPT_ROOM));
    }

    /** The cell that shows the prompt: the button cell of the skin's list box ("filtered"). */
    private java.util.Optional<javafx.scene.control.Labeled> promptCell() {
        return adder.lookup("#filtered") instanceof javafx.scene.Parent list
                ? list.getChildrenUnmodifiable().stream().filter(n -> n.getStyleClass().contains("list-cell"))
                        .map(javafx.scene.control.Labeled.class::cast).findFirst()
                : java.util.Optional.empty();
    }

    private Button chip(List<Country> listable, String iso3) {
        String name = listable.stream().filter(c -> c.iso3().equals(iso3)).findFirst().map(Messages::countryShortName)
                .orElse(iso3);
        Button chip = new Button(name + "  \u2715");
        chip.getStyleClass().add("compare-chip");
        chip.setId("chip-" + iso3);
        chip.setAccessibleText(Messages.format("compare.chip.remove", name));
        chip.setTooltip(new Tooltip(Messages.format("compare.chip.remove", name)));
        chip.setOnAction(e -> remove(iso3));
        return chip;
    }

    /** The chips of the countries compared with the first, in the listed order. */
    public List<Button> chips() {
        return chips.getChildren().stream().map(Button.class::cast).toList();
    }

    public SearchableComboBox<Country> adder() {
        return adder;
    }

    /** The From / In toggles, placed by the window before the first country's box. */
    public HBox sides() {
        return sides;
    }

    public ToggleButton fromToggle() {
        return from;
    }

    public ToggleButton inToggle() {
        return in;
    }
}
