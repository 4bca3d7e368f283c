package org.unknot.ui.player;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/** Runs something once after a delay, off the FX thread; tests fire it when they choose. */
@FunctionalInterface
interface RetryTimer {

    /** The JDK's shared delay thread: a daemon, nothing to close, and it only hands the retry back to the runner. */
    RetryTimer DELAYED = (delay, action) ->
            CompletableFuture.delayedExecutor(delay.toMillis(), TimeUnit.MILLISECONDS).execute(action);

    void after(Duration delay, Runnable action);
}
