package org.unknot.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class OffUiThreadTest {

    private final String before = System.getProperty(OffUiThread.STRICT);

    @AfterEach
    void restore() {
        if (before == null) {
            System.clearProperty(OffUiThread.STRICT);
        } else {
            System.setProperty(OffUiThread.STRICT, before);
        }
    }

    @Test
    void strictModeRefusesDiskWorkOnTheWindowsThread() throws Exception {
        System.setProperty(OffUiThread.STRICT, "true");

        Throwable failure = onThread(OffUiThread.UI_THREAD);

        assertEquals(IllegalStateException.class, failure.getClass());
        assertEquals("Disk work on the window's thread", failure.getMessage());
    }

    @Test
    void strictModeLetsOtherThreadsWork() throws Exception {
        System.setProperty(OffUiThread.STRICT, "true");

        assertEquals(null, onThread("unknot-background"));
    }

    @Test
    void withoutStrictModeTheWindowsThreadIsNotStopped() throws Exception {
        System.setProperty(OffUiThread.STRICT, "false");

        assertEquals(null, onThread(OffUiThread.UI_THREAD));
    }

    private static Throwable onThread(String name) throws InterruptedException {
        AtomicReference<Throwable> caught = new AtomicReference<>();
        Thread thread = new Thread(() -> {
            try {
                OffUiThread.require();
            } catch (Throwable failure) {
                caught.set(failure);
            }
        }, name);
        thread.start();
        thread.join();
        return caught.get();
    }
}
