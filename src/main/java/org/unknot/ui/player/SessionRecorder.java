package org.unknot.ui.player;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.unknot.domain.Area;
import org.unknot.domain.PainScore;
import org.unknot.domain.Routine;
import org.unknot.session.SessionEvent;
import org.unknot.store.PainStore;
import org.unknot.store.SessionRecording;
import org.unknot.store.SessionStore;
import org.unknot.ui.common.BackgroundRunner;
import org.unknot.ui.common.ErrorMessages;
import org.unknot.ui.common.PlainFailure;

/**
 * Writes a session as it happens, in order, on the background thread, each moment one transaction of
 * {@link SessionRecording}: the session with its copy of the routine and the pain before when it starts, each step as
 * it ends, the status at the end, the rating afterwards. The player never waits for the disk, and a
 * write that fails is reported without stopping the session.
 */
final class SessionRecorder implements UnfinishedSession {

    private final SessionStore sessions;
    private final PainStore pain;
    private final BackgroundRunner runner;
    private final Consumer<String> onError;
    /** Set by the first write and read by the later ones, all on the runner's one thread, in order. */
    private volatile long sessionId = -1;
    /** Set when the end is written; read by the app's exit. */
    private volatile boolean ended;
    /** The step under way with its time so far, kept by the FX thread for the app's exit to write. */
    private volatile Optional<SessionEvent.StepEnded> underWay = Optional.empty();

    SessionRecorder(SessionStore sessions, PainStore pain, BackgroundRunner runner, Consumer<String> onError) {
        this.sessions = sessions;
        this.pain = pain;
        this.runner = runner;
        this.onError = onError;
    }

    void started(Optional<Long> routineId, Routine played, Instant at, Optional<PainScore> before) {
        write(() -> {
            sessionId = recording().start(routineId, played, at, before);
        });
    }

    void stepEnded(SessionEvent.StepEnded step) {
        write(() -> {
            if (sessionId >= 0) {
                recording().stepEnded(sessionId, step.stepIndex(), step.outcome(), step.doneSeconds(), step.addedSeconds());
            }
        });
    }

    /** The step under way as the engine sees it now; cheap, called once a frame. */
    void underWay(Optional<SessionEvent.StepEnded> step) {
        underWay = step;
    }

    void ended(SessionEvent.Ended end, Instant at) {
        underWay = Optional.empty();
        write(() -> {
            if (sessionId >= 0) {
                recording().end(sessionId, end.status(), end.reason(), at);
                ended = true;
            }
        });
    }

    @Override
    public void recordInterrupted() {
        long id = sessionId;
        if (id < 0 || ended) {
            return;
        }
        underWay.ifPresent(step -> sessions.recordStep(id, step.stepIndex(), step.outcome(), step.doneSeconds(),
                step.addedSeconds()));
        sessions.markInterrupted();
        ended = true;
    }

    /** Stores the rating after the session, its areas and the note; {@code then} runs on the FX thread when saved. */
    void rated(Optional<PainScore> after, Set<Area> areas, String note, Instant at, Runnable then) {
        runner.run(() -> {
            if (sessionId < 0) {
                throw new PlainFailure("This session could not be saved when it started, so its rating cannot be "
                        + "kept either; check the free space on the disk, then press Skip.", null);
            }
            recording().finish(sessionId, after, areas, note, at);
            return null;
        }, saved -> then.run(), failure -> onError.accept(ErrorMessages.plain(failure)));
    }

    /** Made where it is used, on the runner's thread, so a player that never records needs no stores. */
    private SessionRecording recording() {
        return new SessionRecording(sessions, pain);
    }

    private void write(Runnable work) {
        runner.run(() -> {
            work.run();
            return null;
        }, done -> { }, failure -> onError.accept("This session could not be saved: "
                + ErrorMessages.plain(failure) + " The timer goes on."));
    }
}
