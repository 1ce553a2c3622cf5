package org.asylumtrends.cli;

import java.util.Arrays;
import java.util.stream.Collectors;
import org.asylumtrends.data.Measure;
import org.asylumtrends.data.RangeAggregation;

/** Turns the words the commands accept into the data layer's choices, with one wording for every command. */
final class Choices {
    private Choices() {
    }

    static Measure measure(String id) throws CommandFailure {
        return Measure.byId(id).orElseThrow(() -> CommandFailure.of("cli.unknownMeasure", id,
                Arrays.stream(Measure.values()).map(Measure::id).collect(Collectors.joining(", "))));
    }

    static RangeAggregation aggregation(String id) throws CommandFailure {
        return RangeAggregation.byId(id).orElseThrow(() -> CommandFailure.of("cli.unknownAggregation", id));
    }
}
