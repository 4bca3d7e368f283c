package org.unknot.ui.player;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import org.unknot.store.SessionRecording;
import org.unknot.store.StorageBusyException;
import org.unknot.ui.common.BackgroundRunner;
import org.unknot.ui.common.ErrorMessages;

/**
 * The writes of a session not made yet, made in order on the background thread. While another Unknot holds the data
 * file the first is tried again later, with back-off, and the later ones wait behind it without knocking on the file;
 * a write that fails for another reason (a full disk, a read-only file) is reported and the next one goes on.
 */
final class WriteQueue {

    static final String WAITING = "Unknot is waiting to save this session: another Unknot is writing. Nothing is lost.";
    static final Duration FIRST_RETRY = Duration.ofSeconds(1);
    static final Duration LONGEST_RETRY = Duration.ofSeconds(16);

    /** One transaction of the session. */
    @FunctionalInterface
    interface Write {
        void to(SessionRecording recording);
    }

    /** How the player hears of the writes: one that failed, and a wait for a busy file (empty when it is over). */
    interface Listener {

        void failed(String message);

        void waiting(String message);
    }

    private final BackgroundRunner runner;
    private final RetryTimer timer;
    private final Supplier<SessionRecording> recording;
    private final Listener listener;
    private final Queue<Pending> pending = new ConcurrentLinkedQueue<>();
    /** Held while writing, by the runner's thread or the app's exit, so that each write is made once, in order. */
    private final Object writing = new Object();
    /** A retry is scheduled: new writes wait for it. */
    private final AtomicBoolean retryScheduled = new AtomicBoolean();
    private Duration nextRetry = FIRST_RETRY;
    /** The FX thread's: the user was told that saving waits, and not yet that it is done. */
    private boolean toldWaiting;

    WriteQueue(BackgroundRunner runner, RetryTimer timer, Supplier<SessionRecording> recording, Listener listener) {
        this.runner = runner;
        this.timer = timer;
        this.recording = recording;
        this.listener = listener;
    }

    /** Queues a write of the session's progress; a failure says the session could not be saved, the timer goes on. */
    void add(Write write) {
        add(new Pending(write, () -> { }, false));
    }

    /** Queues a write of the rating; {@code then} runs on the FX thread once it is written. */
    void addRating(Write write, Runnable then) {
        add(new Pending(write, then, true));
    }

    private void add(Pending write) {
        pending.add(write);
        if (!retryScheduled.get()) {
            writeOnRunner();
        }
    }

    /** The app's exit: makes what is queued now, on the caller's thread; false when the file is still busy. */
    boolean writeNow() {
        return !writeQueued().waiting();
    }

    int size() {
        return pending.size();
    }

    private void writeOnRunner() {
        runner.run(this::writeQueued, this::report, failure -> listener.failed(ErrorMessages.plain(failure)));
    }

    private Outcome writeQueued() {
        synchronized (writing) {
            List<Runnable> done = new ArrayList<>();
            List<String> failures = new ArrayList<>();
            for (Pending head = pending.peek(); head != null; head = pending.peek()) {
                try {
                    head.write().to(recording.get());
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

    private record Pending(Write write, Runnable then, boolean rating) {
    }

    private record Outcome(List<Runnable> done, List<String> failures, boolean waiting) {
    }
}
