package org.unknot.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.unknot.domain.PlayerSettings;

/** The player's settings in the data file: saved together, read back, and a bad stored value falls back alone. */
class PlayerSettingsStoreTest {

    @TempDir
    Path folder;

    @Test
    void defaultsUntilSavedThenEverySettingSurvivesReopening() {
        Path file = folder.resolve("unknot.db");
        PlayerSettings changed = new PlayerSettings(false, 35, true, 12);
        try (Database database = Database.open(file)) {
            SettingsStore settings = new SettingsStore(database);
            assertEquals(PlayerSettings.DEFAULTS, settings.playerSettings());

            settings.savePlayerSettings(changed);
        }
        try (Database database = Database.open(file)) {
            assertEquals(changed, new SettingsStore(database).playerSettings());
        }
    }

    @Test
    void theLimitsThemselvesAreKept() {
        try (Database database = Database.open(folder.resolve("unknot.db"))) {
            SettingsStore settings = new SettingsStore(database);

            settings.savePlayerSettings(new PlayerSettings(true, 0, false, 30));
            assertEquals(new PlayerSettings(true, 0, false, 30), settings.playerSettings());
            settings.savePlayerSettings(new PlayerSettings(true, 100, false, 0));
            assertEquals(new PlayerSettings(true, 100, false, 0), settings.playerSettings());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"101", "-1", "loud", "", "12345", "7.5"})
    void aVolumeOutOfRangeOrNotANumberFallsBackToTheDefaultAlone(String stored) {
        try (Database database = Database.open(folder.resolve("unknot.db"))) {
            SettingsStore settings = new SettingsStore(database);
            settings.savePlayerSettings(new PlayerSettings(false, 35, true, 12));
            settings.put(SettingsStore.VOLUME, stored);

            assertEquals(new PlayerSettings(false, PlayerSettings.DEFAULTS.volume(), true, 12),
                    settings.playerSettings());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"31", "-1", "soon"})
    void aCountdownOutOfRangeFallsBackToTheDefaultAlone(String stored) {
        try (Database database = Database.open(folder.resolve("unknot.db"))) {
            SettingsStore settings = new SettingsStore(database);
            settings.savePlayerSettings(new PlayerSettings(false, 35, true, 12));
            settings.put(SettingsStore.PREP_SECONDS, stored);

            assertEquals(new PlayerSettings(false, 35, true, PlayerSettings.DEFAULTS.prepSeconds()),
                    settings.playerSettings());
        }
    }
}
