package org.unknot.domain;

/** A safety rule that applies to one step of a routine (0-based index). */
public record SafetyFinding(SafetyRule rule, int step) {

    public boolean blocking() {
        return rule.level() == SafetyLevel.ERROR;
    }

    /** "Step 4: Keep a frozen ball moving: held still, cold can injure the skin." */
    public String describe() {
        return "Step " + (step + 1) + ": " + rule.message();
    }
}
