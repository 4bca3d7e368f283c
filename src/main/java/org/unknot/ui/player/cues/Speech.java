package org.unknot.ui.player.cues;

/** Spoken cues ("Cold ball, lower back, left side"). Calls never block and never throw. */
public interface Speech extends AutoCloseable {

    /** Speaks the text, cutting off whatever is still being said. */
    void say(String text);

    /** False when nothing will be heard, so the player knows to fall back to tones. */
    boolean available();

    @Override
    default void close() {
    }
}
