package org.unknot.app;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.testfx.util.WaitForAsyncUtils;

/** Waiting in window tests for what the FX thread will show, without fixed sleeps. */
final class Waits {

    private Waits() {
    }

    /**
     * Waits up to 5 s for the condition, then for the FX events it caused. A condition runs on the test thread while
     * the FX thread may be changing the scene, so a lookup can meet a list of children mid-change and throw: that try
     * counts as "not yet" and the condition is asked again; if it never holds, the timeout carries the last failure.
     */
    static void until(Supplier<Boolean> condition) throws Exception {
        AtomicReference<RuntimeException> last = new AtomicReference<>();
        try {
            WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> {
                try {
                    return condition.get();
                } catch (RuntimeException raced) {
                    last.set(raced);
                    return false;
                }
            });
        } catch (TimeoutException timeout) {
            if (last.get() != null) {
                timeout.addSuppressed(last.get());
            }
            throw timeout;
        }
        WaitForAsyncUtils.waitForFxEvents();
    }
}
