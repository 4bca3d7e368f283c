package org.unknot.domain;

/** What the insights suggest beyond the numbers; the worsening warning takes precedence over the specialist. */
public enum Suggestion {
    NONE("none"),
    SPECIALIST("specialist"),
    WORSENING("worsening");

    private final String id;

    Suggestion(String id) {
        this.id = id;
    }

    /** The id the command line's JSON uses. */
    public String id() {
        return id;
    }
}
