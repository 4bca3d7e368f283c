package org.unknot.ui.player.cues;

/** The moments of a session that get a sound; the screen flashes with each of them too. */
public enum CueKind {
    /** A chime when a step starts. */
    STEP_START,
    /** One of the three short ticks in the last 3 s of a step. */
    TICK,
    /** A soft single tone at the halfway point of a step of 60 s or more. */
    HALFWAY,
    /** A double chime when an {@code each} step switches from the left side to the right. */
    SWITCH_SIDES,
    /** A bell at the end of the routine. */
    END
}
