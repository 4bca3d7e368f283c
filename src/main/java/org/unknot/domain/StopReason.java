package org.unknot.domain;

/** Why the user stopped a session early. */
public enum StopReason implements Vocabulary {
    PAIN_WORSE("Pain got worse"),
    OUT_OF_TIME("Out of time"),
    EQUIPMENT("Equipment"),
    OTHER("Other");

    private final String label;

    StopReason(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
