package org.unknot.ui.player;

import java.util.ArrayList;
import java.util.List;
import org.unknot.session.CueKind;

/** Keeps the cues and spoken lines the player sent, in order, for tests to read. */
public final class RecordingCues implements CueOutput {

    private final List<CueKind> played = new ArrayList<>();
    private final List<String> said = new ArrayList<>();
    private double volume = -1;
    private boolean closed;
    private boolean soundAvailable = true;
    private boolean speechAvailable = true;

    @Override
    public void play(CueKind kind) {
        played.add(kind);
    }

    @Override
    public void say(String text) {
        said.add(text);
    }

    @Override
    public void setVolume(double value) {
        volume = value;
    }

    /** As on a computer without a sound device: cues are still recorded, but nothing could be heard. */
    public RecordingCues withoutSoundDevice() {
        soundAvailable = false;
        return this;
    }

    /** As on a computer without a speech program: Settings cannot offer spoken cues. */
    public RecordingCues withoutSpeech() {
        speechAvailable = false;
        return this;
    }

    @Override
    public boolean soundAvailable() {
        return soundAvailable;
    }

    @Override
    public boolean speechAvailable() {
        return speechAvailable;
    }

    @Override
    public void close() {
        closed = true;
    }

    public boolean closed() {
        return closed;
    }

    public List<CueKind> played() {
        return played;
    }

    public List<String> said() {
        return said;
    }

    public double volume() {
        return volume;
    }
}
