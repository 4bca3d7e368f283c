package org.unknot.ui.player;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** Keeps the retries the recorder asks for; the test fires them when it chooses, as if their delay had passed. */
final class ManualRetryTimer implements RetryTimer {

    private final List<Duration> delays = new ArrayList<>();
    private final List<Runnable> waiting = new ArrayList<>();

    @Override
    public void after(Duration delay, Runnable action) {
        delays.add(delay);
        waiting.add(action);
    }

    /** Every delay asked for so far, in order. */
    List<Duration> delays() {
        return delays;
    }

    /** Runs the retries that wait now. */
    void fire() {
        List<Runnable> due = List.copyOf(waiting);
        waiting.clear();
        due.forEach(Runnable::run);
    }
}
