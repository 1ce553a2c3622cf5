package org.asylumtrends.data.claims;

import java.util.List;
import java.util.Objects;

/**
 * One claim set beside the data: the article's figure, the figure the data give, the measure used, the verdict
 * and a paragraph of explanation (whole sentences, rendered by {@link ClaimsText}).
 */
public record ClaimResult(Claim claim, Verdict verdict, Message articleFigure, Message dataFigure,
                          Message measureUsed, List<Message> explanation) {
    public ClaimResult {
        Objects.requireNonNull(claim, "claim");
        Objects.requireNonNull(verdict, "verdict");
        Objects.requireNonNull(articleFigure, "articleFigure");
        Objects.requireNonNull(dataFigure, "dataFigure");
        Objects.requireNonNull(measureUsed, "measureUsed");
        explanation = List.copyOf(explanation);
    }
}
