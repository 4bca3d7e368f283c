package org.unknot.ui.common;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Loads a view model's data in the background, latest wins: a newer request supersedes an older one (its result is
 * dropped when it arrives), and a request with the same parameters as the last one is not run again.
 *
 * @param <P> the parameters of a load (a record, so equal parameters are equal)
 * @param <R> what a load returns
 */
public final class LatestLoader<P, R> {

    /** The background work of one load. */
    @FunctionalInterface
    public interface Query<P, R> {
        R fetch(P parameters) throws Exception;
    }

    private final BackgroundRunner runner;
    private final Query<P, R> query;
    private final Consumer<R> onResult;
    private final Consumer<Throwable> onError;
    private long latest;
    private P requested;
    private boolean busy;

    public LatestLoader(BackgroundRunner runner, Query<P, R> query, Consumer<R> onResult, Consumer<Throwable> onError) {
        this.runner = runner;
        this.query = query;
        this.onResult = onResult;
        this.onError = onError;
    }

    /** Loads for these parameters, unless the last request had equal ones. */
    public void load(P parameters) {
        if (!Objects.equals(parameters, requested)) {
            reload(parameters);
        }
    }

    /** Loads for these parameters even when they are the last ones (after a write, the data changed). */
    public void reload(P parameters) {
        requested = Objects.requireNonNull(parameters);
        long ticket = ++latest;
        busy = true;
        runner.run(() -> query.fetch(parameters), result -> {
            if (ticket == latest) {
                busy = false;
                onResult.accept(result);
            }
        }, failure -> {
            if (ticket == latest) {
                busy = false;
                // A failed load may be asked for again with the same parameters.
                requested = null;
                onError.accept(failure);
            }
        });
    }

    /** Loads the last parameters again, if there were any. */
    public void reload() {
        if (requested != null) {
            reload(requested);
        }
    }

    /** Drops whatever is on its way and forgets the last parameters: the next load runs (a page was left). */
    public void cancel() {
        latest++;
        requested = null;
        busy = false;
    }

    /** The parameters of the newest request. */
    public Optional<P> requested() {
        return Optional.ofNullable(requested);
    }

    /** Whether a load is on its way whose result will be shown. */
    public boolean busy() {
        return busy;
    }
}
