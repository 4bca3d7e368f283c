package org.unknot.ui.common;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * Runs disk work away from the FX thread and calls back on it. The app uses one background thread (SQLite has one
 * writer); tests use a runner that runs the work at once.
 */
public interface BackgroundRunner {

    <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onError);
}
