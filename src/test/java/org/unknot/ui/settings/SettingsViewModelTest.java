package org.unknot.ui.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.unknot.domain.PlayerSettings;
import org.unknot.domain.Theme;
import org.unknot.session.CueKind;
import org.unknot.store.SettingsStore;
import org.unknot.ui.common.Formats;
import org.unknot.ui.common.QueuedRunner;
import org.unknot.ui.common.TempStorage;
import org.unknot.ui.player.RecordingCues;

class SettingsViewModelTest {

    @RegisterExtension
    final TempStorage temp = new TempStorage();
    private final QueuedRunner runner = new QueuedRunner();
    private final List<Theme> applied = new ArrayList<>();
    private final AtomicInteger safetyShown = new AtomicInteger();
    private final RecordingCues cues = new RecordingCues();

    private SettingsViewModel viewModel(ZoneId zone) {
        SettingsStore settings = temp.storage().settings();
        return new SettingsViewModel(settings, runner, settings.theme(), applied::add, zone,
                safetyShown::incrementAndGet, cues);
    }

    private SettingsViewModel viewModel() {
        return viewModel(TempStorage.CLOCK.getZone());
    }

    @Test
    void choosingDarkAppliesItAtOnceAndRemembersIt() {
        SettingsViewModel viewModel = viewModel();

        viewModel.chooseTheme(Theme.DARK);
        viewModel.chooseTheme(Theme.DARK);

        assertEquals(List.of(Theme.DARK), applied, "choosing the theme in force again does nothing");
        assertEquals(1, runner.drain());
        assertEquals(Theme.DARK, temp.storage().settings().theme());
    }

    @Test
    void showsWhenTheSafetyInformationWasReadInTheClocksZone() {
        temp.storage().settings().acknowledgeSafety(OffsetDateTime.parse("2026-11-20T23:30:00Z").toInstant());

        SettingsViewModel utc = viewModel();
        SettingsViewModel tokyo = viewModel(ZoneId.of("Asia/Tokyo"));
        utc.load();
        tokyo.load();
        runner.drain();

        assertEquals("You read it on " + Formats.day(LocalDate.of(2026, 11, 20)) + ".", utc.safetyStatusProperty().get());
        assertEquals("You read it on " + Formats.day(LocalDate.of(2026, 11, 21)) + ".", tokyo.safetyStatusProperty().get());
    }

    @Test
    void offersTheSafetyScreenAgain() {
        SettingsViewModel viewModel = viewModel();

        viewModel.showSafety();

        assertEquals(1, safetyShown.get());
    }

    @Test
    void loadingShowsTheStoredSettingsWithoutWritingThemBack() {
        temp.storage().settings().savePlayerSettings(new PlayerSettings(false, 40, true, 10));
        SettingsViewModel viewModel = viewModel();

        viewModel.load();

        assertEquals(1, runner.drain(), "one read and no write");
        assertFalse(viewModel.soundProperty().get());
        assertEquals(40, viewModel.volumeProperty().get());
        assertEquals(true, viewModel.voiceProperty().get());
        assertEquals(10, viewModel.prepSecondsProperty().get());
    }

    @Test
    void everyChangeIsSavedAndAnUnchangedValueIsNot() {
        temp.storage().settings().savePlayerSettings(new PlayerSettings(false, 40, true, 10));
        SettingsViewModel viewModel = viewModel();
        viewModel.load();
        runner.drain();

        viewModel.setSound(true);
        viewModel.setPrepSeconds(0);
        viewModel.setVolume(90);
        viewModel.setVolume(90);
        viewModel.setVoice(true);

        assertEquals(3, runner.drain(), "three changes, three writes");
        assertEquals(new PlayerSettings(true, 90, true, 0), temp.storage().settings().playerSettings());
    }

    @Test
    void aChangeMadeWhileTheSettingsLoadIsNotUndoneByTheLoad() {
        temp.storage().settings().savePlayerSettings(new PlayerSettings(true, 40, false, 10));
        SettingsViewModel viewModel = viewModel();
        viewModel.load();

        viewModel.setVolume(80);
        runner.drain();

        assertEquals(80, viewModel.volumeProperty().get());
        assertEquals(80, temp.storage().settings().playerSettings().volume());
    }

    @Test
    void aLoadStillOnItsWayWhenThePageIsLeftIsDropped() {
        temp.storage().settings().savePlayerSettings(new PlayerSettings(true, 40, false, 10));
        SettingsViewModel viewModel = viewModel();
        viewModel.load();

        viewModel.stop();
        runner.drain();

        assertEquals(PlayerSettings.DEFAULTS.volume(), viewModel.volumeProperty().get());
    }

    @Test
    void valuesOutsideTheirRangeAreClamped() {
        SettingsViewModel viewModel = viewModel();

        viewModel.setVolume(140);
        viewModel.setPrepSeconds(-3);
        runner.drain();

        assertEquals(PlayerSettings.MAX_VOLUME, temp.storage().settings().playerSettings().volume());
        assertEquals(0, temp.storage().settings().playerSettings().prepSeconds());
    }

    @Test
    void theTestChimePlaysAtTheChosenVolume() {
        SettingsViewModel viewModel = viewModel();
        viewModel.setVolume(50);

        viewModel.testSound();

        assertEquals(List.of(CueKind.STEP_START), cues.played());
        assertEquals(0.5, cues.volume(), 1e-9);
    }

    @Test
    void theTestChimeSaysSoWhenThereIsNoSoundDevice() {
        SettingsViewModel quiet = new SettingsViewModel(temp.storage().settings(), runner, Theme.LIGHT, applied::add,
                TempStorage.CLOCK.getZone(), safetyShown::incrementAndGet, new RecordingCues().withoutSoundDevice());
        SettingsViewModel heard = viewModel();

        quiet.testSound();
        heard.testSound();

        assertEquals("No sound device was found on this computer, so nothing can be heard; the player's screen still "
                + "flashes with every cue.", quiet.chimeNoteProperty().get());
        assertEquals("", heard.chimeNoteProperty().get());
    }

    @Test
    void aTypedCountdownOutsideItsRangeIsRefusedWithTheRangeAndNothingIsSaved() {
        temp.storage().settings().savePlayerSettings(new PlayerSettings(true, 40, false, 10));
        SettingsViewModel viewModel = viewModel();
        viewModel.load();
        runner.drain();

        assertEquals(10, viewModel.enterPrepSeconds("45"));
        assertEquals("\u201c45\u201d cannot be used: the countdown takes whole seconds from 0 to 30.",
                viewModel.prepProblemProperty().get());
        assertEquals(10, viewModel.enterPrepSeconds("five"));
        assertEquals("\u201cfive\u201d cannot be used: the countdown takes whole seconds from 0 to 30.",
                viewModel.prepProblemProperty().get());
        assertEquals(10, viewModel.enterPrepSeconds("-1"));
        assertEquals(10, viewModel.enterPrepSeconds(" "));
        assertEquals("An empty countdown cannot be used: the countdown takes whole seconds from 0 to 30.",
                viewModel.prepProblemProperty().get());
        assertEquals(0, runner.drain(), "nothing refused is written");

        assertEquals(30, viewModel.enterPrepSeconds(" 30 "));
        assertEquals("", viewModel.prepProblemProperty().get(), "a good value clears the sentence");
        assertEquals(1, runner.drain());
        assertEquals(30, temp.storage().settings().playerSettings().prepSeconds());
    }
}
