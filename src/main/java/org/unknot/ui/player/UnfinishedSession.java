package org.unknot.ui.player;

/**
 * The session being played, as the app's exit sees it (a TERM, the system shutting down): written as interrupted,
 * with what was done up to that moment. Called from the exit's own thread once the background runner has let its
 * queued writes finish; never waits for the FX thread, which may be blocked.
 */
public interface UnfinishedSession {

    UnfinishedSession NONE = () -> { };

    /** Writes the step under way with its time so far and marks the session interrupted; nothing once it ended. */
    void recordInterrupted();
}
