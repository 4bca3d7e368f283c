package org.unknot.domain;

/** How the player sounds and starts: sound on/off and volume (0–100), spoken cues, the countdown in seconds. */
public record PlayerSettings(boolean sound, int volume, boolean voice, int prepSeconds) {

    public static final int MAX_VOLUME = 100;
    public static final int MAX_PREP_SECONDS = 30;
    public static final PlayerSettings DEFAULTS = new PlayerSettings(true, 70, false, 5);

    public PlayerSettings {
        if (volume < 0 || volume > MAX_VOLUME) {
            throw new IllegalArgumentException("Volume is from 0 to " + MAX_VOLUME + "; got " + volume);
        }
        if (prepSeconds < 0 || prepSeconds > MAX_PREP_SECONDS) {
            throw new IllegalArgumentException("The countdown is from 0 to " + MAX_PREP_SECONDS + " s; got " + prepSeconds);
        }
    }

    public PlayerSettings withSound(boolean on) {
        return new PlayerSettings(on, volume, voice, prepSeconds);
    }

    public PlayerSettings withVolume(int newVolume) {
        return new PlayerSettings(sound, newVolume, voice, prepSeconds);
    }

    public PlayerSettings withVoice(boolean on) {
        return new PlayerSettings(sound, volume, on, prepSeconds);
    }

    public PlayerSettings withPrepSeconds(int seconds) {
        return new PlayerSettings(sound, volume, voice, seconds);
    }
}
