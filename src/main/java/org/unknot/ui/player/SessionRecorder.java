package org.unknot.ui.player;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.unknot.domain.Area;
import org.unknot.domain.PainScore;
import org.unknot.domain.Routine;
import org.unknot.session.SessionEvent;
import org.unknot.store.PainStore;
import org.unknot.store.SessionRecording;
import org.unknot.store.SessionStore;
import org.unknot.ui.common.BackgroundRunner;
import org.unknot.ui.common.PlainFailure;

/**
 * Writes a session as it happens, in order, through a {@link WriteQueue}, each moment one transaction of
 * {@link SessionRecording}: the session with its copy of the routine and the pain before when it starts, each step as
 * it ends, the status at the end, the pain after as it is chosen and the areas and note when confirmed. The player
 * never waits for the disk, and a busy data file delays the session's rows but never loses them.
 */
final class SessionRecorder implements UnfinishedSession {

    private static final Logger LOG = LoggerFactory.getLogger(SessionRecorder.class);

    private final SessionStore sessions;
    private final WriteQueue queue;
    /** Set by the first write and read by the later ones, each made by whoever holds the queue, in order. */
    private volatile long sessionId = -1;
    /** Set when the end is written; read by the app's exit. */
    private volatile boolean ended;
    /** The step under way with its time so far, kept by the FX thread for the app's exit to write. */
    private volatile Optional<SessionEvent.StepEnded> underWay = Optional.empty();

    SessionRecorder(SessionStore sessions, PainStore pain, BackgroundRunner runner, RetryTimer timer,
                    WriteQueue.Listener listener) {
        this.sessions = sessions;
        // made where it is used, on the runner's thread, so a player that never records needs no stores
        this.queue = new WriteQueue(runner, timer, () -> new SessionRecording(sessions, pain), listener);
    }

    void started(Optional<Long> routineId, Routine played, Instant at, Optional<PainScore> before) {
        started(routineId, played, at, before, false);
    }

    /** As above, for a session that plays the routine's gentle version when {@code gentle}. */
    void started(Optional<Long> routineId, Routine played, Instant at, Optional<PainScore> before, boolean gentle) {
        queue.add(recording -> sessionId = recording.start(routineId, played, at, before, gentle));
    }

    void stepEnded(SessionEvent.StepEnded step) {
        queue.add(recording -> {
            if (sessionId >= 0) {
                recording.stepEnded(sessionId, step.stepIndex(), step.outcome(), step.doneSeconds(),
                        step.addedSeconds());
            }
        });
    }

    /** The step under way as the engine sees it now; cheap, called once a frame. */
    void underWay(Optional<SessionEvent.StepEnded> step) {
        underWay = step;
    }

    void ended(SessionEvent.Ended end, Instant at) {
        underWay = Optional.empty();
        queue.add(recording -> {
            if (sessionId >= 0) {
                recording.end(sessionId, end.status(), end.reason(), at);
                ended = true;
            }
        });
    }

    /** The pain after as it is chosen (or cleared): written at once, so that a crash does not lose it. */
    void painAfter(Optional<PainScore> after, Instant at) {
        queue.addRating(recording -> recording.rateAfter(savedSession(), after, at), () -> { });
    }

    /** The areas and the note, confirmed; {@code then} runs on the FX thread once they are written. */
    void described(Set<Area> areas, String note, Runnable then) {
        queue.addRating(recording -> recording.describeAfter(savedSession(), areas, note), then);
    }

    private long savedSession() {
        if (sessionId < 0) {
            throw new PlainFailure("This session could not be saved when it started, so its rating cannot be "
                    + "kept either; check the free space on the disk, then press Skip.", null);
        }
        return sessionId;
    }

    /**
     * Writes what is still queued (once each, in order) and, if the session had not ended, the step under way with
     * its time so far, marking the session interrupted. A file still busy keeps it for the next start to find.
     */
    @Override
    public void recordInterrupted() {
        if (!queue.writeNow()) {
            LOG.warn("At exit the data file was still busy; {} writes of the session were not made", queue.size());
            return;
        }
        long id = sessionId;
        if (id < 0 || ended) {
            return;
        }
        underWay.ifPresent(step -> sessions.recordStep(id, step.stepIndex(), step.outcome(), step.doneSeconds(),
                step.addedSeconds()));
        sessions.markInterrupted();
        ended = true;
    }
}
