package org.unknot.app;

import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.testfx.util.WaitForAsyncUtils;

/** Waiting in window tests for what the FX thread will show, without fixed sleeps. */
final class Waits {

    private Waits() {
    }

    /** Waits up to 5 s for the condition, then for the FX events it caused. */
    static void until(Supplier<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, condition::get);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
