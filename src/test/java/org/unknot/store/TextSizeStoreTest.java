package org.unknot.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.unknot.domain.TextSize;

/** The text size in the data file: normal until chosen, kept across opening, a bad stored value read as normal. */
class TextSizeStoreTest {

    @TempDir
    Path folder;

    @Test
    void normalUntilChosenThenTheChoiceSurvivesReopening() {
        Path file = folder.resolve("unknot.db");
        try (Database database = Database.open(file)) {
            SettingsStore settings = new SettingsStore(database);
            assertEquals(TextSize.NORMAL, settings.textSize());

            settings.setTextSize(new TextSize(170));
        }
        try (Database database = Database.open(file)) {
            assertEquals(new TextSize(170), new SettingsStore(database).textSize());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"99", "201", "-150", "big", "", "150.5"})
    void aStoredValueThatIsNotASizeReadsAsNormal(String stored) {
        try (Database database = Database.open(folder.resolve("unknot.db"))) {
            SettingsStore settings = new SettingsStore(database);
            settings.put(SettingsStore.TEXT_SIZE, stored);

            assertEquals(TextSize.NORMAL, settings.textSize());
        }
    }

    @Test
    void aStoredValueBetweenStepsReadsAsTheNearestStep() {
        try (Database database = Database.open(folder.resolve("unknot.db"))) {
            SettingsStore settings = new SettingsStore(database);
            settings.put(SettingsStore.TEXT_SIZE, "147");

            assertEquals(new TextSize(150), settings.textSize());
        }
    }
}
