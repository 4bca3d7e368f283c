package org.unknot.ui.common;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * A runner that only queues: the test decides when each piece of background work runs (and its callback with it),
 * so races between a request and its result can be played out in any order, as the app's thread may.
 */
public final class QueuedRunner implements BackgroundRunner {

    /** More work than this from one drain means the work keeps asking for more of itself: it never settles. */
    static final int SETTLED_WITHIN = 1_000;

    private final Deque<Runnable> queue = new ArrayDeque<>();
    private int ran;

    @Override
    public <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onError) {
        queue.add(() -> {
            T result;
            try {
                result = work.call();
            } catch (Exception failure) {
                onError.accept(failure);
                return;
            }
            onSuccess.accept(result);
        });
    }

    /** How many pieces of work wait. */
    public int pending() {
        return queue.size();
    }

    /** Runs the oldest piece of work and its callback. */
    public void runNext() {
        if (queue.isEmpty()) {
            throw new AssertionError("No background work is waiting");
        }
        ran++;
        queue.removeFirst().run();
    }

    /** Runs the newest piece of work first (a later request finishing before an earlier one). */
    public void runNewest() {
        if (queue.isEmpty()) {
            throw new AssertionError("No background work is waiting");
        }
        ran++;
        queue.removeLast().run();
    }

    /** Runs everything, including what the callbacks queue, and returns how many pieces ran. */
    public int drain() {
        int count = 0;
        while (!queue.isEmpty()) {
            if (++count > SETTLED_WITHIN) {
                throw new AssertionError("Background work never settles: more than " + SETTLED_WITHIN
                        + " pieces in one drain");
            }
            runNext();
        }
        return count;
    }

    /** How many pieces have run since the runner was made. */
    public int ran() {
        return ran;
    }
}
