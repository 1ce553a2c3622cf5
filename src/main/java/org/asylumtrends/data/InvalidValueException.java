package org.asylumtrends.data;

/**
 * A value a record refuses in its constructor (an era that ends before it starts, a claim without a measure),
 * with the reason as a {@link DataMessage}, so that the table reading it can report it at its line in words.
 */
public final class InvalidValueException extends IllegalArgumentException {
    private final transient DataMessage problem;

    public InvalidValueException(DataMessage problem) {
        super(problem.toString());
        this.problem = problem;
    }

    public DataMessage problem() {
        return problem;
    }
}
