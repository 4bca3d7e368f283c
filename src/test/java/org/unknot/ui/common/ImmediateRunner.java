package org.unknot.ui.common;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/** Runs background work at once on the calling thread, so view-model and view tests need no waiting. */
public final class ImmediateRunner implements BackgroundRunner {

    @Override
    public <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onError) {
        T result;
        try {
            result = work.call();
        } catch (Exception failure) {
            onError.accept(failure);
            return;
        }
        onSuccess.accept(result);
    }
}
