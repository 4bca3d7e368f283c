package org.unknot.ui.player;

import org.unknot.session.CueKind;

/** Where the player's cues go: a tone for each cue, and a spoken line where speech is on. Never blocks, never throws. */
public interface CueOutput extends AutoCloseable {

    void play(CueKind kind);

    /** From 0 (silent) to 1 (full). */
    void setVolume(double volume);

    /** Whether a sound device was found, so tones can be heard at all. */
    boolean soundAvailable();

    /** Whether spoken cues can be heard on this computer. */
    boolean speechAvailable();

    void say(String text);

    /** Ends the sound and any speech still going (no speech process outlives the app); any thread, more than once. */
    @Override
    void close();
}
