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
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.scene.control.ListView;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.unknot.domain.Routine;
import org.unknot.domain.Theme;
import org.unknot.files.StarterRoutines;
import org.unknot.session.FakeClock;
import org.unknot.store.DataFolder;
import org.unknot.store.RoutineSummary;
import org.unknot.store.Storage;
import org.unknot.ui.common.ImmediateRunner;
import org.unknot.ui.player.RecordingCues;

/** The real main window over a real data folder, driven as a person would. */
@ExtendWith(ApplicationExtension.class)
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class MainWindowTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-22T10:00:00Z"), ZoneOffset.UTC);

    @TempDir
    static Path folder;

    private AppContext context;
    private Path data;
    private final AtomicBoolean fatal = new AtomicBoolean();

    @Start
    void start(Stage stage) throws Exception {
        data = Files.createTempDirectory(folder, "data");
        context = new AppContext(new DataFolder(data), new ImmediateRunner(), CLOCK, new FakeClock(), RecordingCues::new,
                Optional.empty());
        context.start(stage, () -> fatal.set(true));
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(context::close);
    }

    @Test
    void firstRunShowsTheSafetyScreenBeforeAnythingElse(FxRobot robot) {
        verifyThat("#safetyPage", isVisible());
        verifyThat("#seekCareNow", isVisible());
        assertTrue(robot.lookup("#shell").tryQuery().isEmpty(), "the pages wait until the safety screen is read");
        assertFalse(fatal.get());
    }

    @Test
    void startingMakesTheDailyBackupOfTheDataFile() {
        assertTrue(Files.isRegularFile(data.resolve("backups").resolve("unknot-2026-11-22.db")));
    }

    @Test
    void enterAcknowledgesTheSafetyScreenAndShowsTheStarterRoutines(FxRobot robot) {
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

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
        robot.clickOn("#acknowledgeButton");
        WaitForAsyncUtils.waitForFxEvents();
        verifyThat("#routinesPage", isVisible());

        robot.interact(context::close);
        robot.interact(() -> {
            Stage stage = new Stage();
            context = new AppContext(new DataFolder(data), new ImmediateRunner(), CLOCK, new FakeClock(),
                    RecordingCues::new, Optional.empty());
            context.start(stage, () -> fatal.set(true));
        });
        WaitForAsyncUtils.waitForFxEvents();

        assertTrue(robot.lookup("#safetyPage").tryQuery().isEmpty(), "no safety screen on the second start");
        verifyThat("#routinesPage", isVisible());
        assertFalse(fatal.get());
    }

    @Test
    void navigatesToHistoryAndSettingsWithHonestContent(FxRobot robot) {
        robot.clickOn("#acknowledgeButton");

        robot.clickOn("#navHistory");
        verifyThat("#historyPage", isVisible());
        assertTrue(robot.lookup("#checkInCard").tryQuery().isPresent());
        assertEquals("No sessions in this range.", robot.lookup("#sessionCount").queryLabeled().getText());
        ToggleButton history = robot.lookup("#navHistory").queryAs(ToggleButton.class);
        assertTrue(history.isSelected());

        robot.clickOn("#navSettings");
        verifyThat("#settingsPage", isVisible());
        verifyThat("#dataFolderLabel", hasText(data.toString()));
        verifyThat("#safetyStatus", hasText("You read it on 22 November 2026."));

        robot.clickOn("#navRoutines");
        verifyThat("#routinesPage", isVisible());
    }

    @Test
    void theDarkThemeIsRememberedAndTheSafetyScreenCanBeReadAgain(FxRobot robot) {
        robot.clickOn("#acknowledgeButton");
        robot.clickOn("#navSettings");

        robot.clickOn("#themeDark");
        robot.clickOn("#showSafetyButton");
        verifyThat("#safetyPage", isVisible());
        robot.clickOn("#acknowledgeButton");

        verifyThat("#settingsPage", isVisible());
        robot.interact(context::close);
        try (Storage storage = Storage.open(new DataFolder(data), CLOCK, List::of)) {
            assertEquals(Theme.DARK, storage.settings().theme());
            assertTrue(storage.settings().safetyAcknowledgedAt().isPresent());
        }
    }
}
