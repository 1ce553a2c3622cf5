package org.asylumtrends.data.claims;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Locale;
import org.asylumtrends.data.AsylumDataset;
import org.asylumtrends.data.DataFormatException;
import org.asylumtrends.data.DatasetLoader;
import org.asylumtrends.data.EraTable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Claims for any article: typed in the editor's terms, saved, read back and checked like the bundled article. */
class ClaimsEditorTest {
    private static final ClaimsText EN = new ClaimsText(Locale.ENGLISH);
    private static AsylumDataset data;
    private static EraTable eras;

    @BeforeAll
    static void load() throws Exception {
        data = DatasetLoader.loadBundled();
        eras = EraTable.loadBundled();
    }

    @Test
    void theBundledTableRoundTripsThroughTextAndThroughTheEditor() throws Exception {
        List<Claim> bundled = ClaimsTable.loadBundled();
        assertThat(ClaimsTable.fromText(ClaimsTable.toText(bundled), "saved.csv")).isEqualTo(bundled);
        assertThat(bundled.stream().map(ClaimDraft::of).map(ClaimDraft::toClaim).toList()).isEqualTo(bundled);
    }

    @Test
    void aFormulaInAClaimIsNeutralisedInTheFileAndKeptInTheTable() throws Exception {
        Claim hostile = ClaimDraft.blank("x").withText("=HYPERLINK(\"http://x\")").withFigure("1.16 million")
                .withYears("2012-2024").toClaim();
        String text = ClaimsTable.toText(List.of(hostile));
        assertThat(text.lines().skip(1).findFirst().orElseThrow()).contains("\"'=HYPERLINK(");
        assertThat(ClaimsTable.fromText(text, "saved.csv")).containsExactly(hostile);
    }

    @Test
    void aNewArticlesClaimsAreCheckedWithVerdictsAndExplanations() {
        List<Claim> claims = List.of(
                ClaimDraft.blank("total").withText("1.16 million Chinese sought asylum under Xi")
                        .withFigure("1.16 million").withYears("2012-2024").toClaim(),
                ClaimDraft.blank("flow").withText("55,594 new applications in 2024").withFigure("55,594")
                        .withMeasure("applications-new").withYears("2024").toClaim(),
                ClaimDraft.blank("slip").withText("12,362 in 2012").withFigure("12,362").withYears("2012").toClaim(),
                ClaimDraft.blank("made-up").withText("A made-up number").withFigure("987,654,321").toClaim());
        List<ClaimResult> results = ClaimsCheck.check(claims, data, eras);
        assertThat(results).extracting(ClaimResult::verdict).containsExactly(Verdict.MATCHES, Verdict.MATCHES,
                Verdict.DIFFERS, Verdict.CANNOT_BE_REPRODUCED);
        assertThat(EN.format(results.get(0).dataFigure())).isEqualTo("1,161,728");
        assertThat(EN.explanation(results.get(0))).startsWith("The best reading: the sum of the yearly asylum-seekers"
                + " figures 2012–2024");
        assertThat(EN.format(results.get(1).measureUsed())).contains("new asylum applications");
        assertThat(EN.explanation(results.get(2))).contains("It matches only with 12,362 for 2012 where the data have"
                + " 15,362: one digit changed");
        assertThat(EN.explanation(results.get(3))).startsWith("No close match").contains("Nearest: ");
    }

    @Test
    void aDraftThatCannotBeCheckedSaysWhy() {
        assertThatThrownBy(() -> ClaimDraft.blank("a").withFigure("many").toClaim())
                .hasMessage("claim a: 'many' is not a figure (e.g. 1,158,739 or 1,426 %)");
        assertThatThrownBy(() -> ClaimDraft.blank("b").withFigure("12").withMeasure("refugee").toClaim())
                .hasMessage("claim b: 'refugee' is not a known measure (or 'find')");
        assertThatThrownBy(() -> ClaimDraft.blank("c").withFigure("12").withMeasure("refugees").toClaim())
                .hasMessageStartingWith("claim c: refugees needs its years");
        assertThatThrownBy(() -> ClaimDraft.blank("d").withFigure("12").withRelease("2023").toClaim())
                .hasMessage("claim d: '2023' is not a known release");
    }

    @Test
    void aBadFindRowInAFileIsNamedByLine() {
        String csv = "id,claim,article_figure,check,measure,release,parameters\nx,c,lots,find,,,\n";
        org.asylumtrends.data.DataErrors.assertThatMessageOf(() -> ClaimsTable.fromText(csv, "mine.csv"))
                .isEqualTo("mine.csv, line 2: article figure 'lots' of claim x is not a number (e.g. 1,158,739,"
                        + " 1.16 million or 1,426 %)");
    }
}
