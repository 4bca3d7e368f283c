package org.unknot.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.unknot.domain.InsightReport;
import org.unknot.domain.PeriodUse;
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

    private final Database database;

    public SessionStore(Database database) {
        this.database = database;
    }

    Database database() {
        return database;
    }

    /** Records the start of a session of {@code played}, played from the saved routine {@code routineId} if any. */
    public long start(Optional<Long> routineId, Routine played, Instant startedAt) {
        return database.inTransaction(connection -> insert(connection, routineId, played, startedAt));
    }

    /** Records how a step ended: its outcome, the seconds actually done and the seconds added with +30 s. */
    public void recordStep(long sessionId, int position, StepOutcome outcome, int doneSeconds, int addedSeconds) {
        database.inTransaction(connection -> {
            recordStep(connection, sessionId, position, outcome, doneSeconds, addedSeconds);
            return null;
        });
    }

    /** Ends a session as completed or stopped (with its reason). */
    public void finish(long sessionId, SessionStatus status, Optional<StopReason> reason, Instant endedAt) {
        checkFinished(status);
        database.inTransaction(connection -> {
            end(connection, sessionId, status, reason, endedAt);
            return null;
        });
    }

    /** Replaces the notes of a session. */
    public void setNotes(long sessionId, String notes) {
        database.inTransaction(connection -> {
            setNotes(connection, sessionId, notes);
            return null;
        });
    }

    /** Writes the session row and its steps as played, all pending; returns the new session's id. */
    static long insert(Connection connection, Optional<Long> routineId, Routine played, Instant startedAt)
            throws SQLException {
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
        PlayedStepWriter.insertPending(connection, id, played.steps());
        return id;
    }

    static void markGentle(Connection connection, long sessionId) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("UPDATE session SET gentle = 1 WHERE id = ?")) {
            statement.setLong(1, sessionId);
            statement.executeUpdate();
        }
    }

    static void recordStep(Connection connection, long sessionId, int position, StepOutcome outcome, int doneSeconds,
            int addedSeconds) throws SQLException {
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
    }

    static void checkFinished(SessionStatus status) {
        if (status == SessionStatus.IN_PROGRESS || status == SessionStatus.INTERRUPTED) {
            throw new IllegalArgumentException("A session is finished as completed or stopped, not " + status.id());
        }
    }

    static void end(Connection connection, long sessionId, SessionStatus status, Optional<StopReason> reason,
            Instant endedAt) throws SQLException {
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
    }

    static void setNotes(Connection connection, long sessionId, String notes) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("UPDATE session SET notes = ? WHERE id = ?")) {
            statement.setString(1, notes.strip());
            statement.setLong(2, sessionId);
            if (statement.executeUpdate() != 1) {
                throw new IllegalArgumentException("No session " + sessionId);
            }
        }
    }

    /**
     * Marks every session still in progress as interrupted, keeping its progress; its end is its start plus the
     * seconds recorded. Returns how many there were, so the user can be told once.
     */
    public int markInterrupted() {
        return database.inTransaction(connection -> {
            List<SessionRecord> open = SessionQuery.inProgress().list(connection);
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
        return database.read(connection -> SessionQuery.byId(id).list(connection).stream().findFirst());
    }

    /** The most recent sessions first. */
    public List<SessionRecord> recent(int limit) {
        return newestFirst(HistoryFilter.all(), limit);
    }

    /**
     * The sessions that {@code filter} keeps, newest first (by start, then id), at most {@code limit} of them (all
     * when {@code limit} is not positive). Every condition is a bind parameter.
     */
    public List<SessionRecord> newestFirst(HistoryFilter filter, int limit) {
        SessionQuery query = SessionQuery.of(filter, SessionQuery.Order.NEWEST_FIRST, limit);
        return database.read(query::list);
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
     * Deletes a session in one transaction (its progress and ratings go with it, and the played steps no other
     * session uses) and returns what {@link #restore(DeletedSession)} needs to put it back.
     */
    public DeletedSession delete(long sessionId) {
        return database.inTransaction(connection -> {
            SessionRecord found = SessionQuery.byId(sessionId).list(connection).stream().findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("No session " + sessionId));
            DeletedSession deleted = new DeletedSession(found, steps(connection, sessionId),
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
            try (PlayedStepWriter writer = PlayedStepWriter.open(connection)) {
                for (int position = 0; position < deleted.steps().size(); position++) {
                    PlayedStep step = deleted.steps().get(position);
                    writer.add(deleted.id(), position, step.step(), step.outcome(), step.doneSeconds(),
                            step.addedSeconds());
                }
                writer.flush();
            }
            for (PainEntry rating : deleted.ratings()) {
                PainStore.rate(connection, deleted.id(), rating);
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
        forEachOldestFirst(HistoryFilter.all(), action);
    }

    /**
     * Like {@link #forEachOldestFirst(Consumer)}, for the sessions that started at or after {@code from} and before
     * {@code toExclusive} (each bound open when empty); the started_at index answers the range.
     */
    public void forEachOldestFirst(Optional<Instant> from, Optional<Instant> toExclusive,
            Consumer<SessionRecord> action) {
        forEachOldestFirst(new HistoryFilter(from, toExclusive, Optional.empty(), Set.of(), Optional.empty()),
                action);
    }

    /** Like {@link #forEachOldestFirst(Consumer)}, for the sessions that {@code filter} keeps. */
    public void forEachOldestFirst(HistoryFilter filter, Consumer<SessionRecord> action) {
        SessionQuery query = SessionQuery.of(filter, SessionQuery.Order.OLDEST_FIRST, 0);
        database.read(connection -> {
            query.forEach(connection, action);
            return null;
        });
    }

    /**
     * The insights of the sessions {@code filter} keeps and of the check-ins of its days, every session of the range
     * read once; the days are those of {@code zone}.
     */
    public InsightReport insights(HistoryFilter filter, ZoneId zone) {
        return new InsightsReader(database).read(filter, zone);
    }

    /**
     * What the sessions {@code filter} keeps did, for the report's first page: their count and seconds run, each tool
     * × area with its sessions, weeks, seconds and median change, and the latest {@code notes} notes; the weeks are
     * those of {@code zone}.
     */
    public PeriodUse periodUse(HistoryFilter filter, ZoneId zone, int notes) {
        PeriodUseReader reader = new PeriodUseReader(filter, zone);
        return database.read(connection -> reader.read(connection, notes));
    }

    /** When the oldest session started; empty without any. */
    public Optional<Instant> firstStart() {
        return database.read(connection -> {
            try (PreparedStatement statement = connection.prepareStatement("SELECT min(started_at) FROM session");
                 ResultSet rows = statement.executeQuery()) {
                rows.next();
                return Optional.ofNullable(rows.getString(1)).map(Timestamps::parse);
            }
        });
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
}
