package org.unknot.ui.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.unknot.domain.TextSize;
import org.unknot.store.SettingsStore;
import org.unknot.ui.common.QueuedRunner;
import org.unknot.ui.common.TempStorage;

class TextSizeViewModelTest {

    @RegisterExtension
    final TempStorage temp = new TempStorage();
    private final QueuedRunner runner = new QueuedRunner();
    private final List<TextSize> applied = new ArrayList<>();

    private TextSizeViewModel viewModel() {
        SettingsStore settings = temp.storage().settings();
        return new TextSizeViewModel(settings, runner, settings.textSize(), applied::add);
    }

    @Test
    void largerAppliesAtOnceAndIsRememberedInTheBackground() {
        TextSizeViewModel viewModel = viewModel();

        viewModel.larger();

        assertEquals(List.of(new TextSize(110)), applied, "applied before anything is written");
        assertEquals(new TextSize(110), viewModel.sizeProperty().get());
        assertEquals(TextSize.NORMAL, temp.storage().settings().textSize(), "not written yet");
        assertEquals(1, runner.drain());
        assertEquals(new TextSize(110), temp.storage().settings().textSize());
    }

    @Test
    void eachStepIsWrittenInTurnSoTheLastOneIsKept() {
        TextSizeViewModel viewModel = viewModel();

        viewModel.larger();
        viewModel.larger();
        viewModel.smaller();
        viewModel.larger();
        viewModel.larger();

        assertEquals(5, runner.drain());
        assertEquals(new TextSize(130), temp.storage().settings().textSize());
    }

    @Test
    void atTheLimitsAndForTheSizeInForceNothingIsAppliedOrWritten() {
        TextSizeViewModel viewModel = viewModel();

        viewModel.smaller();
        viewModel.reset();
        viewModel.choose(TextSize.NORMAL);

        assertTrue(applied.isEmpty());
        assertEquals(0, runner.pending());

        viewModel.choose(new TextSize(200));
        viewModel.larger();
        assertEquals(List.of(new TextSize(200)), applied);
        assertEquals(1, runner.drain());
    }

    @Test
    void resetGoesBackToTheNormalSizeAndRemembersIt() {
        temp.storage().settings().setTextSize(new TextSize(160));
        TextSizeViewModel viewModel = viewModel();
        assertEquals(new TextSize(160), viewModel.sizeProperty().get(), "starts at the size stored");

        viewModel.reset();
        runner.drain();

        assertEquals(List.of(TextSize.NORMAL), applied);
        assertEquals(TextSize.NORMAL, temp.storage().settings().textSize());
    }

    @Test
    void aSizeThatCannotBeWrittenStaysInForceAndSaysWhy() {
        TextSizeViewModel viewModel = viewModel();
        viewModel.larger();
        temp.storage().close();

        runner.drain();

        assertEquals(new TextSize(110), viewModel.sizeProperty().get());
        assertFalse(viewModel.errorMessageProperty().get().isEmpty());
    }
}
