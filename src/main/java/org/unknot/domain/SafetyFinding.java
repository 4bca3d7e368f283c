package org.unknot.domain;

/**
 * A safety rule that applies to one step of a routine (0-based index), or to the whole routine
 * ({@link #WHOLE_ROUTINE}: a health-profile note to ask a clinician first).
 */
public record SafetyFinding(SafetyRule rule, int step) {

    public static final int WHOLE_ROUTINE = -1;

    public boolean blocking() {
        return rule.level() == SafetyLevel.ERROR;
    }

    public boolean wholeRoutine() {
        return step == WHOLE_ROUTINE;
    }

    /** "Step 4: Keep a frozen ball moving: held still, cold can injure the skin."; a note is its message alone. */
    public String describe() {
        return wholeRoutine() ? rule.message() : "Step " + (step + 1) + ": " + rule.message();
    }
}
