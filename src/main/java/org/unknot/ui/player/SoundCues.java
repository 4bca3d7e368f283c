package org.unknot.ui.player;

import org.unknot.session.CueKind;
import org.unknot.ui.player.cues.SoundOutput;
import org.unknot.ui.player.cues.Speech;
import org.unknot.ui.player.cues.SpeechCommand;

/** The app's cue output: generated tones on the sound device if there is one, speech where the system has it. */
public final class SoundCues implements CueOutput {

    private final SoundOutput sound;
    private final Speech speech;

    SoundCues(SoundOutput sound, Speech speech) {
        this.sound = sound;
        this.speech = speech;
    }

    /** Probes the sound device and the speech command once; silent and speechless where there are none. */
    public static SoundCues open() {
        return new SoundCues(SoundOutput.probe(), SpeechCommand.speech(true));
    }

    @Override
    public void play(CueKind kind) {
        sound.play(kind);
    }

    @Override
    public void say(String text) {
        speech.say(text);
    }

    @Override
    public void setVolume(double volume) {
        sound.setVolume(volume);
    }

    @Override
    public boolean soundAvailable() {
        return sound.available();
    }

    @Override
    public boolean speechAvailable() {
        return speech.available();
    }

    @Override
    public void close() {
        speech.close();
        sound.close();
    }
}
