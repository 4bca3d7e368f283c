package org.unknot.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.unknot.domain.Area;
import org.unknot.domain.HealthCondition;
import org.unknot.domain.HealthProfile;
import org.unknot.domain.SafetyFinding;

/**
 * The health profile: the conditions ticked and the areas of a recent surgery or injury, saved whole in one
 * transaction. Whether the profile was offered after the first-run safety screen is kept in the settings.
 */
public final class HealthProfileStore {

    static final String OFFERED = "health-profile.offered";

    private final Database database;

    public HealthProfileStore(Database database) {
        this.database = database;
    }

    public HealthProfile read() {
        return database.read(HealthProfileStore::read);
    }

    /** Replaces the whole profile, and marks it offered: the first-run offer is not made again. */
    public void save(HealthProfile profile) {
        database.inTransaction(connection -> {
            try (Statement statement = connection.createStatement()) {
                statement.executeUpdate("DELETE FROM health_condition");
                statement.executeUpdate("DELETE FROM injury_area");
            }
            insert(connection, "INSERT INTO health_condition (condition) VALUES (?)",
                    profile.conditions().stream().map(HealthCondition::id).toList());
            insert(connection, "INSERT INTO injury_area (area) VALUES (?)",
                    profile.injuryAreas().stream().map(Area::id).toList());
            SettingsStore.put(connection, OFFERED, "saved");
            return null;
        });
    }

    /** Routine id → the first error the profile finds in it: what the library marks. */
    public Map<Long, SafetyFinding> unsafeRoutines() {
        return new UnsafeRoutines(database).find();
    }

    /** Whether the profile was offered once (saved or skipped). */
    public boolean offered() {
        return database.read(connection -> SettingsStore.get(connection, OFFERED).isPresent());
    }

    /** The user skipped the offer after the safety screen; the profile stays as it is. */
    public void skipOffer() {
        database.inTransaction(connection -> {
            if (SettingsStore.get(connection, OFFERED).isEmpty()) {
                SettingsStore.put(connection, OFFERED, "skipped");
            }
            return null;
        });
    }

    static HealthProfile read(Connection connection) throws SQLException {
        return HealthProfile.fromIds(ids(connection, "SELECT condition FROM health_condition"),
                ids(connection, "SELECT area FROM injury_area"));
    }

    private static List<String> ids(Connection connection, String sql) throws SQLException {
        List<String> ids = new ArrayList<>();
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                ids.add(rows.getString(1));
            }
        }
        return ids;
    }

    private static void insert(Connection connection, String sql, List<String> ids) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (String id : ids) {
                statement.setString(1, id);
                statement.addBatch();
            }
            statement.executeBatch();
        }
    }
}
