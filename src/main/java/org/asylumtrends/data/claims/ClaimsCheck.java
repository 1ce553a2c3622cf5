package org.asylumtrends.data.claims;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.asylumtrends.data.AsylumDataset;
import org.asylumtrends.data.DataFormatException;
import org.asylumtrends.data.EraTable;

/**
 * Sets each of the article's claims beside what the loaded data say. The data's figures are always computed
 * here from the {@link AsylumDataset} and {@link EraTable}; the claims table holds only the article's side.
 *
 * <p>The rule for a verdict ({@link #rule()} says it in words):
 * <ul>
 *   <li>a count matches when it is within {@link #COUNT_TOLERANCE} (0.1%) of the data's figure, or within
 *       {@link #ROUNDING_UNIT} people, UNHCR's rounding unit for small numbers. The article's figures come from
 *       the same UNHCR release, so they should agree almost exactly; 0.1% allows for rounding, nothing more;</li>
 *   <li>a percentage matches when it is within half a percentage point of the data's (the article gives whole
 *       percents);</li>
 *   <li>"matched" / "about the same" matches within {@link #ABOUT_EQUAL_TOLERANCE} (10%);</li>
 *   <li>anything else differs; a claim cannot be reproduced when no measure and era convention in the data
 *       yields it, or when the loaded data lack the figures to check it.</li>
 * </ul>
 */
public final class ClaimsCheck {
    /** A count matches when the gap is at most this share of the data's figure. */
    public static final double COUNT_TOLERANCE = 0.001;
    /** UNHCR rounds small numbers to multiples of 5: a gap this small always matches. */
    public static final long ROUNDING_UNIT = 5;
    /** A percentage matches within half a percentage point. */
    public static final double PERCENT_TOLERANCE = 0.005;
    /** A loose "matched the total" claim matches within 10%. */
    public static final double ABOUT_EQUAL_TOLERANCE = 0.10;

    private ClaimsCheck() {
    }

    /** Checks the bundled claims of the Safeguard Defenders article. */
    public static List<ClaimResult> checkBundled(AsylumDataset data, EraTable eras) throws DataFormatException {
        return check(ClaimsTable.loadBundled(), data, eras);
    }

    /** Checks each claim, in the table's order. */
    public static List<ClaimResult> check(List<Claim> claims, AsylumDataset data, EraTable eras) {
        Map<String, Claim> byId = new LinkedHashMap<>();
        claims.forEach(c -> byId.put(c.id(), c));
        CheckContext context = new CheckContext(data, eras, byId);
        List<ClaimResult> results = new ArrayList<>();
        for (Claim claim : claims) {
            results.add(check(claim, context));
        }
        return List.copyOf(results);
    }

    private static ClaimResult check(Claim claim, CheckContext context) {
        return switch (claim.check()) {
            case YEAR_VALUE -> CountChecks.yearValue(claim, context);
            case SUM_OVER_YEARS -> CountChecks.sumOverYears(claim, context);
            case PERCENT_INCREASE -> CountChecks.percentIncrease(claim, context);
            case STOCK_VS_FLOW -> CountChecks.stockVsFlow(claim, context);
            case RECORD_YEAR -> CountChecks.recordYear(claim, context);
            case YEAR_VS_ERA -> EraChecks.yearVsEra(claim, context);
            case ERA_START -> EraChecks.eraStart(claim, context);
            case TOP_DESTINATIONS -> DestinationCheck.topDestinations(claim, context);
            case FIND -> FindCheck.find(claim, context);
        };
    }

    /** The tolerance rule in words, for a footnote under the table. */
    public static Message rule() {
        return Message.of("rule", COUNT_TOLERANCE, ROUNDING_UNIT, PERCENT_TOLERANCE * 100, ABOUT_EQUAL_TOLERANCE);
    }

    /** Whether an article count matches the data's under the rule. */
    public static boolean countMatches(double article, double data) {
        return Math.abs(article - data) <= Math.max(ROUNDING_UNIT, COUNT_TOLERANCE * Math.abs(data));
    }

    /** Whether an article percentage (as a fraction, 14.26 for 1,426%) matches the data's. */
    public static boolean percentMatches(double article, double data) {
        return Math.abs(article - data) <= PERCENT_TOLERANCE + 1e-9;
    }

    /** Whether a figure is "about the same as" another: within 10% of the other. */
    public static boolean aboutEqual(double value, double reference) {
        return Math.abs(value - reference) <= ABOUT_EQUAL_TOLERANCE * Math.abs(reference);
    }
}
