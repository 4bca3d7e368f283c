package org.unknot.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PlayerSettingsTest {

    @ParameterizedTest
    @ValueSource(ints = {0, 100})
    void volumeGoesFromZeroToAHundred(int volume) {
        assertEquals(volume, PlayerSettings.DEFAULTS.withVolume(volume).volume());
    }

    @ParameterizedTest
    @ValueSource(ints = {-1, 101})
    void volumeOutsideZeroToAHundredIsRefusedWithTheRange(int volume) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> PlayerSettings.DEFAULTS.withVolume(volume));
        assertEquals("Volume is from 0 to 100; got " + volume, e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 30})
    void countdownGoesFromZeroToThirtySeconds(int seconds) {
        assertEquals(seconds, PlayerSettings.DEFAULTS.withPrepSeconds(seconds).prepSeconds());
    }

    @ParameterizedTest
    @ValueSource(ints = {-1, 31})
    void countdownOutsideZeroToThirtySecondsIsRefusedWithTheRange(int seconds) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> PlayerSettings.DEFAULTS.withPrepSeconds(seconds));
        assertEquals("The countdown is from 0 to 30 s; got " + seconds, e.getMessage());
    }

    @Test
    void eachWitherChangesOnlyItsOwnSetting() {
        PlayerSettings base = new PlayerSettings(true, 70, false, 5);

        assertEquals(new PlayerSettings(false, 70, false, 5), base.withSound(false));
        assertEquals(new PlayerSettings(true, 70, true, 5), base.withVoice(true));
        assertEquals(base, PlayerSettings.DEFAULTS);
    }
}
