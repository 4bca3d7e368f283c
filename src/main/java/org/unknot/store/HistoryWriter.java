package org.unknot.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.unknot.domain.AsNeededAnswer;
import org.unknot.domain.Medicine;
import org.unknot.domain.PainKind;
import org.unknot.domain.PegAnswer;
import org.unknot.domain.Routine;
import org.unknot.domain.SessionStatus;
import org.unknot.domain.StepOutcome;
import org.unknot.domain.StopReason;

/**
 * Writes a whole history at once (sample data, tests, benchmarks): finished sessions with their steps and ratings,
 * and daily check-ins, through batched prepared statements in one transaction, so a long history takes seconds and
 * is written completely or not at all.
 */
public final class HistoryWriter {

    /** How one step of a played session ended. */
    public record StepProgress(StepOutcome outcome, int doneSeconds, int addedSeconds) {
    }

    /**
     * A finished session: {@code steps} has one progress per step of {@code played}; {@code gentle} when it played the
     * routine's gentle version, which {@code played} then is.
     */
    public record FinishedSession(
            Optional<Long> routineId,
            Routine played,
            Instant startedAt,
            Instant endedAt,
            SessionStatus status,
            Optional<StopReason> stopReason,
            String notes,
            List<StepProgress> steps,
            Optional<PainEntry> before,
            Optional<PainEntry> after,
            boolean gentle) {

        /** A session played as planned. */
        public FinishedSession(Optional<Long> routineId, Routine played, Instant startedAt, Instant endedAt,
                SessionStatus status, Optional<StopReason> stopReason, String notes, List<StepProgress> steps,
                Optional<PainEntry> before, Optional<PainEntry> after) {
            this(routineId, played, startedAt, endedAt, status, stopReason, notes, steps, before, after, false);
        }

        public FinishedSession {
            if (steps.size() != played.steps().size()) {
                throw new IllegalArgumentException("A session keeps one progress per step of its routine");
            }
            if (status == SessionStatus.IN_PROGRESS) {
                throw new IllegalArgumentException("A written history holds finished sessions only");
            }
            steps = List.copyOf(steps);
        }
    }

    /** What fills the history: called once, inside the transaction. */
    @FunctionalInterface
    public interface Fill {
        void fill(HistoryWriter writer);
    }

    private static final int BATCH = 2_000;

    private final PreparedStatement session;
    private final PlayedStepWriter step;
    private final PreparedStatement pain;
    private final Connection connection;
    private long nextId;
    private int pendingSessions;
    private int sessions;
    private int checkIns;

    private HistoryWriter(Connection connection, PreparedStatement session, PlayedStepWriter step,
                          PreparedStatement pain, long nextId) {
        this.connection = connection;
        this.session = session;
        this.step = step;
        this.pain = pain;
        this.nextId = nextId;
    }

    /** What a fill wrote. */
    public record Written(int sessions, int checkIns) {
    }

    /** Runs {@code fill} in one transaction; everything it adds is written, or nothing if it throws. */
    public static Written write(Database database, Fill fill) {
        return database.inTransaction(connection -> {
            try (PreparedStatement session = connection.prepareStatement("INSERT INTO session (id, routine_id, "
                    + "routine_name, performed_by, started_at, ended_at, status, stop_reason, planned_seconds, notes, "
                    + "gentle) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
                 PlayedStepWriter step = PlayedStepWriter.open(connection);
                 PreparedStatement pain = connection.prepareStatement("INSERT INTO pain_entry (kind, session_id, day, "
                         + "recorded_at, score, areas, note, flare, as_needed) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                HistoryWriter writer = new HistoryWriter(connection, session, step, pain, nextSessionId(connection));
                try {
                    fill.fill(writer);
                    writer.flush();
                } catch (BatchFailure e) {
                    throw e.getCause();
                }
                return new Written(writer.sessions, writer.checkIns);
            }
        });
    }

    /** Adds a finished session and its ratings; returns its id. */
    public long add(FinishedSession finished) {
        long id = nextId++;
        try {
            session.setLong(1, id);
            if (finished.routineId().isPresent()) {
                session.setLong(2, finished.routineId().get());
            } else {
                session.setNull(2, Types.INTEGER);
            }
            session.setString(3, finished.played().name());
            session.setString(4, finished.played().performedBy().id());
            session.setString(5, Timestamps.format(finished.startedAt()));
            session.setString(6, Timestamps.format(finished.endedAt()));
            session.setString(7, finished.status().id());
            session.setString(8, finished.stopReason().map(StopReason::id).orElse(null));
            session.setInt(9, finished.played().plannedSeconds());
            session.setString(10, finished.notes().strip());
            session.setInt(11, finished.gentle() ? 1 : 0);
            session.addBatch();
            for (int position = 0; position < finished.steps().size(); position++) {
                StepProgress progress = finished.steps().get(position);
                step.add(id, position, finished.played().steps().get(position), progress.outcome(),
                        progress.doneSeconds(), progress.addedSeconds());
            }
            for (Optional<PainEntry> rating : List.of(finished.before(), finished.after())) {
                if (rating.isPresent()) {
                    if (rating.get().kind() == PainKind.CHECK_IN) {
                        throw new IllegalArgumentException("A session is rated before or after, not as a check-in");
                    }
                    addPain(rating.get(), Optional.of(id), Optional.empty(), Optional.empty());
                }
            }
            sessions++;
            if (++pendingSessions >= BATCH) {
                flush();
            }
        } catch (SQLException e) {
            throw new BatchFailure(e);
        }
        return id;
    }

    /** Adds the check-in of {@code day}. */
    public void checkIn(LocalDate day, PainEntry entry) {
        checkIn(day, entry, Optional.empty());
    }

    /** Adds the check-in of {@code day} with its answer to the as-needed question (none: not asked or answered). */
    public void checkIn(LocalDate day, PainEntry entry, Optional<AsNeededAnswer> asNeeded) {
        if (entry.kind() != PainKind.CHECK_IN) {
            throw new IllegalArgumentException("A check-in has the check-in kind");
        }
        try {
            addPain(entry, Optional.empty(), Optional.of(day), asNeeded);
            checkIns++;
        } catch (SQLException e) {
            throw new BatchFailure(e);
        }
    }

    /** Adds a medicine to the list, in the same transaction. */
    public void medicine(Medicine medicine) {
        try {
            MedicineStore.insert(connection, Optional.empty(), medicine);
        } catch (SQLException e) {
            throw new BatchFailure(e);
        }
    }

    /** Adds the weekly PEG answer of its week, given at {@code at}. */
    public void peg(PegAnswer answer, Instant at) {
        try {
            PegStore.insert(connection, answer, at);
        } catch (SQLException e) {
            throw new BatchFailure(e);
        }
    }

    private void addPain(PainEntry entry, Optional<Long> sessionId, Optional<LocalDate> day,
                         Optional<AsNeededAnswer> asNeeded) throws SQLException {
        pain.setString(1, entry.kind().id());
        if (sessionId.isPresent()) {
            pain.setLong(2, sessionId.get());
        } else {
            pain.setNull(2, Types.INTEGER);
        }
        pain.setString(3, day.map(LocalDate::toString).orElse(null));
        pain.setString(4, Timestamps.format(entry.recordedAt()));
        pain.setInt(5, entry.score().value());
        pain.setString(6, PainStore.areaIds(entry.areas()));
        pain.setString(7, entry.note());
        pain.setInt(8, entry.flare() ? 1 : 0);
        pain.setString(9, asNeeded.map(AsNeededAnswer::id).orElse(null));
        pain.addBatch();
    }

    /** Sessions go first, so the steps and ratings that refer to them find them. */
    private void flush() {
        try {
            session.executeBatch();
            step.flush();
            pain.executeBatch();
            pendingSessions = 0;
        } catch (SQLException e) {
            throw new BatchFailure(e);
        }
    }

    private static long nextSessionId(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT COALESCE(MAX(id), 0) + 1 FROM session")) {
            rows.next();
            return rows.getLong(1);
        }
    }

    /** Carries a failed write out of the fill, which cannot throw checked exceptions, back to the transaction. */
    private static final class BatchFailure extends RuntimeException {
        BatchFailure(SQLException cause) {
            super(cause);
        }

        @Override
        public synchronized SQLException getCause() {
            return (SQLException) super.getCause();
        }
    }
}
