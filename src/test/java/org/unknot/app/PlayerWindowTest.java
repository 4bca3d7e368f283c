package org.unknot.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.testfx.api.FxAssert.verifyThat;
import static org.testfx.matcher.base.NodeMatchers.isVisible;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.unknot.domain.Area;
import org.unknot.domain.PainScore;
import org.unknot.domain.PerformedBy;
import org.unknot.domain.PlayerSettings;
import org.unknot.domain.Routine;
import org.unknot.domain.SessionRecord;
import org.unknot.domain.SessionStatus;
import org.unknot.domain.Side;
import org.unknot.domain.Step;
import org.unknot.domain.Tool;
import org.unknot.session.CueKind;
import org.unknot.session.FakeClock;
import org.unknot.store.DataFolder;
import org.unknot.store.Storage;
import org.unknot.ui.common.ImmediateRunner;
import org.unknot.ui.player.RecordingCues;

/** The player in the real window, driven from the keyboard as a person on the floor would. */
@ExtendWith(ApplicationExtension.class)
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class PlayerWindowTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-22T10:00:00Z"), ZoneOffset.UTC);
    private static final Routine QUICK = new Routine("Quick calves", "", PerformedBy.SELF, List.of(
            Step.of(Tool.FOAM_ROLLER, Area.CALVES, 10).withSide(Side.EACH),
            Step.rest(5, "Breathe")));

    @TempDir
    static Path folder;

    private final FakeClock time = new FakeClock();
    private final RecordingCues cues = new RecordingCues();
    private AppContext context;
    private Path data;

    @Start
    void start(Stage stage) throws Exception {
        data = Files.createTempDirectory(folder, "data");
        try (Storage storage = Storage.open(new DataFolder(data), CLOCK, List::of)) {
            storage.settings().acknowledgeSafety(CLOCK.instant());
            storage.settings().savePlayerSettings(PlayerSettings.DEFAULTS.withPrepSeconds(0));
            storage.routines().add(QUICK);
        }
        context = new AppContext(new DataFolder(data), new ImmediateRunner(), CLOCK, time, () -> cues,
                Optional.empty());
        context.start(stage, () -> { });
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(context::close);
    }

    private void advance(double seconds) {
        time.advanceSeconds(seconds);
    }


    private String remaining(FxRobot robot) {
        return robot.lookup("#remaining").queryAs(Label.class).getText();
    }

    @Test
    void startWithSpacePauseSkipFinishAndRateFromTheKeyboard(FxRobot robot) throws Exception {
        robot.clickOn("Quick calves");
        robot.clickOn("#startButton");
        verifyThat("#readyPane", isVisible());

        robot.type(KeyCode.SPACE);
        verifyThat("#runningPane", isVisible());
        assertEquals("00:10", remaining(robot));

        advance(3);
        Waits.until(() -> "00:07".equals(remaining(robot)));

        robot.type(KeyCode.SPACE);
        advance(120);
        WaitForAsyncUtils.sleep(100, TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("00:07", remaining(robot), "a paused session does not count down");
        verifyThat("#pausedLabel", isVisible());

        robot.type(KeyCode.SPACE);
        robot.type(KeyCode.RIGHT);
        Waits.until(() -> robot.lookup("#areaLabel").queryAs(Label.class).getText().contains("Right side"));
        assertEquals("00:10", remaining(robot));

        advance(16);
        Waits.until(() -> robot.lookup("#afterPane").tryQuery().isPresent());
        robot.type(KeyCode.DIGIT3);
        robot.type(KeyCode.ENTER);

        Waits.until(() -> robot.lookup("#routinesPage").tryQuery().isPresent());
        robot.interact(context::close);
        try (Storage storage = Storage.open(new DataFolder(data), CLOCK, List::of)) {
            SessionRecord session = storage.sessions().recent(1).get(0);
            assertEquals(SessionStatus.COMPLETED, session.status());
            assertEquals(Optional.of(new PainScore(3)), session.painAfter());
            assertEquals(18, session.doneSeconds(), "3 s on the left side, 10 on the right, 5 of rest");
        }
        assertEquals(CueKind.END, cues.played().get(cues.played().size() - 1));
    }

    @Test
    void escapeAsksWhyAndTheAnswerIsStored(FxRobot robot) throws Exception {
        robot.clickOn("Quick calves");
        robot.clickOn("#startButton");
        robot.type(KeyCode.SPACE);
        advance(4);
        Waits.until(() -> "00:06".equals(remaining(robot)));

        robot.type(KeyCode.ESCAPE);
        verifyThat("#stopPane", isVisible());
        robot.clickOn("#stopReason-equipment");

        Waits.until(() -> robot.lookup("#afterPane").tryQuery().isPresent());
        robot.clickOn("#skipRatingButton");
        robot.interact(context::close);
        try (Storage storage = Storage.open(new DataFolder(data), CLOCK, List::of)) {
            SessionRecord session = storage.sessions().recent(1).get(0);
            assertEquals(SessionStatus.STOPPED, session.status());
            assertEquals("equipment", session.stopReason().orElseThrow().id());
            assertEquals(4, session.doneSeconds());
        }
    }

    @Test
    void backOnTheReadyScreenReturnsToTheRoutinesWithoutRecording(FxRobot robot) {
        robot.clickOn("Quick calves");
        robot.clickOn("#startButton");

        robot.type(KeyCode.ESCAPE);

        verifyThat("#routinesPage", isVisible());
        robot.interact(context::close);
        try (Storage storage = Storage.open(new DataFolder(data), CLOCK, List::of)) {
            assertEquals(0, storage.sessions().count());
        }
        assertTrue(cues.played().isEmpty());
    }

    /** Asks the window to close, as its close button does, and answers the question with {@code answer}. */
    private Stage requestClose(FxRobot robot, String answer) throws Exception {
        Stage stage = (Stage) robot.lookup("#playerPage").query().getScene().getWindow();
        // The window really closes once the user agrees; the toolkit must outlive it for the other tests.
        Platform.setImplicitExit(false);
        Platform.runLater(() -> stage.fireEvent(new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST)));
        Waits.until(() -> robot.lookup("Stop this session and close Unknot?").tryQuery().isPresent());
        Button button = robot.lookup(".dialog-pane .button").match((Button b) -> answer.equals(b.getText()))
                .queryButton();
        robot.interact(button::fire);
        return stage;
    }

    @Test
    void closingTheWindowMidSessionAsksAndThenRecordsTheSessionAsStopped(FxRobot robot) throws Exception {
        robot.clickOn("Quick calves");
        robot.clickOn("#startButton");
        robot.type(KeyCode.SPACE);
        advance(6);
        Waits.until(() -> "00:04".equals(remaining(robot)));

        Stage stage = requestClose(robot, "OK");

        Waits.until(() -> !stage.isShowing());
        robot.interact(context::close);
        try (Storage storage = Storage.open(new DataFolder(data), CLOCK, List::of)) {
            SessionRecord session = storage.sessions().recent(1).get(0);
            assertEquals(SessionStatus.STOPPED, session.status());
            assertEquals("other", session.stopReason().orElseThrow().id());
            assertEquals(6, session.doneSeconds());
        }
    }

    @Test
    void cancellingTheCloseKeepsTheSessionGoing(FxRobot robot) throws Exception {
        robot.clickOn("Quick calves");
        robot.clickOn("#startButton");
        robot.type(KeyCode.SPACE);

        Stage stage = requestClose(robot, "Cancel");
        advance(2);

        Waits.until(() -> "00:08".equals(remaining(robot)));
        assertTrue(stage.isShowing());
        verifyThat("#runningPane", isVisible());
    }

    @Test
    void holdingAKeyActsOnce(FxRobot robot) throws Exception {
        robot.clickOn("Quick calves");
        robot.clickOn("#startButton");
        robot.type(KeyCode.SPACE);

        // A held key (or a foot pedal) sends its press again and again until it is let go.
        robot.press(KeyCode.RIGHT);
        robot.press(KeyCode.RIGHT);
        robot.press(KeyCode.RIGHT);
        robot.release(KeyCode.RIGHT);

        Waits.until(() -> robot.lookup("#areaLabel").queryAs(Label.class).getText().contains("Right side"));
        assertEquals("Step 1 of 2", robot.lookup("#stepCounter").queryAs(Label.class).getText(),
                "one skip: to the right side of the first step, not past the rest");
    }
}
