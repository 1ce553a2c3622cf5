package org.asylumtrends.data.claims;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.asylumtrends.data.AsylumDataset;
import org.asylumtrends.data.Country;
import org.asylumtrends.data.Era;
import org.asylumtrends.data.EraTable;
import org.asylumtrends.data.Measure;
import org.asylumtrends.data.Vintage;
import org.asylumtrends.data.YearSeries;

/** What every check needs: the data, the era table, the other claims, and the shapes of a result. */
final class CheckContext {
    static final Message NO_FIGURE = Message.of("figure.none");

    private final AsylumDataset data;
    private final EraTable eras;
    private final Map<String, Claim> claims;

    CheckContext(AsylumDataset data, EraTable eras, Map<String, Claim> claims) {
        this.data = data;
        this.eras = eras;
        this.claims = claims;
    }

    AsylumDataset data() {
        return data;
    }

    EraTable eras() {
        return eras;
    }

    /**
     * The release a vintage stands for in this dataset, as a label: "release 2024.6.0", or the dataset's own
     * ("release 2025.12.1", "UNHCR Refugee Data Finder, extracted 21 Jul 2024") for the latest.
     */
    Object release(Vintage vintage) {
        Vintage v = effective(vintage);
        if (!v.isLatest()) {
            return Message.of("release.label", data.release(v).orElseThrow().id());
        }
        // Opened files without a release are named by their source, as the file words it.
        String own = data.metadata().release();
        return own.isBlank() ? data.metadata().releaseLabel() : Message.of("release.label", own);
    }

    /** Whether the newest year of the release a claim is checked in is a mid-year figure (releases.csv says). */
    boolean midYear(Vintage vintage) {
        return data.release(effective(vintage)).map(org.asylumtrends.data.Release::midYear).orElse(false);
    }

    /**
     * The vintage a claim is checked in. Files a user opened hold one release, their own, and no figures of an
     * older one: a claim made from an older release is then checked on the loaded release and labelled as that
     * (2012 = 15,362 is in every release), rather than called impossible to reproduce.
     */
    Vintage effective(Vintage vintage) {
        if (vintage.isLatest() || !data.holds(vintage)) {
            return Vintage.LATEST;
        }
        // The own release asked for by its id is the latest: one set of figures, one label.
        return data.release(vintage).equals(data.release(Vintage.LATEST)) ? Vintage.LATEST : vintage;
    }

    /** Whether the loaded data have {@code measure} in {@code vintage} for the claim's origin. */
    boolean has(Claim claim, Measure measure, Vintage vintage) {
        return data.origin(claim.origin()).isPresent() && data.has(measure, effective(vintage));
    }

    YearSeries series(Claim claim, Measure measure, Vintage vintage) {
        return YearSeries.of(data, claim.origin(), measure, effective(vintage));
    }

    /** The claim's origin, named by {@link ClaimsText} in the reader's language; its code when the data lack it. */
    Object originName(Claim claim) {
        return data.origin(claim.origin()).<Object>map(c -> c).orElse(claim.origin());
    }

    /** The claim a parameter refers to by id (e.g. {@code article-claim=2012}), if it is in the table. */
    Optional<Claim> referenced(Claim claim, String key) {
        return claim.parameter(key).map(claims::get);
    }

    /** The era of the claim's origin with this name (case-insensitive). */
    Optional<Era> era(Claim claim, String name) {
        return eras.forOrigin(claim.origin()).stream().filter(e -> e.name().equalsIgnoreCase(name.strip())).findFirst();
    }

    /** "Asylum-seekers, release 2024.6.0": the measure used for most checks. */
    Message measureInRelease(Measure measure, Vintage vintage) {
        return Message.of("measure.release", longName(measure), release(vintage));
    }

    /** The measure as the measure column names it, saying whether it is a stock or a flow. */
    static Message longName(Measure measure) {
        // Keys written out whole, so the bundle test sees them; a new measure does not compile without one.
        return Message.of(switch (measure) {
            case ASYLUM_SEEKERS -> "measureLong.asylum-seekers";
            case APPLICATIONS_NEW -> "measureLong.applications-new";
            case APPLICATIONS_ALL -> "measureLong.applications-all";
            case REFUGEES -> "measureLong.refugees";
            case DECISIONS_TOTAL -> "measureLong.decisions-total";
            case RECOGNIZED -> "measureLong.recognized";
            case COMPLEMENTARY_PROTECTION -> "measureLong.complementary-protection";
            case REJECTED -> "measureLong.rejected";
            case OTHERWISE_CLOSED -> "measureLong.otherwise-closed";
            case RECOGNITION_RATE -> "measureLong.recognition-rate";
        });
    }

    ClaimResult result(Claim claim, Verdict verdict, Message dataFigure, Message measureUsed, List<Message> why) {
        return new ClaimResult(claim, verdict, articleFigure(claim), dataFigure, measureUsed, why);
    }

    /** The data lack what the claim needs: say which figures, so a user can load them. */
    ClaimResult missing(Claim claim, Measure measure, Vintage vintage) {
        return result(claim, Verdict.CANNOT_BE_REPRODUCED, NO_FIGURE, measureInRelease(measure, vintage),
                List.of(Message.of("explain.missing", measure, originName(claim), release(vintage))));
    }

    ClaimResult notReproducible(Claim claim, Message measureUsed, Message why) {
        return result(claim, Verdict.CANNOT_BE_REPRODUCED, NO_FIGURE, measureUsed, List.of(why));
    }

    /** The article's figure as shown: formatted from the claims table's machine-readable value. */
    static Message articleFigure(Claim claim) {
        return switch (claim.check()) {
            case YEAR_VALUE, SUM_OVER_YEARS -> Message.of("figure.count", claim.articleCount());
            case STOCK_VS_FLOW -> Message.of("figure.applied", claim.articleCount(), claim.parameter("year").orElse(""));
            case PERCENT_INCREASE -> Message.of("figure.percent", claim.articlePercent());
            case YEAR_VS_ERA -> Message.of("figure.yearVsEra", Integer.toString(claim.articleYear()),
                    claim.parameter("era").orElse(""));
            case RECORD_YEAR -> Message.of("figure.record", Integer.toString(claim.articleYear()));
            case ERA_START -> Message.of("figure.date", claim.articleDate());
            case TOP_DESTINATIONS -> Message.of("figure.list", claim.articleIso3());
            case FIND -> FinderSentences.published(claim.articleQuery());
        };
    }

    /** -1, 0 or 1: whether the data's figure is below, equal to or above the article's, for "n more/fewer". */
    static int sign(double data, double article) {
        return (int) Math.signum(Math.round(data) - Math.round(article));
    }
}
