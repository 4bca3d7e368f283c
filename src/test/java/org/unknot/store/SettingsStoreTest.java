package org.unknot.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unknot.domain.PatientDetails;
import org.unknot.domain.Theme;

class SettingsStoreTest {

    @TempDir
    Path folder;

    @Test
    void themeIsLightUntilChangedAndSurvivesReopening() {
        Path file = folder.resolve("unknot.db");
        try (Database database = Database.open(file)) {
            SettingsStore settings = new SettingsStore(database);
            assertEquals(Theme.LIGHT, settings.theme());

            settings.setTheme(Theme.DARK);

            assertEquals(Theme.DARK, settings.theme());
        }
        try (Database database = Database.open(file)) {
            assertEquals(Theme.DARK, new SettingsStore(database).theme());
        }
    }

    @Test
    void unknownThemeFallsBackToLight() {
        try (Database database = Database.open(folder.resolve("unknot.db"))) {
            SettingsStore settings = new SettingsStore(database);
            settings.put(SettingsStore.THEME, "neon");

            assertEquals(Theme.LIGHT, settings.theme());
        }
    }

    @Test
    void safetyAcknowledgementIsEmptyThenStoredWithItsTime() {
        Path file = folder.resolve("unknot.db");
        Instant when = OffsetDateTime.parse("2025-03-01T08:15:30+01:00").toInstant();
        try (Database database = Database.open(file)) {
            SettingsStore settings = new SettingsStore(database);
            assertEquals(Optional.empty(), settings.safetyAcknowledgedAt());

            settings.acknowledgeSafety(when);

            assertEquals(Optional.of(when), settings.safetyAcknowledgedAt());
        }
        try (Database database = Database.open(file)) {
            assertEquals(Optional.of(when), new SettingsStore(database).safetyAcknowledgedAt());
        }
    }

    @Test
    void putReplacesAValue() {
        try (Database database = Database.open(folder.resolve("unknot.db"))) {
            SettingsStore settings = new SettingsStore(database);
            settings.put("volume", "3");
            settings.put("volume", "7");

            assertEquals(Optional.of("7"), settings.get("volume"));
            assertEquals(Optional.empty(), settings.get("missing"));
        }
    }

    @Test
    void patientDetailsAreNoneUntilSavedThenSurviveReopening() {
        Path file = folder.resolve("unknot.db");
        PatientDetails anna = new PatientDetails("Anna Petrova", Optional.of(LocalDate.of(1961, 3, 3)));
        try (Database database = Database.open(file)) {
            SettingsStore settings = new SettingsStore(database);
            assertEquals(PatientDetails.NONE, settings.patientDetails());

            settings.savePatientDetails(anna);
        }
        try (Database database = Database.open(file)) {
            assertEquals(anna, new SettingsStore(database).patientDetails());
        }
    }

    @Test
    void savingEmptyPatientDetailsForgetsTheOldOnes() {
        try (Database database = Database.open(folder.resolve("unknot.db"))) {
            SettingsStore settings = new SettingsStore(database);
            settings.savePatientDetails(new PatientDetails("Anna", Optional.of(LocalDate.of(1961, 3, 3))));

            settings.savePatientDetails(PatientDetails.NONE);

            assertEquals(PatientDetails.NONE, settings.patientDetails());
        }
    }

    @Test
    void storedPatientDetailsThatCannotBeUsedCountAsNotGiven() {
        try (Database database = Database.open(folder.resolve("unknot.db"))) {
            SettingsStore settings = new SettingsStore(database);
            settings.put(SettingsStore.PATIENT_NAME, "N".repeat(81));
            settings.put(SettingsStore.PATIENT_BORN, "third of March");

            assertEquals(PatientDetails.NONE, settings.patientDetails());

            settings.put(SettingsStore.PATIENT_BORN, "1899-12-31");

            assertEquals(PatientDetails.NONE, settings.patientDetails());
        }
    }
}
