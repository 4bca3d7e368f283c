package org.unknot.ui.safety;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unknot.store.DataFolder;
import org.unknot.store.Storage;
import org.unknot.ui.common.ImmediateRunner;

class SafetyViewModelTest {

    private static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

    @TempDir
    Path folder;

    private Storage storage;

    @BeforeEach
    void open() {
        storage = Storage.open(new DataFolder(folder), CLOCK, List::of);
    }

    @AfterEach
    void close() {
        storage.close();
    }

    @Test
    void acknowledgingStoresTheTimeAndMovesOn() {
        AtomicInteger movedOn = new AtomicInteger();
        SafetyViewModel viewModel = new SafetyViewModel(storage.settings(), new ImmediateRunner(), CLOCK,
                movedOn::incrementAndGet);
        assertEquals(Optional.empty(), storage.settings().safetyAcknowledgedAt());

        viewModel.acknowledge();

        assertEquals(Optional.of(NOW),
                storage.settings().safetyAcknowledgedAt());
        assertEquals(1, movedOn.get());
        assertFalse(viewModel.savingProperty().get());
    }

    @Test
    void whenTheAcknowledgementCannotBeSavedTheUserStaysAndIsTold() {
        AtomicInteger movedOn = new AtomicInteger();
        SafetyViewModel viewModel = new SafetyViewModel(storage.settings(), new ImmediateRunner(), CLOCK,
                movedOn::incrementAndGet);
        storage.close();

        viewModel.acknowledge();

        assertEquals(0, movedOn.get());
        assertTrue(viewModel.errorMessageProperty().get().contains("nothing was changed"),
                viewModel.errorMessageProperty().get());
        assertFalse(viewModel.savingProperty().get());
    }
}
