package org.unknot.domain;

import java.util.List;

/** What the gentle version changed in one step (0-based), each change in plain words: "60 s instead of 90 s". */
public record GentleChange(int stepIndex, List<String> changes) {

    public GentleChange {
        changes = List.copyOf(changes);
    }

    /** The changes as one line: "60 s instead of 90 s, medium pressure instead of firm". */
    public String text() {
        return String.join(", ", changes);
    }
}
