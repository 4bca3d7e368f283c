package org.unknot.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LatestLoaderTest {

    private final QueuedRunner runner = new QueuedRunner();
    private final List<String> shown = new ArrayList<>();
    private final List<String> errors = new ArrayList<>();
    private final List<Integer> fetched = new ArrayList<>();
    private final LatestLoader<Integer, String> loader = new LatestLoader<>(runner, parameters -> {
        fetched.add(parameters);
        if (parameters < 0) {
            throw new IllegalArgumentException("negative");
        }
        return "result " + parameters;
    }, shown::add, failure -> errors.add(failure.getMessage()));

    @Test
    void aNewerRequestSupersedesAnOlderOneWhateverFinishesFirst() {
        loader.load(1);
        loader.load(2);
        runner.runNewest();
        runner.runNext();

        assertEquals(List.of("result 2"), shown);
        assertFalse(loader.busy());
    }

    @Test
    void theStaleResultIsDroppedWhenItArrivesLast() {
        loader.load(1);
        loader.load(2);
        runner.drain();

        assertEquals(List.of("result 2"), shown);
    }

    @Test
    void equalParametersAreNotFetchedAgain() {
        loader.load(3);
        runner.drain();
        loader.load(3);

        assertEquals(0, runner.pending());
        assertEquals(List.of(3), fetched);
    }

    @Test
    void reloadFetchesTheSameParametersAgain() {
        loader.load(3);
        runner.drain();
        loader.reload();
        runner.drain();

        assertEquals(List.of(3, 3), fetched);
        assertEquals(List.of("result 3", "result 3"), shown);
    }

    @Test
    void aFailedLoadIsReportedAndMayBeAskedForAgain() {
        loader.load(-1);
        runner.drain();
        loader.load(-1);

        assertEquals(List.of("negative"), errors);
        assertEquals(1, runner.pending());
    }

    @Test
    void aStaleFailureIsDropped() {
        loader.load(-1);
        loader.load(4);
        runner.drain();

        assertEquals(List.of(), errors);
        assertEquals(List.of("result 4"), shown);
    }

    @Test
    void cancelDropsWhatIsOnItsWayAndForgetsTheParameters() {
        loader.load(5);
        assertTrue(loader.busy());
        loader.cancel();
        runner.drain();
        loader.load(5);

        assertEquals(List.of(), shown);
        assertEquals(1, runner.pending());
        assertTrue(loader.requested().isPresent());
    }
}
