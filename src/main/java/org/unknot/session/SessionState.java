package org.unknot.session;

/** Where a session stands. */
public enum SessionState {
    /** Not started: the ready screen. */
    READY,
    /** Counting down before the first step. */
    PREP,
    /** A step is running. */
    RUNNING,
    /** Paused during the countdown or a step. */
    PAUSED,
    /** Every step was played to the end of the routine. */
    COMPLETED,
    /** The user stopped early. */
    STOPPED;

    public boolean over() {
        return this == COMPLETED || this == STOPPED;
    }
}
