package org.unknot.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import org.unknot.domain.PatientDetails;
import org.unknot.domain.PlayerSettings;
import org.unknot.domain.TextSize;
import org.unknot.domain.Theme;
import org.unknot.domain.Vocabulary;

/** Small named values: the safety acknowledgement, the theme, and later the player's preferences. */
public final class SettingsStore {

    private final Database database;

    public SettingsStore(Database database) {
        this.database = database;
    }

    static final String SAFETY_ACKNOWLEDGED_AT = "safety.acknowledged-at";
    static final String THEME = "theme";
    static final String TEXT_SIZE = "text-size";
    static final String SOUND = "player.sound";
    static final String VOLUME = "player.volume";
    static final String VOICE = "player.voice";
    static final String PREP_SECONDS = "player.prep-seconds";
    static final String PATIENT_NAME = "report.patient-name";
    static final String PATIENT_BORN = "report.patient-born";

    /** When the user acknowledged the safety screen; empty until they have. */
    public Optional<Instant> safetyAcknowledgedAt() {
        return get(SAFETY_ACKNOWLEDGED_AT).map(Timestamps::parse);
    }

    public void acknowledgeSafety(Instant when) {
        put(SAFETY_ACKNOWLEDGED_AT, Timestamps.format(when));
    }

    public Theme theme() {
        return get(THEME).flatMap(id -> Vocabulary.byId(Theme.class, id)).orElse(Theme.LIGHT);
    }

    public void setTheme(Theme theme) {
        put(THEME, theme.id());
    }

    /** The text size; normal until chosen, and when the stored value is not one of the sizes. */
    public TextSize textSize() {
        return number(TEXT_SIZE, TextSize.MIN, TextSize.MAX).map(TextSize::nearest).orElse(TextSize.NORMAL);
    }

    public void setTextSize(TextSize size) {
        put(TEXT_SIZE, Integer.toString(size.percent()));
    }

    /** The player's settings; a value that is missing or out of range falls back to its default. */
    public PlayerSettings playerSettings() {
        PlayerSettings defaults = PlayerSettings.DEFAULTS;
        return new PlayerSettings(
                get(SOUND).map(Boolean::parseBoolean).orElse(defaults.sound()),
                number(VOLUME, 0, PlayerSettings.MAX_VOLUME).orElse(defaults.volume()),
                get(VOICE).map(Boolean::parseBoolean).orElse(defaults.voice()),
                number(PREP_SECONDS, 0, PlayerSettings.MAX_PREP_SECONDS).orElse(defaults.prepSeconds()));
    }

    /** Saves all the player's settings in one transaction. */
    public void savePlayerSettings(PlayerSettings settings) {
        database.inTransaction(connection -> {
            put(connection, SOUND, Boolean.toString(settings.sound()));
            put(connection, VOLUME, Integer.toString(settings.volume()));
            put(connection, VOICE, Boolean.toString(settings.voice()));
            put(connection, PREP_SECONDS, Integer.toString(settings.prepSeconds()));
            return null;
        });
    }

    /** The name and date of birth last typed for the report; a stored value that cannot be used counts as not given. */
    public PatientDetails patientDetails() {
        return database.read(connection -> {
            String name = get(connection, PATIENT_NAME).filter(text -> text.strip().length() <= PatientDetails.MAX_NAME)
                    .orElse("");
            return new PatientDetails(name, get(connection, PATIENT_BORN).flatMap(SettingsStore::day)
                    .filter(day -> !day.isBefore(PatientDetails.EARLIEST_BIRTH)));
        });
    }

    /** Remembers the name and date of birth for the next report, both in one transaction. */
    public void savePatientDetails(PatientDetails patient) {
        database.inTransaction(connection -> {
            put(connection, PATIENT_NAME, patient.name());
            put(connection, PATIENT_BORN, patient.bornText());
            return null;
        });
    }

    private static Optional<LocalDate> day(String text) {
        try {
            return text.isEmpty() ? Optional.empty() : Optional.of(LocalDate.parse(text));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private Optional<Integer> number(String key, int min, int max) {
        return get(key).filter(text -> text.matches("\\d{1,4}")).map(Integer::parseInt)
                .filter(value -> value >= min && value <= max);
    }

    public Optional<String> get(String key) {
        return database.read(connection -> get(connection, key));
    }

    public void put(String key, String value) {
        database.inTransaction(connection -> {
            put(connection, key, value);
            return null;
        });
    }

    static Optional<String> get(Connection connection, String key) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("SELECT value FROM setting WHERE key = ?")) {
            statement.setString(1, key);
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next() ? Optional.of(rows.getString(1)) : Optional.empty();
            }
        }
    }

    static void put(Connection connection, String key, String value) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "INSERT INTO setting (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value")) {
            statement.setString(1, key);
            statement.setString(2, value);
            statement.executeUpdate();
        }
    }
}
