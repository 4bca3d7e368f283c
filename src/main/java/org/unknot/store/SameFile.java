package org.unknot.store;

/** The use-case services run one transaction over several stores, so the stores must share one data file. */
final class SameFile {

    private SameFile() {
    }

    static Database of(SessionStore sessions, PainStore pain) {
        if (sessions.database() != pain.database()) {
            throw new IllegalArgumentException("The session and pain stores must share one database");
        }
        return sessions.database();
    }
}
