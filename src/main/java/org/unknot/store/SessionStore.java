package org.unknot.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.unknot.domain.PainScore;
import org.unknot.domain.PerformedBy;
import org.unknot.domain.Routine;
import org.unknot.domain.SessionRecord;
import org.unknot.domain.SessionStatus;
import org.unknot.domain.StepOutcome;
import org.unknot.domain.StopReason;

/**
 * Recorded sessions. A session is written when it starts, with a copy of the routine as played; each step's progress
 * as the step ends; its status at the end. A session still in progress at the next start was interrupted.
 */
public final class SessionStore {

    static final String SELECT_RECORD = """
            SELECT s.id, s.routine_id, s.routine_name, s.performed_by, s.started_at, s.ended_at, s.status,
                   s.stop_reason, s.planned_seconds, s.notes,
                   (SELECT COALESCE(SUM(done_seconds), 0) FROM session_step WHERE session_id = s.id) AS done,
                   (SELECT score FROM pain_entry WHERE session_id = s.id AND kind = 'before') AS pain_before,
                   (SELECT score FROM pain_entry WHERE session_id = s.id AND kind = 'after') AS pain_after,
                   (SELECT GROUP_CONCAT(DISTINCT tool) FROM session_step
                     WHERE session_id = s.id AND tool <> 'rest') AS tools
              FROM session s
            """;
    static final String NEWEST_FIRST = " ORDER BY s.started_at DESC, s.id DESC";
    static final String OLDEST_FIRST = " ORDER BY s.started_at, s.id";

    private final Database database;

    public SessionStore(Database database) {
        this.database = database;
    }

    /** Records the start of a session of {@code played}, played from the saved routine {@code routineId} if any. */
    public long start(Optional<Long> routineId, Routine played, Instant startedAt) {
        return database.inTransaction(connection -> {
            long id;
            try (PreparedStatement statement = connection.prepareStatement(
                    "INSERT INTO session (routine_id, routine_name, performed_by, started_at, status, planned_seconds) "
                            + "VALUES (?, ?, ?, ?, 'in-progress', ?)")) {
                if (routineId.isPresent()) {
                    statement.setLong(1, routineId.get());
                } else {
                    statement.setNull(1, Types.INTEGER);
                }
                statement.setString(2, played.name());
                statement.setString(3, played.performedBy().id());
                statement.setString(4, Timestamps.format(startedAt));
                statement.setInt(5, played.plannedSeconds());
                statement.executeUpdate();
                try (ResultSet keys = statement.getGeneratedKeys()) {
                    keys.next();
                    id = keys.getLong(1);
                }
            }
            StepColumns.insertAll(connection, "session_step", "session_id", id, played.steps());
            return id;
        });
    }

    /** Records how a step ended: its outcome, the seconds actually done and the seconds added with +30 s. */
    public void recordStep(long sessionId, int position, StepOutcome outcome, int doneSeconds, int addedSeconds) {
        database.inTransaction(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(
                    "UPDATE session_progress SET status = ?, done_seconds = ?, added_seconds = ? "
                            + "WHERE session_id = ? AND position = ?")) {
                statement.setString(1, outcome.id());
                statement.setInt(2, doneSeconds);
                statement.setInt(3, addedSeconds);
                statement.setLong(4, sessionId);
                statement.setInt(5, position);
                if (statement.executeUpdate() != 1) {
                    throw new IllegalArgumentException("No step " + position + " in session " + sessionId);
                }
            }
            return null;
        });
    }

    /** Ends a session as completed or stopped (with its reason). */
    public void finish(long sessionId, SessionStatus status, Optional<StopReason> reason, Instant endedAt) {
        if (status == SessionStatus.IN_PROGRESS || status == SessionStatus.INTERRUPTED) {
            throw new IllegalArgumentException("A session is finished as completed or stopped, not " + status.id());
        }
        database.inTransaction(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(
                    "UPDATE session SET status = ?, stop_reason = ?, ended_at = ? WHERE id = ? AND status = 'in-progress'")) {
                statement.setString(1, status.id());
                statement.setString(2, reason.map(StopReason::id).orElse(null));
                statement.setString(3, Timestamps.format(endedAt));
                statement.setLong(4, sessionId);
                if (statement.executeUpdate() != 1) {
                    throw new IllegalArgumentException("Session " + sessionId + " is not in progress");
                }
            }
            return null;
        });
    }

    /** Replaces the notes of a session. */
    public void setNotes(long sessionId, String notes) {
        database.inTransaction(connection -> {
            try (PreparedStatement statement = connection.prepareStatement("UPDATE session SET notes = ? WHERE id = ?")) {
                statement.setString(1, notes.strip());
                statement.setLong(2, sessionId);
                if (statement.executeUpdate() != 1) {
                    throw new IllegalArgumentException("No session " + sessionId);
                }
            }
            return null;
        });
    }

    /**
     * Marks every session still in progress as interrupted, keeping its progress; its end is its start plus the
     * seconds recorded. Returns how many there were, so the user can be told once.
     */
    public int markInterrupted() {
        return database.inTransaction(connection -> {
            List<SessionRecord> open = select(connection, " WHERE s.status = 'in-progress'", -1);
            try (PreparedStatement statement = connection.prepareStatement(
                    "UPDATE session SET status = 'interrupted', ended_at = ? WHERE id = ?")) {
                for (SessionRecord session : open) {
                    statement.setString(1, Timestamps.format(session.startedAt().plusSeconds(session.doneSeconds())));
                    statement.setLong(2, session.id());
                    statement.addBatch();
                }
                statement.executeBatch();
            }
            return open.size();
        });
    }

    public Optional<SessionRecord> find(long id) {
        return database.read(connection -> {
            List<SessionRecord> found = new ArrayList<>();
            forEach(connection, " WHERE s.id = ?", statement -> statement.setLong(1, id), found::add);
            return found.stream().findFirst();
        });
    }

    /** The most recent sessions first. */
    public List<SessionRecord> recent(int limit) {
        return database.read(connection -> select(connection, NEWEST_FIRST, limit));
    }

    /**
     * The sessions that {@code filter} keeps, newest first (by start, then id), at most {@code limit} of them (all
     * when {@code limit} is not positive). Every condition is a bind parameter.
     */
    public List<SessionRecord> newestFirst(HistoryFilter filter, int limit) {
        List<String> conditions = new ArrayList<>();
        List<String> values = new ArrayList<>();
        filter.from().ifPresent(from -> {
            conditions.add("s.started_at >= ?");
            values.add(Timestamps.format(from));
        });
        filter.toExclusive().ifPresent(to -> {
            conditions.add("s.started_at < ?");
            values.add(Timestamps.format(to));
        });
        filter.routineName().ifPresent(name -> {
            conditions.add("s.routine_name = ? COLLATE NOCASE");
            values.add(name);
        });
        filter.tool().ifPresent(tool -> {
            conditions.add("EXISTS (SELECT 1 FROM session_step WHERE session_id = s.id AND tool = ?)");
            values.add(tool.id());
        });
        filter.status().ifPresent(status -> {
            conditions.add("s.status = ?");
            values.add(status.id());
        });
        String tail = (conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions)) + NEWEST_FIRST
                + (limit > 0 ? " LIMIT ?" : "");
        return database.read(connection -> {
            List<SessionRecord> records = new ArrayList<>();
            forEach(connection, tail, statement -> {
                for (int i = 0; i < values.size(); i++) {
                    statement.setString(i + 1, values.get(i));
                }
                if (limit > 0) {
                    statement.setInt(values.size() + 1, limit);
                }
            }, records::add);
            return records;
        });
    }

    /** The distinct routine names of the recorded sessions, sorted ignoring case. */
    public List<String> routineNames() {
        return database.read(connection -> {
            List<String> names = new ArrayList<>();
            try (PreparedStatement statement = connection.prepareStatement(
                    "SELECT DISTINCT routine_name FROM session ORDER BY routine_name COLLATE NOCASE, routine_name");
                 ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    names.add(rows.getString(1));
                }
            }
            return names;
        });
    }

    /** The steps of a session as played, in position order, with how each ended. */
    public List<PlayedStep> steps(long sessionId) {
        return database.read(connection -> steps(connection, sessionId));
    }

    /**
     * Deletes a session in one transaction (its steps and ratings go with it) and returns what
     * {@link #restore(DeletedSession)} needs to put it back.
     */
    public DeletedSession delete(long sessionId) {
        return database.inTransaction(connection -> {
            List<SessionRecord> found = new ArrayList<>();
            forEach(connection, " WHERE s.id = ?", statement -> statement.setLong(1, sessionId), found::add);
            if (found.isEmpty()) {
                throw new IllegalArgumentException("No session " + sessionId);
            }
            DeletedSession deleted = new DeletedSession(found.get(0), steps(connection, sessionId),
                    ratings(connection, sessionId));
            try (PreparedStatement statement = connection.prepareStatement("DELETE FROM session WHERE id = ?")) {
                statement.setLong(1, sessionId);
                statement.executeUpdate();
            }
            return deleted;
        });
    }

    /**
     * Puts a deleted session back in one transaction: same id, same steps and progress, same ratings. If its routine
     * was deleted meanwhile, the session is kept without it, as deleting the routine would have left it. Refused (with
     * nothing written) if the id has been taken again.
     */
    public void restore(DeletedSession deleted) {
        database.inTransaction(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(
                    "INSERT INTO session (id, routine_id, routine_name, performed_by, started_at, ended_at, status, "
                            + "stop_reason, planned_seconds, notes) "
                            + "VALUES (?, (SELECT id FROM routine WHERE id = ?), ?, ?, ?, ?, ?, ?, ?, ?)")) {
                statement.setLong(1, deleted.id());
                if (deleted.session().routineId().isPresent()) {
                    statement.setLong(2, deleted.session().routineId().get());
                } else {
                    statement.setNull(2, Types.INTEGER);
                }
                statement.setString(3, deleted.session().routineName());
                statement.setString(4, deleted.session().performedBy().id());
                statement.setString(5, Timestamps.format(deleted.session().startedAt()));
                statement.setString(6, deleted.session().endedAt().map(Timestamps::format).orElse(null));
                statement.setString(7, deleted.session().status().id());
                statement.setString(8, deleted.session().stopReason().map(StopReason::id).orElse(null));
                statement.setInt(9, deleted.session().plannedSeconds());
                statement.setString(10, deleted.session().notes());
                statement.executeUpdate();
            }
            StepColumns.insertAll(connection, "session_step", "session_id", deleted.id(),
                    deleted.steps().stream().map(PlayedStep::step).toList());
            try (PreparedStatement statement = connection.prepareStatement(
                    "UPDATE session_progress SET status = ?, done_seconds = ?, added_seconds = ? "
                            + "WHERE session_id = ? AND position = ?")) {
                for (int position = 0; position < deleted.steps().size(); position++) {
                    PlayedStep step = deleted.steps().get(position);
                    statement.setString(1, step.outcome().id());
                    statement.setInt(2, step.doneSeconds());
                    statement.setInt(3, step.addedSeconds());
                    statement.setLong(4, deleted.id());
                    statement.setInt(5, position);
                    statement.addBatch();
                }
                statement.executeBatch();
            }
            for (PainEntry rating : deleted.ratings()) {
                PainStore.upsert(connection, rating, statement -> statement.setLong(1, deleted.id()),
                        "INSERT INTO pain_entry (session_id, kind, recorded_at, score, areas, note) "
                                + "VALUES (?, ?, ?, ?, ?, ?)");
            }
            return null;
        });
    }

    private static List<PlayedStep> steps(Connection connection, long sessionId) throws SQLException {
        List<PlayedStep> steps = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement("SELECT " + StepColumns.NAMES
                + ", status, done_seconds, added_seconds FROM session_step WHERE session_id = ? ORDER BY position")) {
            statement.setLong(1, sessionId);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    steps.add(new PlayedStep(StepColumns.read(rows),
                            Codes.required(StepOutcome.class, rows.getString("status")),
                            rows.getInt("done_seconds"), rows.getInt("added_seconds")));
                }
            }
        }
        return steps;
    }

    private static List<PainEntry> ratings(Connection connection, long sessionId) throws SQLException {
        List<PainEntry> ratings = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement("SELECT kind, recorded_at, score, areas, note "
                + "FROM pain_entry WHERE session_id = ? ORDER BY kind")) {
            statement.setLong(1, sessionId);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    ratings.add(PainStore.entry(rows));
                }
            }
        }
        return ratings;
    }

    /**
     * Hands every session to {@code action}, oldest first (by start, then id), one at a time as they are read, so a
     * history of any length is never held in memory. The data file is busy until it returns: {@code action} must
     * not wait for other database work.
     */
    public void forEachOldestFirst(Consumer<SessionRecord> action) {
        forEachOldestFirst(Optional.empty(), Optional.empty(), action);
    }

    /**
     * Like {@link #forEachOldestFirst(Consumer)}, for the sessions that started at or after {@code from} and before
     * {@code toExclusive} (each bound open when empty); the started_at index answers the range.
     */
    public void forEachOldestFirst(Optional<Instant> from, Optional<Instant> toExclusive,
            Consumer<SessionRecord> action) {
        List<String> bounds = new ArrayList<>();
        from.ifPresent(instant -> bounds.add(Timestamps.format(instant)));
        toExclusive.ifPresent(instant -> bounds.add(Timestamps.format(instant)));
        String tail = rangeTail(from.isPresent(), toExclusive.isPresent()) + OLDEST_FIRST;
        database.read(connection -> {
            forEach(connection, tail, statement -> {
                for (int i = 0; i < bounds.size(); i++) {
                    statement.setString(i + 1, bounds.get(i));
                }
            }, action);
            return null;
        });
    }

    /** The WHERE clause of a range on started_at, with a parameter for each bound that is given. */
    static String rangeTail(boolean from, boolean toExclusive) {
        if (from && toExclusive) {
            return " WHERE s.started_at >= ? AND s.started_at < ?";
        }
        if (from) {
            return " WHERE s.started_at >= ?";
        }
        return toExclusive ? " WHERE s.started_at < ?" : "";
    }

    public int count() {
        return database.read(connection -> {
            try (PreparedStatement statement = connection.prepareStatement("SELECT COUNT(*) FROM session");
                 ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        });
    }

    private static List<SessionRecord> select(Connection connection, String tail, int limit) throws SQLException {
        List<SessionRecord> records = new ArrayList<>();
        forEach(connection, tail + (limit > 0 ? " LIMIT " + limit : ""), statement -> { }, records::add);
        return records;
    }

    /**
     * One query for the sessions that {@code tail} keeps and orders (e.g. {@code " WHERE s.started_at >= ? ORDER BY
     * s.started_at"}, its parameters set by {@code binder}); done seconds and ratings come from subqueries that the
     * primary key and the unique rating index answer, so there is no query per session.
     */
    private static void forEach(Connection connection, String tail, StatementBinder binder,
            Consumer<SessionRecord> action) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(SELECT_RECORD + tail)) {
            binder.bind(statement);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    action.accept(record(rows));
                }
            }
        }
    }

    private static SessionRecord record(ResultSet row) throws SQLException {
        long routineId = row.getLong("routine_id");
        Optional<Long> routine = row.wasNull() ? Optional.empty() : Optional.of(routineId);
        return new SessionRecord(
                row.getLong("id"),
                routine,
                row.getString("routine_name"),
                Codes.required(PerformedBy.class, row.getString("performed_by")),
                Timestamps.parse(row.getString("started_at")),
                Optional.ofNullable(row.getString("ended_at")).map(Timestamps::parse),
                Codes.required(SessionStatus.class, row.getString("status")),
                Codes.optional(StopReason.class, row.getString("stop_reason")),
                row.getInt("planned_seconds"),
                row.getInt("done"),
                score(row, "pain_before"),
                score(row, "pain_after"),
                row.getString("notes"),
                Codes.tools(row.getString("tools")));
    }

    private static Optional<PainScore> score(ResultSet row, String column) throws SQLException {
        int value = row.getInt(column);
        return row.wasNull() ? Optional.empty() : Optional.of(new PainScore(value));
    }
}
