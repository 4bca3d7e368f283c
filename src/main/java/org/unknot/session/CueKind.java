package org.unknot.session;

/** The moments a session marks with a sound and a flash. */
public enum CueKind {
    /** A step begins: a chime. */
    STEP_START,
    /** One of three short ticks in the last 3 seconds of a step or of the prep countdown. */
    TICK,
    /** Halfway through a step of 60 seconds or more: a soft tone. */
    HALFWAY,
    /** The left side of an {@code each} step is done; now the right: a double chime. */
    SWITCH_SIDES,
    /** The routine is complete: a bell. */
    END
}
