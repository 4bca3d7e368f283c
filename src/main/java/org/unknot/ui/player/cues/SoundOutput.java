package org.unknot.ui.player.cues;

import org.unknot.session.CueKind;

/**
 * Where the cue sounds go. Calls never block and never throw, so the player can call them from the FX thread; with
 * no sound device the cues are simply silent and the screen's flash carries them.
 */
public interface SoundOutput extends AutoCloseable {

    void play(CueKind kind);

    /** 0.0 (silent) to 1.0; values outside are clamped. Applies to cues asked for after the call. */
    void setVolume(double volume);

    /** False when nothing can be heard from this output, whatever the volume. */
    boolean available();

    @Override
    void close();

    /**
     * Opens the system's sound output once, or returns a silent one when there is none. Machines without a sound
     * device fail here in several ways, some unchecked, so every failure means silence.
     */
    static SoundOutput probe() {
        return ClipSoundOutput.open().orElseGet(SilentSoundOutput::new);
    }
}
