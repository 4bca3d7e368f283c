package org.unknot.domain;

import java.util.OptionalInt;

/**
 * One thing wrong with a routine, as a plain sentence. {@code step} is the step's index (0-based) when the problem
 * belongs to one step; the message already names it for people ("Step 3: …").
 */
public record Problem(OptionalInt step, String field, String message) {

    public static Problem ofRoutine(String field, String message) {
        return new Problem(OptionalInt.empty(), field, message);
    }

    public static Problem ofStep(int index, String field, String message) {
        return new Problem(OptionalInt.of(index), field, "Step " + (index + 1) + ": " + message);
    }
}
