package org.unknot.ui.player.cues;

/** Used when voice cues are off or the system offers no speech command. */
public final class NoSpeech implements Speech {

    @Override
    public void say(String text) {
        // silent on purpose: the tones and the screen carry the cue
    }

    @Override
    public boolean available() {
        return false;
    }
}
