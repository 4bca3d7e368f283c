package org.unknot.ui.player;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.unknot.domain.Area;
import org.unknot.domain.PainScore;
import org.unknot.domain.Routine;
import org.unknot.session.SessionEvent;
import org.unknot.store.PainStore;
import org.unknot.store.SessionRecording;
import org.unknot.store.SessionStore;
import org.unknot.store.StorageBusyException;
import org.unknot.ui.common.BackgroundRunner;
import org.unknot.ui.common.ErrorMessages;
import org.unknot.ui.common.PlainFailure;

/**
 * Writes a session as it happens, in order, on the background thread, each moment one transaction of
 * {@link SessionRecording}: the session with its copy of the routine and the pain before when it starts, each step as
 * it ends, the status at the end, the pain after as it is chosen and the areas and note when confirmed. The player
 * never waits for the disk. What is not written yet waits in a queue: while another Unknot holds the data file the
 * first write is tried again later, with the later ones kept behind it, so a busy file delays the session but never
 * loses it; a write that fails for another reason is reported without stopping the session.
 */
final class SessionRecorder implements UnfinishedSession {

    static final String WAITING = "Unknot is waiting to save this session: another Unknot is writing. Nothing is lost.";
    static final Duration FIRST_RETRY = Duration.ofSeconds(1);
    static final Duration LONGEST_RETRY = Duration.ofSeconds(16);
    private static final Logger LOG = LoggerFactory.getLogger(SessionRecorder.class);

    private final SessionStore sessions;
    private final PainStore pain;
    private final BackgroundRunner runner;
    private final RetryTimer timer;
    private final RecorderListener listener;
    /** Written in order by whoever holds {@link #writing}: the runner's thread, or the app's exit. */
    private final Queue<Pending> pending = new ConcurrentLinkedQueue<>();
    private final Object writing = new Object();
    /** A retry is scheduled: new writes wait for it rather than knocking on the busy file again. */
    private final AtomicBoolean retryScheduled = new AtomicBoolean();
    private Duration nextRetry = FIRST_RETRY;
    /** The FX thread's: the user has been told that saving waits, and not yet that it is done. */
    private boolean toldWaiting;
    private volatile long sessionId = -1;
    /** Set when the end is written; read by the app's exit. */
    private volatile boolean ended;
    /** The step under way with its time so far, kept by the FX thread for the app's exit to write. */
    private volatile Optional<SessionEvent.StepEnded> underWay = Optional.empty();

    SessionRecorder(SessionStore sessions, PainStore pain, BackgroundRunner runner, RetryTimer timer,
                    RecorderListener listener) {
        this.sessions = sessions;
        this.pain = pain;
        this.runner = runner;
        this.timer = timer;
        this.listener = listener;
    }

    void started(Optional<Long> routineId, Routine played, Instant at, Optional<PainScore> before) {
        queue(recording -> sessionId = recording.start(routineId, played, at, before));
    }

    void stepEnded(SessionEvent.StepEnded step) {
        queue(recording -> {
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
        queue(recording -> {
            if (sessionId >= 0) {
                recording.end(sessionId, end.status(), end.reason(), at);
                ended = true;
            }
        });
    }

    /** The pain after as it is chosen (or cleared): written at once, so that a crash does not lose it. */
    void painAfter(Optional<PainScore> after, Instant at) {
        queue(new Pending(recording -> recording.rateAfter(savedSession(), after, at), () -> { }, true));
    }

    /** The areas and the note, confirmed; {@code then} runs on the FX thread once they are written. */
    void described(Set<Area> areas, String note, Runnable then) {
        queue(new Pending(recording -> recording.describeAfter(savedSession(), areas, note), then, true));
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
        Outcome outcome = writeQueued();
        if (outcome.waiting()) {
            LOG.warn("At exit the data file was still busy; {} writes of the session were not made", pending.size());
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

    private void queue(Write write) {
        queue(new Pending(write, () -> { }, false));
    }

    private void queue(Pending write) {
        pending.add(write);
        if (!retryScheduled.get()) {
            writeOnRunner();
        }
    }

    private void writeOnRunner() {
        runner.run(this::writeQueued, this::report, failure -> listener.failed(ErrorMessages.plain(failure)));
    }

    /** Writes the queue in order as far as it goes; on a busy file, schedules a retry of what is left. */
    private Outcome writeQueued() {
        synchronized (writing) {
            List<Runnable> done = new ArrayList<>();
            List<String> failures = new ArrayList<>();
            for (Pending head = pending.peek(); head != null; head = pending.peek()) {
                try {
                    head.write().to(new SessionRecording(sessions, pain));
                    done.add(head.then());
                } catch (StorageBusyException busy) {
                    scheduleRetry();
                    return new Outcome(done, failures, true);
                } catch (RuntimeException failure) {
                    failures.add(head.rating() ? ErrorMessages.plain(failure) : "This session could not be saved: "
                            + ErrorMessages.plain(failure) + " The timer goes on.");
                }
                pending.remove();
            }
            nextRetry = FIRST_RETRY;
            return new Outcome(done, failures, false);
        }
    }

    private void scheduleRetry() {
        if (retryScheduled.compareAndSet(false, true)) {
            Duration delay = nextRetry;
            nextRetry = delay.multipliedBy(2).compareTo(LONGEST_RETRY) > 0 ? LONGEST_RETRY : delay.multipliedBy(2);
            timer.after(delay, () -> {
                retryScheduled.set(false);
                writeOnRunner();
            });
        }
    }

    /** On the FX thread: what was written is done, what failed is said, and a wait is told once. */
    private void report(Outcome outcome) {
        outcome.done().forEach(Runnable::run);
        outcome.failures().forEach(listener::failed);
        if (outcome.waiting() && !toldWaiting) {
            toldWaiting = true;
            listener.waiting(WAITING);
        } else if (!outcome.waiting() && toldWaiting && pending.isEmpty()) {
            toldWaiting = false;
            listener.waiting("");
        }
    }

    /** One transaction of the session. */
    @FunctionalInterface
    private interface Write {
        void to(SessionRecording recording);
    }

    /** A write not made yet; {@code then} runs on the FX thread once it is. */
    private record Pending(Write write, Runnable then, boolean rating) {
    }

    private record Outcome(List<Runnable> done, List<String> failures, boolean waiting) {
    }

    /** How the player hears of the recording: a write that failed, and a wait for a busy file (empty when over). */
    interface RecorderListener {

        void failed(String message);

        void waiting(String message);
    }
}
