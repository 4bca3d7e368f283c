package org.unknot.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class OffUiThreadTest {

    private String strict;

    @BeforeEach
    void remember() {
        strict = System.getProperty(OffUiThread.STRICT);
    }

    @AfterEach
    void restore() {
        if (strict == null) {
            System.clearProperty(OffUiThread.STRICT);
        } else {
            System.setProperty(OffUiThread.STRICT, strict);
        }
    }

    private static Throwable requireOn(String threadName) throws InterruptedException {
        AtomicReference<Throwable> thrown = new AtomicReference<>();
        Thread thread = new Thread(() -> {
            try {
                OffUiThread.require();
            } catch (Throwable e) {
                thrown.set(e);
            }
        }, threadName);
        thread.start();
        thread.join();
        return thrown.get();
    }

    @Test
    void strictDiskWorkOnTheWindowsThreadThrows() throws InterruptedException {
        System.setProperty(OffUiThread.STRICT, "true");

        Throwable thrown = requireOn("JavaFX Application Thread");

        assertEquals(IllegalStateException.class, thrown.getClass());
        assertEquals("Disk work on the window's thread", thrown.getMessage());
        assertNull(requireOn("unknot-background"), "any other thread may do disk work");
    }

    @Test
    void withoutStrictThreadsTheWindowsThreadIsLeftToCarryOn() throws InterruptedException {
        System.setProperty(OffUiThread.STRICT, "false");

        assertNull(requireOn("JavaFX Application Thread"));
    }
}
