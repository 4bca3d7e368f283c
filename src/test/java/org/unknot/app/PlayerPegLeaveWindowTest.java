package org.unknot.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBase;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.unknot.domain.Area;
import org.unknot.domain.PegAnswer;
import org.unknot.domain.PerformedBy;
import org.unknot.domain.PlayerSettings;
import org.unknot.domain.Routine;
import org.unknot.domain.Step;
import org.unknot.domain.Tool;
import org.unknot.session.FakeClock;
import org.unknot.store.Storage;
import org.unknot.ui.player.RecordingCues;

/**
 * This week's PEG answered on the page after the week's first session and not saved: leaving with Esc or closing the
 * window asks first, Save the default, and Save writes the answers. The app's real background thread.
 */
@ExtendWith(ApplicationExtension.class)
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class PlayerPegLeaveWindowTest {

    /** Monday of the week of AppWindow.NOW (Sunday 22 November 2026). */
    private static final LocalDate WEEK = LocalDate.of(2026, 11, 16);
    private static final Routine QUICK = new Routine("Quick calves", "", PerformedBy.SELF, List.of(
            Step.of(Tool.FOAM_ROLLER, Area.CALVES, 10)));

    private final FakeClock time = new FakeClock();

    @RegisterExtension
    final AppWindow window = new AppWindow().time(time).cues(RecordingCues::new);

    @Start
    void start(Stage stage) throws Exception {
        window.seed(storage -> {
            storage.settings().acknowledgeSafety(AppWindow.NOW);
            storage.settings().savePlayerSettings(PlayerSettings.DEFAULTS.withPrepSeconds(0));
            storage.routines().add(QUICK);
        }).start(stage);
    }

    /** Plays the routine to its end and chooses the three PEG answers on the page after it, without saving. */
    private void finishAndAnswerThePeg(FxRobot robot) throws Exception {
        Waits.until(() -> robot.lookup("Quick calves").tryQuery().isPresent());
        robot.clickOn("Quick calves");
        robot.clickOn("#startButton");
        Waits.until(() -> robot.lookup("#readyPane").tryQuery().isPresent());
        robot.type(KeyCode.SPACE);
        time.advanceSeconds(20);
        Waits.until(() -> robot.lookup("#pegPane").tryQuery().map(pane -> pane.isVisible()).orElse(false));
        for (String id : new String[] {"#pegPain-6", "#pegEnjoyment-5", "#pegActivity-4"}) {
            robot.interact(() -> robot.lookup(id).queryAs(ButtonBase.class).fire());
        }
        robot.interact(() -> robot.lookup("#playerPage").query().requestFocus());
    }

    private static void assertSaveIsTheDefault(FxRobot robot) throws Exception {
        Waits.until(() -> robot.lookup("Save this week's PEG?").tryQuery().isPresent());
        assertEquals("Save", robot.lookup(".dialog-pane .button").match((Button b) -> b.isDefaultButton())
                .queryButton().getText(), "Enter saves");
    }

    private Optional<PegAnswer> pegInFile() throws Exception {
        window.exit();
        try (Storage storage = window.openData()) {
            return storage.peg().week(WEEK);
        }
    }

    @Test
    void escapeAsksAboutTheUnsavedPegAndSaveWritesItAndLeaves(FxRobot robot) throws Exception {
        finishAndAnswerThePeg(robot);

        robot.type(KeyCode.ESCAPE);
        assertSaveIsTheDefault(robot);
        AppWindow.answer(robot, "Save");

        Waits.until(() -> robot.lookup("#routinesPage").tryQuery().isPresent());
        assertEquals(Optional.of(new PegAnswer(WEEK, 6, 5, 4)), pegInFile());
    }

    @Test
    void closingTheWindowAsksAboutTheUnsavedPegAndSaveWritesItBeforeClosing(FxRobot robot) throws Exception {
        finishAndAnswerThePeg(robot);
        Stage stage = (Stage) robot.lookup("#playerPage").query().getScene().getWindow();
        // the window really closes; the toolkit must outlive it for the other tests
        Platform.setImplicitExit(false);

        Platform.runLater(() -> stage.fireEvent(new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST)));
        assertSaveIsTheDefault(robot);
        AppWindow.answer(robot, "Save");

        Waits.until(() -> !stage.isShowing());
        assertEquals(Optional.of(new PegAnswer(WEEK, 6, 5, 4)), pegInFile());
    }

    @Test
    void cancelKeepsThePageAndTheAnswers(FxRobot robot) throws Exception {
        finishAndAnswerThePeg(robot);

        robot.type(KeyCode.ESCAPE);
        AppWindow.answer(robot, "Cancel");

        assertTrue(robot.lookup("#afterPane").query().isVisible());
        assertTrue(robot.lookup("#pegEnjoyment-5").queryAs(javafx.scene.control.ToggleButton.class).isSelected(),
                "the answers stay as chosen");
        assertEquals(Optional.empty(), pegInFile());
    }
}
