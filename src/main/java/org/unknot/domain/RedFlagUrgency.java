package org.unknot.domain;

/** How soon a "yes" to a red flag means getting care, most urgent first; the instruction is what the user reads. */
public enum RedFlagUrgency implements Vocabulary {
    EMERGENCY("Now", "Call emergency services or go to an emergency department now."),
    TODAY("Today", "See a doctor today: call your GP, or an urgent care service.");

    private final String label;
    private final String instruction;

    RedFlagUrgency(String label, String instruction) {
        this.label = label;
        this.instruction = instruction;
    }

    @Override
    public String label() {
        return label;
    }

    /** The plain sentence that says what to do, and how soon. */
    public String instruction() {
        return instruction;
    }
}
