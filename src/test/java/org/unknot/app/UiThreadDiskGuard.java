package org.unknot.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.application.Platform;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Fails a window test when disk work ran on the FX thread. The stores and file writers throw there (surefire sets
 * {@code unknot.strictThreads}); an event handler's exception only reaches the FX thread's handler, which this
 * extension watches. Register it after the {@code ApplicationExtension} and give the app a real background runner.
 */
public final class UiThreadDiskGuard implements BeforeEachCallback, AfterEachCallback {

    private final List<Throwable> caught = new CopyOnWriteArrayList<>();
    private Thread.UncaughtExceptionHandler previous;

    @Override
    public void beforeEach(ExtensionContext context) throws Exception {
        caught.clear();
        WaitForAsyncUtils.waitForAsyncFx(5_000, () -> {
            Thread fx = Thread.currentThread();
            previous = fx.getUncaughtExceptionHandler();
            fx.setUncaughtExceptionHandler((thread, failure) -> {
                caught.add(failure);
                if (previous != null) {
                    previous.uncaughtException(thread, failure);
                }
            });
        });
    }

    @Override
    public void afterEach(ExtensionContext context) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        if (Platform.isFxApplicationThread()) {
            return;
        }
        WaitForAsyncUtils.waitForAsyncFx(5_000, () -> Thread.currentThread().setUncaughtExceptionHandler(previous));
        List<String> onTheFxThread = caught.stream().map(Throwable::toString)
                .filter(text -> text.contains("Disk work on the window's thread")).toList();
        assertEquals(List.of(), onTheFxThread, "store or file work ran on the FX thread");
    }
}
