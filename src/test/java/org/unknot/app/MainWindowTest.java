package org.unknot.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.testfx.api.FxAssert.verifyThat;
import static org.testfx.matcher.base.NodeMatchers.isVisible;
import static org.testfx.matcher.control.LabeledMatchers.hasText;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.scene.control.ListView;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.unknot.domain.Routine;
import org.unknot.domain.Theme;
import org.unknot.files.StarterRoutines;
import org.unknot.session.FakeClock;
import org.unknot.store.DataFolder;
import org.unknot.store.InstanceLock;
import org.unknot.store.RoutineSummary;
import org.unknot.store.Storage;
import org.unknot.ui.common.Formats;
import org.unknot.ui.common.FxBackgroundRunner;

/**
 * The real main window over a real data folder, driven as a person would, with the app's real background thread:
 * disk work on the FX thread fails the test.
 */
@ExtendWith(ApplicationExtension.class)
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class MainWindowTest {

    private static final Clock CLOCK = AppWindow.CLOCK;

    @TempDir
    static Path folder;

    private final AtomicBoolean fatal = new AtomicBoolean();

    @RegisterExtension
    final AppWindow window = new AppWindow().onFatal(() -> fatal.set(true));

    @Start
    void start(Stage stage) {
        window.start(stage);
    }

    @Test
    void firstRunShowsTheSafetyScreenBeforeAnythingElse(FxRobot robot) throws Exception {
        Waits.until(() -> robot.lookup("#safetyPage").tryQuery().isPresent());
        verifyThat("#safetyPage", isVisible());
        verifyThat("#seekCareNow", isVisible());
        assertTrue(robot.lookup("#shell").tryQuery().isEmpty(), "the pages wait until the safety screen is read");
        assertFalse(fatal.get());
    }

    @Test
    void startingMakesTheDailyBackupOfTheDataFile() throws Exception {
        Waits.until(() -> Files.isRegularFile(window.data().resolve("backups").resolve("unknot-2026-11-22.db")));
    }

    @Test
    void enterAcknowledgesTheSafetyScreenAndShowsTheStarterRoutines(FxRobot robot) throws Exception {
        Waits.until(() -> robot.lookup("#acknowledgeButton").tryQuery().isPresent());
        robot.type(KeyCode.ENTER);
        skipHealthProfile(robot);
        Waits.until(() -> robot.lookup("Low-back relief").tryQuery().isPresent());

        verifyThat("#routinesPage", isVisible());
        ListView<RoutineSummary> list = robot.lookup("#routineList").queryListView();
        List<String> shown = list.getItems().stream().map(RoutineSummary::name).sorted().toList();
        List<String> starters = StarterRoutines.load().stream().map(Routine::name).sorted().toList();
        assertEquals(starters, shown);
        assertTrue(robot.lookup("Low-back relief").tryQuery().isPresent(), "the names are on screen");
        assertTrue(robot.lookup("#safetyPage").tryQuery().isEmpty());
    }

    @Test
    void theAcknowledgementIsStoredSoTheNextStartGoesStraightToTheRoutines(FxRobot robot) throws Exception {
        acknowledge(robot);
        verifyThat("#routinesPage", isVisible());

        window.exit();
        robot.interact(() -> window.start(new Stage()));
        Waits.until(() -> robot.lookup("#routinesPage").tryQuery().isPresent());

        assertTrue(robot.lookup("#safetyPage").tryQuery().isEmpty(), "no safety screen on the second start");
        verifyThat("#routinesPage", isVisible());
        assertFalse(fatal.get());
    }

    @Test
    void navigatesToHistoryAndSettingsWithHonestContent(FxRobot robot) throws Exception {
        acknowledge(robot);

        robot.clickOn("#navHistory");
        verifyThat("#historyPage", isVisible());
        Waits.until(() -> "No sessions in this range.".equals(robot.lookup("#sessionCount").queryLabeled().getText()));
        assertTrue(robot.lookup("#checkInCard").tryQuery().isPresent());
        assertEquals("No sessions in this range.", robot.lookup("#sessionCount").queryLabeled().getText());
        ToggleButton history = robot.lookup("#navHistory").queryAs(ToggleButton.class);
        assertTrue(history.isSelected());

        robot.clickOn("#navSettings");
        verifyThat("#settingsPage", isVisible());
        verifyThat("#dataFolderLabel", hasText(window.data().toString()));
        Waits.until(() -> ("You read it on " + Formats.day(LocalDate.of(2026, 11, 22)) + ".").equals(
                robot.lookup("#safetyStatus").queryLabeled().getText()));

        robot.clickOn("#navRoutines");
        verifyThat("#routinesPage", isVisible());
    }

    @Test
    void theDarkThemeIsRememberedAndTheSafetyScreenCanBeReadAgain(FxRobot robot) throws Exception {
        acknowledge(robot);
        robot.clickOn("#navSettings");

        robot.clickOn("#themeDark");
        // below the fold of the test window: pressed from the keyboard, as a user who tabs there does
        robot.interact(() -> robot.lookup("#showSafetyButton").query().requestFocus());
        robot.type(KeyCode.SPACE);
        verifyThat("#safetyPage", isVisible());
        robot.clickOn("#acknowledgeButton");

        Waits.until(() -> robot.lookup("#settingsPage").tryQuery().isPresent());
        window.exit();
        try (Storage storage = window.openData()) {
            assertEquals(Theme.DARK, storage.settings().theme());
            assertTrue(storage.settings().safetyAcknowledgedAt().isPresent());
        }
    }

    @Test
    void playerSettingsChangedWithTheControlsAreSavedAndShownAgainOnTheNextVisit(FxRobot robot) throws Exception {
        acknowledge(robot);
        robot.clickOn("#navSettings");
        Waits.until(() -> robot.lookup("#prepSpinner").tryQuery().isPresent());

        robot.interact(() -> robot.lookup("#volumeSlider").queryAs(javafx.scene.control.Slider.class).setValue(40));
        robot.clickOn("#soundSwitch .thumb-area");
        robot.interact(() -> robot.lookup("#prepSpinner").queryAs(javafx.scene.control.Spinner.class).increment(3));
        robot.clickOn("#navRoutines");
        robot.clickOn("#navSettings");
        Waits.until(() -> robot.lookup("#settingsPage").tryQuery().isPresent());

        assertFalse(robot.lookup("#soundSwitch").queryAs(org.controlsfx.control.ToggleSwitch.class).isSelected());
        assertEquals(8, robot.lookup("#prepSpinner").queryAs(javafx.scene.control.Spinner.class).getValue());
        window.exit();
        try (Storage storage = window.openData()) {
            assertEquals(new org.unknot.domain.PlayerSettings(false, 40, false, 8),
                    storage.settings().playerSettings());
        }
    }

    @Test
    void startUpThatFailsAfterOpeningTheDataLetsGoOfTheFileAndTheLock(FxRobot robot) throws Exception {
        Path other = Files.createTempDirectory(folder, "failing");
        FxBackgroundRunner failing = new FxBackgroundRunner();
        AppContext broken = new AppContext(new DataFolder(other), failing, CLOCK, new FakeClock(), () -> {
            throw new IllegalStateException("The sound system could not be opened.");
        }, Optional.empty());
        AtomicBoolean ended = new AtomicBoolean();
        robot.interact(() -> broken.start(new Stage(), () -> ended.set(true)));

        Waits.until(() -> robot.lookup("Unknot cannot open your data").tryQuery().isPresent());
        try (InstanceLock lock = InstanceLock.acquire(new DataFolder(other))) {
            assertTrue(Files.isRegularFile(other.resolve("unknot.db")), "the data file had been opened");
            assertFalse(Files.exists(other.resolve("unknot.db-wal")), "and closed: its log is folded back in");
        }
        robot.interact(() -> robot.lookup(".dialog-pane .button").queryButton().fire());
        Waits.until(ended::get);
        failing.close();
    }

    /** Acknowledges the safety screen of the first run and waits for the library. */
    private static void acknowledge(FxRobot robot) throws Exception {
        Waits.until(() -> robot.lookup("#acknowledgeButton").tryQuery().isPresent());
        robot.clickOn("#acknowledgeButton");
        skipHealthProfile(robot);
        Waits.until(() -> robot.lookup("#routinesPage").tryQuery().isPresent());
    }

    /** The health profile is offered once after the first-run safety screen; these tests skip it. */
    private static void skipHealthProfile(FxRobot robot) throws Exception {
        Waits.until(() -> robot.lookup("#skipProfileButton").tryQuery().isPresent());
        robot.clickOn("#skipProfileButton");
    }
}
