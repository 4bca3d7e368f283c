package org.unknot.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import org.unknot.domain.Step;
import org.unknot.domain.StepOutcome;

/**
 * The one write path of a session's steps as played: each distinct step is stored once in {@code played_step}, and
 * the session's {@code session_progress} row refers to it with the step's progress. Plain SQL in batches, so a long
 * history is written as fast as a single session; {@link #flush()} writes the steps before the rows that refer to
 * them. Deleting a session removes the played steps no session refers to any more (a trigger of schema 3).
 */
final class PlayedStepWriter implements AutoCloseable {

    /** The columns of the unique index {@code played_step_key}, so the lookup is answered by it. */
    private static final String KEY = "tool = ? AND ifnull(area, '') = ifnull(?, '') AND side = ? "
            + "AND ifnull(technique, '') = ifnull(?, '') AND ifnull(intensity, '') = ifnull(?, '') "
            + "AND ifnull(level, 0) = ifnull(?, 0) AND seconds = ? AND cue = ?";

    private final PreparedStatement step;
    private final PreparedStatement progress;

    private PlayedStepWriter(PreparedStatement step, PreparedStatement progress) {
        this.step = step;
        this.progress = progress;
    }

    static PlayedStepWriter open(Connection connection) throws SQLException {
        PreparedStatement step = connection.prepareStatement("INSERT INTO played_step (" + StepColumns.NAMES
                + ") VALUES (" + StepColumns.PLACEHOLDERS + ") ON CONFLICT DO NOTHING");
        try {
            return new PlayedStepWriter(step, connection.prepareStatement("INSERT INTO session_progress (session_id, "
                    + "position, played_step_id, status, done_seconds, added_seconds) "
                    + "VALUES (?, ?, (SELECT id FROM played_step WHERE " + KEY + "), ?, ?, ?)"));
        } catch (SQLException e) {
            step.close();
            throw e;
        }
    }

    /** Writes the steps of a session that has just started, each pending with nothing done yet. */
    static void insertPending(Connection connection, long sessionId, List<Step> steps) throws SQLException {
        try (PlayedStepWriter writer = open(connection)) {
            for (int position = 0; position < steps.size(); position++) {
                writer.add(sessionId, position, steps.get(position), StepOutcome.PENDING, 0, 0);
            }
            writer.flush();
        }
    }

    /** Queues the step at {@code position} of a session with its progress; written by {@link #flush()}. */
    void add(long sessionId, int position, Step played, StepOutcome outcome, int doneSeconds, int addedSeconds)
            throws SQLException {
        StepColumns.bind(step, 1, played);
        step.addBatch();
        progress.setLong(1, sessionId);
        progress.setInt(2, position);
        StepColumns.bind(progress, 3, played);
        progress.setString(11, outcome.id());
        progress.setInt(12, doneSeconds);
        progress.setInt(13, addedSeconds);
        progress.addBatch();
    }

    /** Writes what was queued: the played steps first, then the progress rows that refer to them. */
    void flush() throws SQLException {
        step.executeBatch();
        progress.executeBatch();
    }

    @Override
    public void close() throws SQLException {
        try (step; progress) {
            // closes both, even when the first fails
        }
    }
}
