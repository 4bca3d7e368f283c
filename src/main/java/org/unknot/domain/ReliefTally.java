package org.unknot.domain;

import java.util.OptionalDouble;

/** Counts the sessions of one routine or tool, group by group. */
final class ReliefTally {

    private final String label;
    private final String key;
    private int sessions;
    private int rated;
    private long reliefSum;
    private int clear;
    private int rose;

    ReliefTally(String label, String key) {
        this.label = label;
        this.key = key;
    }

    void add(HistoryFacts.SessionGroup group) {
        int n = group.sessions();
        sessions += n;
        group.before().ifPresent(before -> group.after().ifPresent(after -> {
            rated += n;
            reliefSum += (long) n * (before.value() - after.value());
            if (ClearRelief.of(before, after)) {
                clear += n;
            }
            if (after.value() > before.value()) {
                rose += n;
            }
        }));
    }

    int rose() {
        return rose;
    }

    Relief relief() {
        return new Relief(label, key, sessions, rated,
                rated == 0 ? OptionalDouble.empty() : OptionalDouble.of(reliefSum / (double) rated), clear);
    }
}
