package org.unknot.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import org.unknot.domain.PerformedBy;
import org.unknot.domain.Routine;
import org.unknot.domain.RoutineValidator;
import org.unknot.domain.SafetyRules;
import org.unknot.domain.Step;

/** Saved routines and their steps. Every change is one transaction; names are unique ignoring case. */
public final class RoutineStore {

    static final String STARTERS_SEEDED = "starters.seeded";
    static final String SUMMARY_SQL = """
            SELECT r.id, r.name, r.performed_by,
                   (SELECT COALESCE(SUM(seconds * CASE side WHEN 'each' THEN 2 ELSE 1 END), 0)
                      FROM step WHERE routine_id = r.id) AS planned,
                   (SELECT COUNT(*) FROM step WHERE routine_id = r.id) AS steps,
                   (SELECT GROUP_CONCAT(DISTINCT tool) FROM step WHERE routine_id = r.id AND tool <> 'rest') AS tools,
                   (SELECT MAX(started_at) FROM session WHERE routine_id = r.id) AS last_done,
                   (SELECT AVG(b.score - a.score)
                      FROM session s
                      JOIN pain_entry b ON b.session_id = s.id AND b.kind = 'before'
                      JOIN pain_entry a ON a.session_id = s.id AND a.kind = 'after'
                     WHERE s.routine_id = r.id) AS relief,
                   (SELECT COUNT(*)
                      FROM session s
                      JOIN pain_entry b ON b.session_id = s.id AND b.kind = 'before'
                      JOIN pain_entry a ON a.session_id = s.id AND a.kind = 'after'
                     WHERE s.routine_id = r.id) AS rated
              FROM routine r
             ORDER BY r.name_key, r.id
            """;

    private final Database database;
    private final Clock clock;

    public RoutineStore(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    public List<RoutineSummary> summaries() {
        return database.read(connection -> {
            List<RoutineSummary> summaries = new ArrayList<>();
            try (PreparedStatement statement = connection.prepareStatement(SUMMARY_SQL);
                 ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    summaries.add(summary(rows));
                }
            }
            return summaries;
        });
    }

    public Optional<StoredRoutine> find(long id) {
        return database.read(connection -> load(connection, "id = ?", statement -> statement.setLong(1, id)));
    }

    public Optional<StoredRoutine> findByName(String name) {
        String key = Routine.nameKey(name);
        return database.read(connection -> load(connection, "name_key = ?", statement -> statement.setString(1, key)));
    }

    /** Saves a new routine and returns its id. */
    public long add(Routine routine) {
        requireSavable(routine);
        return database.inTransaction(connection -> insert(connection, routine, -1, now()));
    }

    /** Replaces a routine's name, description, performer and all its steps. */
    public void update(long id, Routine routine) {
        requireSavable(routine);
        database.inTransaction(connection -> {
            requireFreeName(connection, routine.name(), id);
            try (PreparedStatement statement = connection.prepareStatement(
                    "UPDATE routine SET name = ?, name_key = ?, description = ?, performed_by = ?, updated_at = ? "
                            + "WHERE id = ?")) {
                statement.setString(1, routine.name());
                statement.setString(2, routine.nameKey());
                statement.setString(3, routine.description());
                statement.setString(4, routine.performedBy().id());
                statement.setString(5, now());
                statement.setLong(6, id);
                if (statement.executeUpdate() == 0) {
                    throw new StorageException("That routine no longer exists; it may have been deleted.");
                }
            }
            try (PreparedStatement statement = connection.prepareStatement("DELETE FROM step WHERE routine_id = ?")) {
                statement.setLong(1, id);
                statement.executeUpdate();
            }
            StepColumns.insertAll(connection, "step", "routine_id", id, routine.steps());
            return null;
        });
    }

    /**
     * Deletes a routine and its steps in one transaction; the sessions played from it keep their own copy and stay
     * in the history. Returns what {@link #restore(DeletedRoutine)} needs to put it back, empty when it did not exist.
     */
    public Optional<DeletedRoutine> delete(long id) {
        return database.inTransaction(connection -> {
            Optional<StoredRoutine> found = load(connection, "id = ?", statement -> statement.setLong(1, id));
            if (found.isEmpty()) {
                return Optional.<DeletedRoutine>empty();
            }
            Instant createdAt;
            try (PreparedStatement statement = connection.prepareStatement(
                    "SELECT created_at FROM routine WHERE id = ?")) {
                statement.setLong(1, id);
                try (ResultSet row = statement.executeQuery()) {
                    row.next();
                    createdAt = Timestamps.parse(row.getString(1));
                }
            }
            List<Long> sessions = new ArrayList<>();
            try (PreparedStatement statement = connection.prepareStatement(
                    "SELECT id FROM session WHERE routine_id = ? ORDER BY id")) {
                statement.setLong(1, id);
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        sessions.add(rows.getLong(1));
                    }
                }
            }
            // The steps go with it (ON DELETE CASCADE); the sessions' link is cleared (ON DELETE SET NULL).
            try (PreparedStatement statement = connection.prepareStatement("DELETE FROM routine WHERE id = ?")) {
                statement.setLong(1, id);
                statement.executeUpdate();
            }
            return Optional.of(new DeletedRoutine(id, found.get().routine(), createdAt, sessions));
        });
    }

    /**
     * Puts a deleted routine back in one transaction: its name, description, performer and steps, under its old id
     * when that is still free, and links its sessions to it again. Returns its id. A routine that took its name in
     * the meantime makes this refuse with a sentence.
     */
    public long restore(DeletedRoutine deleted) {
        Routine routine = deleted.routine();
        return database.inTransaction(connection -> {
            requireFreeName(connection, routine.name(), -1);
            boolean idFree;
            try (PreparedStatement statement = connection.prepareStatement("SELECT 1 FROM routine WHERE id = ?")) {
                statement.setLong(1, deleted.id());
                try (ResultSet rows = statement.executeQuery()) {
                    idFree = !rows.next();
                }
            }
            long id = insert(connection, routine, idFree ? deleted.id() : -1,
                    Timestamps.format(deleted.createdAt()));
            try (PreparedStatement statement = connection.prepareStatement(
                    "UPDATE session SET routine_id = ? WHERE id = ? AND routine_id IS NULL")) {
                for (long session : deleted.sessionIds()) {
                    statement.setLong(1, id);
                    statement.setLong(2, session);
                    statement.executeUpdate();
                }
            }
            return id;
        });
    }

    /**
     * Saves a new routine under its name, or under "Name (2)", "Name (3)" … when that is taken, choosing the name in
     * the same transaction as the insert: a routine saved meanwhile by another import never makes this refuse.
     */
    public StoredRoutine addUnderFreeName(Routine routine) {
        requireSavable(routine);
        String now = now();
        return database.inTransaction(connection -> {
            // The insert is the transaction's first statement, so it waits for the write lock and then sees every
            // name saved before it; a taken name inserts nothing and the next number is tried.
            for (int n = 1; ; n++) {
                Routine named = routine.withName(Routine.numberedName(routine.name(), n));
                OptionalLong id = insertRoutineRow(connection, named, -1, now, true);
                if (id.isPresent()) {
                    StepColumns.insertAll(connection, "step", "routine_id", id.getAsLong(), named.steps());
                    return new StoredRoutine(id.getAsLong(), named);
                }
            }
        });
    }

    /**
     * Adds the starter routines on the very first run only: once seeded, deleting them keeps them deleted.
     * Returns whether they were added now.
     */
    public boolean addStartersOnce(List<Routine> starters) {
        starters.forEach(RoutineStore::requireSavable);
        return database.inTransaction(connection -> {
            if (SettingsStore.get(connection, STARTERS_SEEDED).isPresent()) {
                return false;
            }
            for (Routine starter : starters) {
                if (!nameTaken(connection, starter.name(), -1)) {
                    insert(connection, starter, -1, now());
                }
            }
            SettingsStore.put(connection, STARTERS_SEEDED, now());
            return true;
        });
    }

    public int count() {
        return database.read(connection -> {
            try (PreparedStatement statement = connection.prepareStatement("SELECT COUNT(*) FROM routine");
                 ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        });
    }

    /** Inserts a routine and its steps; {@code id} -1 lets SQLite choose one. */
    private long insert(Connection connection, Routine routine, long wantedId, String createdAt)
            throws SQLException {
        requireFreeName(connection, routine.name(), -1);
        long id = insertRoutineRow(connection, routine, wantedId, createdAt, false).orElseThrow();
        StepColumns.insertAll(connection, "step", "routine_id", id, routine.steps());
        return id;
    }

    /** Inserts the routine's row; with {@code unlessNameTaken}, a taken name inserts nothing and returns empty. */
    private OptionalLong insertRoutineRow(Connection connection, Routine routine, long wantedId, String createdAt,
            boolean unlessNameTaken) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "INSERT INTO routine (id, name, name_key, description, performed_by, created_at, updated_at) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?)"
                        + (unlessNameTaken ? " ON CONFLICT (name_key) DO NOTHING" : ""))) {
            if (wantedId < 0) {
                statement.setNull(1, Types.INTEGER);
            } else {
                statement.setLong(1, wantedId);
            }
            statement.setString(2, routine.name());
            statement.setString(3, routine.nameKey());
            statement.setString(4, routine.description());
            statement.setString(5, routine.performedBy().id());
            statement.setString(6, createdAt);
            statement.setString(7, now());
            if (statement.executeUpdate() == 0) {
                return OptionalLong.empty();
            }
            if (wantedId >= 0) {
                return OptionalLong.of(wantedId);
            }
            try (ResultSet keys = statement.getGeneratedKeys()) {
                keys.next();
                return OptionalLong.of(keys.getLong(1));
            }
        }
    }

    private Optional<StoredRoutine> load(Connection connection, String where, StatementBinder binder) throws SQLException {
        long id;
        String name;
        String description;
        PerformedBy performedBy;
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT id, name, description, performed_by FROM routine WHERE " + where)) {
            binder.bind(statement);
            try (ResultSet row = statement.executeQuery()) {
                if (!row.next()) {
                    return Optional.empty();
                }
                id = row.getLong("id");
                name = row.getString("name");
                description = row.getString("description");
                performedBy = Codes.required(PerformedBy.class, row.getString("performed_by"));
            }
        }
        List<Step> steps = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT " + StepColumns.NAMES + " FROM step WHERE routine_id = ? ORDER BY position")) {
            statement.setLong(1, id);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    steps.add(StepColumns.read(rows));
                }
            }
        }
        return Optional.of(new StoredRoutine(id, new Routine(name, description, performedBy, steps)));
    }

    private static RoutineSummary summary(ResultSet row) throws SQLException {
        String lastDone = row.getString("last_done");
        double relief = row.getDouble("relief");
        OptionalDouble averageRelief = row.wasNull() ? OptionalDouble.empty() : OptionalDouble.of(relief);
        return new RoutineSummary(
                row.getLong("id"),
                row.getString("name"),
                Codes.required(PerformedBy.class, row.getString("performed_by")),
                row.getInt("planned"),
                row.getInt("steps"),
                Codes.tools(row.getString("tools")),
                Optional.ofNullable(lastDone).map(Timestamps::parse),
                averageRelief,
                row.getInt("rated"));
    }

    private static void requireSavable(Routine routine) {
        var problems = RoutineValidator.validate(routine);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("Routine cannot be saved: " + problems.get(0).message());
        }
        if (SafetyRules.hasErrors(SafetyRules.evaluate(routine))) {
            throw new IllegalArgumentException("Routine cannot be saved: it breaks a safety rule that blocks saving");
        }
    }

    private static void requireFreeName(Connection connection, String name, long exceptId) throws SQLException {
        if (nameTaken(connection, name, exceptId)) {
            throw new StorageException("A routine called \"" + name + "\" already exists; choose another name.");
        }
    }

    private static boolean nameTaken(Connection connection, String name, long exceptId) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT 1 FROM routine WHERE name_key = ? AND id <> ?")) {
            statement.setString(1, Routine.nameKey(name));
            statement.setLong(2, exceptId);
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next();
            }
        }
    }

    private String now() {
        return Timestamps.format(clock.instant());
    }
}
