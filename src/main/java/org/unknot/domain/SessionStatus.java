package org.unknot.domain;

/** Where a recorded session stands; {@code interrupted} means the app ended while it was running. */
public enum SessionStatus implements Vocabulary {
    IN_PROGRESS("In progress"),
    COMPLETED("Completed"),
    STOPPED("Stopped"),
    INTERRUPTED("Interrupted");

    private final String label;

    SessionStatus(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
