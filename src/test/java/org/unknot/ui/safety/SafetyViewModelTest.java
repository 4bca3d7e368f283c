package org.unknot.ui.safety;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.unknot.ui.common.QueuedRunner;
import org.unknot.ui.common.TempStorage;

class SafetyViewModelTest {

    @RegisterExtension
    final TempStorage temp = new TempStorage();
    private final QueuedRunner runner = new QueuedRunner();

    @Test
    void acknowledgingStoresTheTimeAndMovesOn() {
        AtomicInteger movedOn = new AtomicInteger();
        SafetyViewModel viewModel = new SafetyViewModel(temp.storage().settings(), runner,
                TempStorage.CLOCK, movedOn::incrementAndGet);
        assertEquals(Optional.empty(), temp.storage().settings().safetyAcknowledgedAt());

        viewModel.acknowledge();
        assertTrue(viewModel.savingProperty().get(), "the button waits while the acknowledgement is saved");
        viewModel.acknowledge();
        assertEquals(0, movedOn.get(), "nothing moves on before it is stored");
        assertEquals(1, runner.drain(), "a second press while saving writes nothing more");

        assertEquals(Optional.of(TempStorage.NOW),
                temp.storage().settings().safetyAcknowledgedAt());
        assertEquals(1, movedOn.get());
        assertFalse(viewModel.savingProperty().get());
    }

    @Test
    void whenTheAcknowledgementCannotBeSavedTheUserStaysAndIsTold() {
        AtomicInteger movedOn = new AtomicInteger();
        SafetyViewModel viewModel = new SafetyViewModel(temp.storage().settings(), runner,
                TempStorage.CLOCK, movedOn::incrementAndGet);
        temp.storage().close();

        viewModel.acknowledge();
        runner.drain();

        assertEquals(0, movedOn.get());
        assertTrue(viewModel.errorMessageProperty().get().contains("nothing was changed"),
                viewModel.errorMessageProperty().get());
        assertFalse(viewModel.savingProperty().get());
    }
}
