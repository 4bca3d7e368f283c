package org.unknot.domain;

import java.util.OptionalDouble;

/** Counts the sessions of one routine or tool as they stream past. */
final class ReliefTally {

    private final String label;
    private final String key;
    private int sessions;
    private int rated;
    private long reliefSum;
    private int clear;

    ReliefTally(String label, String key) {
        this.label = label;
        this.key = key;
    }

    void add(SessionRecord session) {
        sessions++;
        session.painBefore().ifPresent(before -> session.painAfter().ifPresent(after -> {
            rated++;
            reliefSum += before.value() - after.value();
            if (ClearRelief.of(before, after)) {
                clear++;
            }
        }));
    }

    Relief relief() {
        return new Relief(label, key, sessions, rated,
                rated == 0 ? OptionalDouble.empty() : OptionalDouble.of(reliefSum / (double) rated), clear);
    }
}
