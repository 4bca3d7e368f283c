package org.unknot.domain;

/** How a step of a session ended. */
public enum StepOutcome implements Vocabulary {
    PENDING("Not reached"),
    COMPLETED("Completed"),
    SKIPPED("Skipped"),
    CUT_SHORT("Cut short");

    private final String label;

    StepOutcome(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
