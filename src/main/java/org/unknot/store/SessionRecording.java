package org.unknot.store;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.unknot.domain.Area;
import org.unknot.domain.PainKind;
import org.unknot.domain.PainScore;
import org.unknot.domain.Routine;
import org.unknot.domain.SessionStatus;
import org.unknot.domain.StepOutcome;
import org.unknot.domain.StopReason;

/**
 * Recording a session as it is played, one transaction per moment: the start (the session, its copy of the routine
 * and the pain before), each step as it ends, the end (completed or stopped, with its reason), and the rating
 * afterwards (pain after with its areas, and the note). Each writes only its own fields: the rating afterwards keeps
 * the status and the pain before, a blank note keeps the notes there are.
 */
public final class SessionRecording {

    private final Database database;

    /** Records into the data file of {@code sessions} (and of {@code pain}: one file, so one transaction each). */
    public SessionRecording(SessionStore sessions, PainStore pain) {
        this.database = SameFile.of(sessions, pain);
    }

    /**
     * Writes a session that starts now: its row, the routine as played and, if given, the pain before; returns the
     * session's id.
     */
    public long start(Optional<Long> routineId, Routine played, Instant at, Optional<PainScore> before) {
        return start(routineId, played, at, before, false);
    }

    /** As above; {@code gentle} marks a session that plays the gentle version, whose steps {@code played} holds. */
    public long start(Optional<Long> routineId, Routine played, Instant at, Optional<PainScore> before,
            boolean gentle) {
        return database.inTransaction(connection -> {
            long id = SessionStore.insert(connection, routineId, played, at);
            if (gentle) {
                SessionStore.markGentle(connection, id);
            }
            if (before.isPresent()) {
                PainStore.rate(connection, id, new PainEntry(PainKind.BEFORE, at, before.get(), Set.of(), ""));
            }
            return id;
        });
    }

    /** Writes how a step ended: its outcome, the seconds actually done and the seconds added with +30 s. */
    public void stepEnded(long sessionId, int position, StepOutcome outcome, int doneSeconds, int addedSeconds) {
        database.inTransaction(connection -> {
            SessionStore.recordStep(connection, sessionId, position, outcome, doneSeconds, addedSeconds);
            return null;
        });
    }

    /**
     * Writes the end of a session, completed or stopped (with its reason), as soon as it ends: a session that is
     * never rated keeps how it ended.
     */
    public void end(long sessionId, SessionStatus status, Optional<StopReason> reason, Instant at) {
        SessionStore.checkFinished(status);
        database.inTransaction(connection -> {
            SessionStore.end(connection, sessionId, status, reason, at);
            return null;
        });
    }

    /**
     * Writes the pain after the session as soon as it is chosen, with the time it was chosen; a new choice replaces
     * it (keeping its areas), none removes it.
     */
    public void rateAfter(long sessionId, Optional<PainScore> after, Instant at) {
        database.inTransaction(connection -> {
            if (after.isPresent()) {
                PainStore.score(connection, sessionId, PainKind.AFTER, at, after.get());
            } else {
                PainStore.clear(connection, sessionId, PainKind.AFTER);
            }
            return null;
        });
    }

    /**
     * Writes what the user confirms after the session, the pain already written: the areas of the pain after (its
     * score and time kept) and the note (a blank one keeps the notes there are).
     */
    public void describeAfter(long sessionId, Set<Area> areas, String note) {
        database.inTransaction(connection -> {
            PainStore.areas(connection, sessionId, PainKind.AFTER, areas);
            if (!note.isBlank()) {
                SessionStore.setNotes(connection, sessionId, note);
            }
            return null;
        });
    }

    /**
     * Writes the rating after the session in one transaction: the pain after with its areas (none given keeps the
     * rating there is), and the note (a blank one keeps the notes there are).
     */
    public void finish(long sessionId, Optional<PainScore> after, Set<Area> areas, String note, Instant at) {
        database.inTransaction(connection -> {
            if (after.isPresent()) {
                PainStore.rate(connection, sessionId, new PainEntry(PainKind.AFTER, at, after.get(), areas, ""));
            }
            if (!note.isBlank()) {
                SessionStore.setNotes(connection, sessionId, note);
            }
            return null;
        });
    }
}
