package org.unknot.ui.player.cues;

import org.unknot.session.CueKind;

/** The output when there is no sound device, and for tests. */
public final class SilentSoundOutput implements SoundOutput {

    @Override
    public void play(CueKind kind) {
        // nothing to hear: the player's flash is the cue
    }

    @Override
    public void setVolume(double volume) {
        // no sound, no volume
    }

    @Override
    public boolean available() {
        return false;
    }

    @Override
    public void close() {
        // holds nothing
    }
}
