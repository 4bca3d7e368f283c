package org.unknot.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.testfx.api.FxAssert.verifyThat;
import static org.testfx.matcher.base.NodeMatchers.isVisible;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.event.Event;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
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
import org.unknot.store.Storage;
import org.unknot.ui.player.RecordingCues;

/**
 * The player in the real window, driven from the keyboard as a person on the floor would, with the app's real
 * background thread: disk work on the FX thread fails the test.
 */
@ExtendWith(ApplicationExtension.class)
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class PlayerWindowTest {

    private static final Clock CLOCK = AppWindow.CLOCK;
    private static final Routine QUICK = new Routine("Quick calves", "", PerformedBy.SELF, List.of(
            Step.of(Tool.FOAM_ROLLER, Area.CALVES, 10).withSide(Side.EACH),
            Step.rest(5, "Breathe")));

    private final FakeClock time = new FakeClock();
    private final RecordingCues cues = new RecordingCues();

    @RegisterExtension
    final AppWindow window = new AppWindow().time(time).cues(() -> cues);

    @Start
    void start(Stage stage) throws Exception {
        window.seed(storage -> {
            storage.settings().acknowledgeSafety(CLOCK.instant());
            storage.settings().savePlayerSettings(PlayerSettings.DEFAULTS.withPrepSeconds(0));
            storage.routines().add(QUICK);
        }).start(stage);
    }

    /** Opens the player ready on the routine, from the library. */
    private void openQuickCalves(FxRobot robot) throws Exception {
        Waits.until(() -> robot.lookup("Quick calves").tryQuery().isPresent());
        robot.clickOn("Quick calves");
        robot.clickOn("#startButton");
        Waits.until(() -> robot.lookup("#readyPane").tryQuery().isPresent());
    }

    private void advance(double seconds) {
        time.advanceSeconds(seconds);
    }


    private String remaining(FxRobot robot) {
        return robot.lookup("#remaining").queryAs(Label.class).getText();
    }

    @Test
    void startWithSpacePauseSkipFinishAndRateFromTheKeyboard(FxRobot robot) throws Exception {
        openQuickCalves(robot);
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
        window.exit();
        try (Storage storage = window.openData()) {
            SessionRecord session = storage.sessions().recent(1).get(0);
            assertEquals(SessionStatus.COMPLETED, session.status());
            assertEquals(Optional.of(new PainScore(3)), session.painAfter());
            assertEquals(18, session.doneSeconds(), "3 s on the left side, 10 on the right, 5 of rest");
        }
        assertEquals(CueKind.END, cues.played().get(cues.played().size() - 1));
    }

    @Test
    void escapeAsksWhyAndTheAnswerIsStored(FxRobot robot) throws Exception {
        openQuickCalves(robot);
        robot.type(KeyCode.SPACE);
        advance(4);
        Waits.until(() -> "00:06".equals(remaining(robot)));

        robot.type(KeyCode.ESCAPE);
        verifyThat("#stopPane", isVisible());
        robot.clickOn("#stopReason-equipment");

        Waits.until(() -> robot.lookup("#afterPane").tryQuery().isPresent());
        robot.clickOn("#skipRatingButton");
        window.exit();
        try (Storage storage = window.openData()) {
            SessionRecord session = storage.sessions().recent(1).get(0);
            assertEquals(SessionStatus.STOPPED, session.status());
            assertEquals("equipment", session.stopReason().orElseThrow().id());
            assertEquals(4, session.doneSeconds());
        }
    }

    @Test
    void backOnTheReadyScreenReturnsToTheRoutinesWithoutRecording(FxRobot robot) throws Exception {
        openQuickCalves(robot);

        robot.type(KeyCode.ESCAPE);

        Waits.until(() -> robot.lookup("#routinesPage").tryQuery().isPresent());
        window.exit();
        try (Storage storage = window.openData()) {
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
        assertTrue(robot.lookup(".dialog-pane .button").match((Button b) -> b.isDefaultButton()).queryButton()
                .getText().equals("Keep going"), "Enter keeps the session going");
        Button button = robot.lookup(".dialog-pane .button").match((Button b) -> answer.equals(b.getText()))
                .queryButton();
        robot.interact(button::fire);
        return stage;
    }

    @Test
    void closingTheWindowMidSessionAsksAndThenRecordsTheSessionAsStopped(FxRobot robot) throws Exception {
        openQuickCalves(robot);
        robot.type(KeyCode.SPACE);
        advance(6);
        Waits.until(() -> "00:04".equals(remaining(robot)));

        Stage stage = requestClose(robot, "Stop and close");

        Waits.until(() -> !stage.isShowing());
        window.exit();
        try (Storage storage = window.openData()) {
            SessionRecord session = storage.sessions().recent(1).get(0);
            assertEquals(SessionStatus.STOPPED, session.status());
            assertEquals("other", session.stopReason().orElseThrow().id());
            assertEquals(6, session.doneSeconds());
        }
    }

    @Test
    void cancellingTheCloseKeepsTheSessionGoing(FxRobot robot) throws Exception {
        openQuickCalves(robot);
        robot.type(KeyCode.SPACE);

        Stage stage = requestClose(robot, "Keep going");
        advance(2);

        Waits.until(() -> "00:08".equals(remaining(robot)));
        assertTrue(stage.isShowing());
        verifyThat("#runningPane", isVisible());
    }

    /** Sends a key event to the window as the operating system does, through the scene's filters. */
    private static void key(FxRobot robot, javafx.event.EventType<KeyEvent> type, KeyCode code) {
        Node target = robot.lookup("#playerPage").query();
        robot.interact(() -> Event.fireEvent(target,
                new KeyEvent(type, "", "", code, false, false, false, false)));
    }

    @Test
    void holdingAKeyActsOnce(FxRobot robot) throws Exception {
        openQuickCalves(robot);
        robot.type(KeyCode.SPACE);
        Waits.until(() -> robot.lookup("#runningPane").tryQuery().isPresent());

        // A held key (or a foot pedal) repeats its press until it is let go: presses with no release between them.
        for (int repeat = 0; repeat < 4; repeat++) {
            key(robot, KeyEvent.KEY_PRESSED, KeyCode.RIGHT);
        }
        key(robot, KeyEvent.KEY_RELEASED, KeyCode.RIGHT);

        assertTrue(robot.lookup("#runningPane").tryQuery().isPresent(), "the repeats did not skip to the end");
        assertTrue(robot.lookup("#areaLabel").queryAs(Label.class).getText().endsWith("Right side"));
        assertEquals("Step 1 of 2", robot.lookup("#stepCounter").queryAs(Label.class).getText(),
                "one skip: to the right side of the first step, not past the rest");

        key(robot, KeyEvent.KEY_PRESSED, KeyCode.RIGHT);
        key(robot, KeyEvent.KEY_RELEASED, KeyCode.RIGHT);
        assertEquals("Step 2 of 2", robot.lookup("#stepCounter").queryAs(Label.class).getText(),
                "once let go, the key acts again");
    }

    @Test
    void plusAddsThirtySecondsToTheStep(FxRobot robot) throws Exception {
        openQuickCalves(robot);
        robot.type(KeyCode.SPACE);
        advance(4);
        Waits.until(() -> "00:06".equals(remaining(robot)));

        robot.type(KeyCode.ADD);
        Waits.until(() -> "00:36".equals(remaining(robot)));
        robot.push(KeyCode.SHIFT, KeyCode.EQUALS);

        Waits.until(() -> "01:06".equals(remaining(robot)));
    }

    @Test
    void enterInTheNoteSavesTheNoteAndLeavesAndTheScoreWasSavedWhenChosen(FxRobot robot) throws Exception {
        openQuickCalves(robot);
        robot.type(KeyCode.SPACE);
        advance(30);
        Waits.until(() -> robot.lookup("#afterPane").tryQuery().isPresent());
        robot.type(KeyCode.DIGIT2);
        robot.clickOn("#noteField");
        robot.write("Loose");

        robot.type(KeyCode.ENTER);

        Waits.until(() -> robot.lookup("#routinesPage").tryQuery().isPresent());
        window.exit();
        try (Storage storage = window.openData()) {
            SessionRecord session = storage.sessions().recent(1).get(0);
            assertEquals(Optional.of(new PainScore(2)), session.painAfter());
            assertEquals("Loose", session.notes());
        }
    }

    @Test
    void escapeOnTheRatingScreenAsksBeforeLosingTheAreasAndCancelKeepsThem(FxRobot robot) throws Exception {
        openQuickCalves(robot);
        robot.type(KeyCode.SPACE);
        advance(30);
        Waits.until(() -> robot.lookup("#afterPane").tryQuery().isPresent());
        robot.type(KeyCode.DIGIT4);
        robot.clickOn("#area-calves");

        robot.type(KeyCode.ESCAPE);
        Waits.until(() -> robot.lookup("Save your rating before leaving?").tryQuery().isPresent());
        Button cancel = robot.lookup(".dialog-pane .button").match((Button b) -> "Cancel".equals(b.getText()))
                .queryButton();
        robot.interact(cancel::fire);

        Waits.until(() -> robot.lookup("#painAfter4").tryQuery().isPresent());
        assertTrue(robot.lookup("#painAfter4").queryAs(javafx.scene.control.ToggleButton.class).isSelected(),
                "the rating is still there");
        assertTrue(robot.lookup("#area-calves").queryAs(javafx.scene.control.ToggleButton.class).isSelected(),
                "and so is the area");
        verifyThat("#afterPane", isVisible());
    }

    @Test
    void aSessionLeftInProgressIsMarkedInterruptedAtTheNextStartAndTheUserIsTold(FxRobot robot) throws Exception {
        Waits.until(() -> robot.lookup("#routinesPage").tryQuery().isPresent());
        window.exit();
        CompletableFuture.runAsync(() -> {
            try (Storage storage = window.openData()) {
                long id = storage.sessions().start(Optional.empty(), QUICK, CLOCK.instant());
                storage.sessions().recordStep(id, 0, org.unknot.domain.StepOutcome.COMPLETED, 20, 0);
            }
        }).get();

        robot.interact(() -> window.start(new Stage()));
        // the first window is still open beside the new one: look at every notice
        Waits.until(() -> robot.lookup("#noticeText").queryAllAs(Label.class).stream()
                .anyMatch(notice -> notice.getText().startsWith("Your last session was interrupted")));
        window.exit();
        try (Storage storage = window.openData()) {
            SessionRecord session = storage.sessions().recent(1).get(0);
            assertEquals(SessionStatus.INTERRUPTED, session.status());
            assertEquals(20, session.doneSeconds());
        }
    }
}
