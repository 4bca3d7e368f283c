package org.unknot.ui.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.unknot.domain.PlayerSettings;
import org.unknot.domain.Theme;
import org.unknot.session.CueKind;
import org.unknot.store.SettingsStore;
import org.unknot.ui.common.ImmediateRunner;
import org.unknot.ui.common.TempStorage;
import org.unknot.ui.player.RecordingCues;

class SettingsViewModelTest {

    @RegisterExtension
    final TempStorage temp = new TempStorage();
    private final List<Theme> applied = new ArrayList<>();
    private final AtomicInteger safetyShown = new AtomicInteger();
    private final RecordingCues cues = new RecordingCues();

    private SettingsViewModel viewModel() {
        SettingsStore settings = temp.storage().settings();
        return new SettingsViewModel(settings, new ImmediateRunner(), settings.theme(), applied::add,
                temp.folder().toString(), safetyShown::incrementAndGet, cues);
    }

    @Test
    void choosingDarkAppliesItAtOnceAndRemembersIt() {
        SettingsViewModel viewModel = viewModel();

        viewModel.themeProperty().set(Theme.DARK);

        assertEquals(List.of(Theme.DARK), applied);
        assertEquals(Theme.DARK, temp.storage().settings().theme());
    }

    @Test
    void showsWhenTheSafetyInformationWasRead() {
        temp.storage().settings().acknowledgeSafety(OffsetDateTime.parse("2026-11-20T09:30:00Z").toInstant());
        SettingsViewModel viewModel = viewModel();

        viewModel.load();

        assertEquals("You read it on 20 November 2026.", viewModel.safetyStatusProperty().get());
    }

    @Test
    void offersTheSafetyScreenAgainAndNamesTheDataFolder() {
        SettingsViewModel viewModel = viewModel();

        viewModel.showSafety();

        assertEquals(1, safetyShown.get());
        assertEquals(temp.folder().toString(), viewModel.dataFolderProperty().get());
    }

    @Test
    void playerSettingsAreLoadedAndEveryChangeIsSaved() {
        temp.storage().settings().savePlayerSettings(new PlayerSettings(false, 40, true, 10));
        SettingsViewModel viewModel = viewModel();
        viewModel.load();
        assertEquals(false, viewModel.soundProperty().get());
        assertEquals(40, viewModel.volumeProperty().get());
        assertEquals(10, viewModel.prepSecondsProperty().get());

        viewModel.soundProperty().set(true);
        viewModel.prepSecondsProperty().set(0);
        viewModel.volumeProperty().set(90);

        assertEquals(new PlayerSettings(true, 90, true, 0), temp.storage().settings().playerSettings());
    }

    @Test
    void theTestChimePlaysAtTheChosenVolume() {
        SettingsViewModel viewModel = viewModel();
        viewModel.volumeProperty().set(50);

        viewModel.testSound();

        assertEquals(List.of(CueKind.STEP_START), cues.played());
        assertEquals(0.5, cues.volume(), 1e-9);
    }
}
