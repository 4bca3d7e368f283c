package org.unknot.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;

/** The app's real runner, on the real FX thread. */
@ExtendWith(ApplicationExtension.class)
@Timeout(value = 20, unit = TimeUnit.SECONDS)
class FxBackgroundRunnerTest {

    private final FxBackgroundRunner runner = new FxBackgroundRunner();
    private final List<String> log = Collections.synchronizedList(new ArrayList<>());

    @AfterEach
    void close() {
        runner.close();
    }

    @Test
    void workRunsInOrderOnItsOwnThreadAndResultsComeBackOnTheFxThread() throws Exception {
        CountDownLatch answered = new CountDownLatch(3);
        for (int i = 1; i <= 3; i++) {
            int piece = i;
            runner.run(() -> {
                log.add("work " + piece + " on " + Thread.currentThread().getName());
                return piece;
            }, result -> {
                log.add("result " + result + (Platform.isFxApplicationThread() ? " on the FX thread" : " elsewhere"));
                answered.countDown();
            }, failure -> log.add("failed " + failure));
        }

        assertTrue(answered.await(10, TimeUnit.SECONDS));
        List<String> work = log.stream().filter(line -> line.startsWith("work")).toList();
        List<String> results = log.stream().filter(line -> line.startsWith("result")).toList();
        assertEquals(List.of("work 1 on unknot-background", "work 2 on unknot-background",
                "work 3 on unknot-background"), work);
        assertEquals(List.of("result 1 on the FX thread", "result 2 on the FX thread", "result 3 on the FX thread"),
                results);
    }

    @Test
    void aFailureComesBackOnTheFxThreadAndTheNextWorkStillRuns() throws Exception {
        CountDownLatch answered = new CountDownLatch(2);
        runner.run(() -> {
            throw new IllegalStateException("disk full");
        }, result -> log.add("result"), failure -> {
            log.add(failure.getMessage() + (Platform.isFxApplicationThread() ? " on the FX thread" : " elsewhere"));
            answered.countDown();
        });
        runner.run(() -> "next", result -> {
            log.add(result);
            answered.countDown();
        }, failure -> log.add("failed"));

        assertTrue(answered.await(10, TimeUnit.SECONDS));
        assertEquals(List.of("disk full on the FX thread", "next"), log);
    }

    @Test
    void closeLetsTheQueuedWorkFinishAndRefusesNewWorkQuietly() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch gate = new CountDownLatch(1);
        runner.run(() -> {
            started.countDown();
            return gate.await(10, TimeUnit.SECONDS);
        }, result -> { }, failure -> { });
        for (int i = 1; i <= 3; i++) {
            int piece = i;
            runner.run(() -> log.add("write " + piece), result -> { }, failure -> { });
        }
        assertTrue(started.await(10, TimeUnit.SECONDS));
        // The first piece is let go only once close() waits, so the other three are still queued when it is called.
        Thread closing = Thread.currentThread();
        Thread release = new Thread(() -> {
            while (closing.getState() != Thread.State.TIMED_WAITING) {
                Thread.onSpinWait();
            }
            gate.countDown();
        });
        release.start();

        runner.close();
        runner.run(() -> log.add("too late"), result -> { }, failure -> { });
        release.join();

        assertEquals(List.of("write 1", "write 2", "write 3"), log);
    }

    @Test
    void closeWaitsOnlySoLongForWorkThatDoesNotEnd() {
        CountDownLatch never = new CountDownLatch(1);
        runner.run(() -> never.await(1, TimeUnit.HOURS), result -> { }, failure -> { });
        runner.run(() -> log.add("after the stuck work"), result -> { }, failure -> { });

        runner.close();

        assertEquals(List.of(), log, "what could not start in time is dropped, and close returns");
    }
}
