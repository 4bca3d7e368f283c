package org.unknot.domain;

/** When a pain rating was taken: around a session, or as a daily check-in without one. */
public enum PainKind implements Vocabulary {
    BEFORE("Before the session"),
    AFTER("After the session"),
    CHECK_IN("Daily check-in");

    private final String label;

    PainKind(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
