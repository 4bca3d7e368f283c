package org.unknot.ui.common;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import javafx.application.Platform;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The app's runner: work in order on one named daemon thread, results back on the FX thread. */
public final class FxBackgroundRunner implements BackgroundRunner, AutoCloseable {

    /** How long the exit lets queued writes finish: a TERM must end the app within 2 s. */
    public static final Duration DRAIN_LIMIT = Duration.ofMillis(1000);

    private static final Logger LOG = LoggerFactory.getLogger(FxBackgroundRunner.class);

    private final ExecutorService executor = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "unknot-background");
        thread.setDaemon(true);
        return thread;
    });

    @Override
    public <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onError) {
        try {
            executor.execute(() -> {
                T result;
                try {
                    result = work.call();
                } catch (Throwable failure) {
                    LOG.error("Background work failed", failure);
                    Platform.runLater(() -> onError.accept(failure));
                    return;
                }
                Platform.runLater(() -> onSuccess.accept(result));
            });
        } catch (RejectedExecutionException closed) {
            // The app is ending: what was asked for after the exit began cannot be done any more.
            LOG.info("Background work asked for after closing; not run");
        }
    }

    /**
     * Lets queued work finish, so nothing the user saved is lost, waiting at most {@link #DRAIN_LIMIT}; work asked
     * for afterwards is not run. Never waits for the FX thread. Any thread, more than once.
     */
    @Override
    public void close() {
        executor.shutdown();
        try {
            if (!executor.awaitTermination(DRAIN_LIMIT.toMillis(), TimeUnit.MILLISECONDS)) {
                LOG.warn("Background work still running at exit; {} queued pieces dropped",
                        executor.shutdownNow().size());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
