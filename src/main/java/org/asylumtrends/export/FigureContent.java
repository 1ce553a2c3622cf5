package org.asylumtrends.export;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.asylumtrends.text.Messages;

/**
 * What an exported figure shows: a list of panels, in order (side by side in landscape, stacked otherwise). The
 * command line names it by the panels' ids ({@code trend}, {@code destinations}, {@code trend,destinations}) or
 * {@code figure}/{@code both} for the usual pair.
 */
public record FigureContent(List<FigurePanel> panels) {
    public static final FigureContent TREND = new FigureContent(List.of(new TrendPanel()));
    public static final FigureContent DESTINATIONS = new FigureContent(List.of(new DestinationPanel()));
    /** The trend and the countries of asylum side by side: the default. */
    public static final FigureContent BOTH = new FigureContent(List.of(new TrendPanel(), new DestinationPanel()));
    private static final String BOTH_ID = "figure";

    public FigureContent {
        panels = List.copyOf(panels);
        if (panels.isEmpty()) {
            throw new IllegalArgumentException("a figure needs at least one panel");
        }
        if (panels.stream().distinct().count() != panels.size()) {
            throw new IllegalArgumentException("a panel appears twice: " + panels);
        }
    }

    /** What the export dialog offers: the usual pair, then each known panel alone. */
    public static List<FigureContent> choices() {
        List<FigureContent> choices = new ArrayList<>();
        choices.add(BOTH);
        for (FigurePanel p : FigurePanel.KNOWN) {
            choices.add(new FigureContent(List.of(p)));
        }
        return List.copyOf(choices);
    }

    /** The name on the command line and in file names: "trend", "figure" for the usual pair, else "trend-map". */
    public String id() {
        if (equals(BOTH)) {
            return BOTH_ID;
        }
        return panels.stream().map(FigurePanel::id).collect(Collectors.joining("-"));
    }

    /** The name in the export dialog. */
    public String displayName() {
        if (equals(BOTH)) {
            return Messages.get("export.dialog.chart.figure");
        }
        return panels.stream().map(FigurePanel::displayName).collect(Collectors.joining(" + "));
    }

    /** Whether the figure has more than one panel. */
    public boolean isCombined() {
        return panels.size() > 1;
    }

    public boolean aggregatesYears() {
        return panels.stream().anyMatch(FigurePanel::aggregatesYears);
    }

    public boolean marksPreliminary() {
        return panels.stream().anyMatch(FigurePanel::marksPreliminary);
    }

    /**
     * The content named {@code id}: "figure" or "both" for the usual pair, a panel's id, or panel ids joined by
     * commas ("trend,destinations"). Empty for an unknown name or a panel named twice.
     */
    public static Optional<FigureContent> byId(String id) {
        Objects.requireNonNull(id, "id");
        String wanted = id.strip().toLowerCase(Locale.ROOT);
        if (wanted.equals(BOTH_ID) || wanted.equals("both")) {
            return Optional.of(BOTH);
        }
        List<FigurePanel> panels = new ArrayList<>();
        for (String part : wanted.split(",", -1)) {
            Optional<FigurePanel> panel = FigurePanel.KNOWN.stream().filter(p -> p.id().equals(part.strip()))
                    .findFirst();
            if (panel.isEmpty() || panels.contains(panel.get())) {
                return Optional.empty();
            }
            panels.add(panel.get());
        }
        return Optional.of(new FigureContent(panels));
    }

    /** The ids {@code --chart} accepts, for an error message. */
    public static String knownIds() {
        return FigurePanel.KNOWN.stream().map(FigurePanel::id).collect(Collectors.joining(", ")) + ", " + BOTH_ID
                + " (or both)";
    }
}
