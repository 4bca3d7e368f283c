package org.unknot.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.testfx.api.FxAssert.verifyThat;
import static org.testfx.matcher.base.NodeMatchers.isVisible;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.unknot.domain.Area;
import org.unknot.domain.PerformedBy;
import org.unknot.domain.PlayerSettings;
import org.unknot.domain.RedFlag;
import org.unknot.domain.RedFlagCheck;
import org.unknot.domain.RedFlagReason;
import org.unknot.domain.RedFlagUrgency;
import org.unknot.domain.Routine;
import org.unknot.domain.Step;
import org.unknot.domain.Tool;
import org.unknot.session.FakeClock;

/**
 * The red-flag questions in the real window over a real data file, with the app's real background thread: disk work
 * on the FX thread fails the test.
 */
@ExtendWith(ApplicationExtension.class)
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class RedFlagWindowTest {

    private static final Clock CLOCK = AppWindow.CLOCK;
    private static final Routine CALVES = new Routine("Quick calves", "", PerformedBy.SELF,
            List.of(Step.of(Tool.FOAM_ROLLER, Area.CALVES, 30)));

    private final FakeClock time = new FakeClock();

    @RegisterExtension
    final AppWindow window = new AppWindow().time(time);

    /** The shared stage's size as the app opened it; given back after each test, for the tests that follow. */
    private double widthBefore;
    private double heightBefore;

    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @AfterEach
    void close() throws Exception {
        window.exit();
        if (window.context() == null) {
            return;
        }
        WaitForAsyncUtils.asyncFx(() -> {
            stage.setWidth(widthBefore);
            stage.setHeight(heightBefore);
        }).get();
    }

    private Optional<RedFlagCheck> storedCheck() {
        return window.stored(storage -> storage.redFlags().lastCheck());
    }

    /** Opens the window over a data folder whose safety screen was acknowledged at {@code acknowledged}. */
    private void open(FxRobot robot, Instant acknowledged) throws Exception {
        window.seed(storage -> {
            storage.settings().acknowledgeSafety(acknowledged);
            storage.settings().savePlayerSettings(PlayerSettings.DEFAULTS.withPrepSeconds(0));
            storage.routines().add(CALVES);
        });
        robot.interact(() -> {
            window.start(stage);
            widthBefore = stage.getWidth();
            heightBefore = stage.getHeight();
        });
    }

    @Test
    void aStopBecausePainGotWorseOpensTheCheckAndAYesShowsTheUrgentSentenceAndIsStored(FxRobot robot)
            throws Exception {
        open(robot, CLOCK.instant());
        Waits.until(() -> robot.lookup("Quick calves").tryQuery().isPresent());
        robot.clickOn("Quick calves");
        robot.clickOn("#startButton");
        Waits.until(() -> robot.lookup("#readyPane").tryQuery().isPresent());
        robot.type(KeyCode.SPACE);
        time.advanceSeconds(5);
        robot.type(KeyCode.ESCAPE);
        Waits.until(() -> robot.lookup("#stopPane").tryQuery().isPresent());
        robot.clickOn("#stopReason-pain-worse");
        Waits.until(() -> robot.lookup("#afterPane").tryQuery().isPresent());
        assertTrue(robot.lookup("#redFlagCheck").tryQuery().isEmpty(), "the rating comes first");
        robot.clickOn("#skipRatingButton");

        Waits.until(() -> robot.lookup("#redFlagCheck").tryQuery().isPresent());
        verifyThat("#redFlagCheck", isVisible());
        assertFalse(robot.lookup("#redFlagAdvice").query().isVisible(), "no advice before a yes");
        verifyThat("#redFlagsToSave", isVisible());
        // From the keyboard: the first question has the focus; Tab goes to its No, Space chooses it.
        assertEquals("redFlag-saddle-numbness-yes", stage.getScene().getFocusOwner().getId());
        robot.type(KeyCode.TAB);
        robot.type(KeyCode.SPACE);
        Waits.until(() -> robot.lookup("#redFlag-saddle-numbness-no").queryAs(ToggleButton.class).isSelected());

        robot.clickOn("#redFlag-leg-weakness-yes");
        Waits.until(() -> robot.lookup("#redFlagAdvice").query().isVisible());
        assertTrue(adviceText(robot).startsWith(RedFlagUrgency.EMERGENCY.instruction()), adviceText(robot));
        for (RedFlag flag : RedFlag.values()) {
            if (flag != RedFlag.LEG_WEAKNESS && flag != RedFlag.SADDLE_NUMBNESS) {
                robot.clickOn("#redFlag-" + flag.id() + "-no");
            }
        }
        Waits.until(() -> !robot.lookup("#saveRedFlagsButton").query().isDisabled());
        assertFalse(robot.lookup("#redFlagsToSave").query().isVisible(), "every question is answered");
        robot.clickOn("#saveRedFlagsButton");

        Waits.until(() -> "Done".equals(robot.lookup("#notNowRedFlagsButton").queryAs(Button.class).getText()));
        assertTrue(adviceText(robot).startsWith(RedFlagUrgency.EMERGENCY.instruction()), "still shown after saving");
        robot.clickOn("#notNowRedFlagsButton");
        Waits.until(() -> robot.lookup("#routinesPage").tryQuery().isPresent());
        assertTrue(robot.lookup("#redFlagCheck").tryQuery().isEmpty());

        RedFlagCheck stored = storedCheck().orElseThrow();
        assertEquals(RedFlagReason.PAIN_WORSE_STOP, stored.reason());
        assertEquals(List.of(RedFlag.LEG_WEAKNESS), stored.yes());
        assertEquals(CLOCK.instant(), stored.answeredAt());
    }

    private static String adviceText(FxRobot robot) {
        return robot.lookup("#redFlagAdvice .label").queryAs(Label.class).getText();
    }

    @Test
    void aMonthAfterTheSafetyScreenTheQuestionsAreOfferedAndNotNowReturnsToThePage(FxRobot robot) throws Exception {
        open(robot, CLOCK.instant().minus(RedFlagCheck.MONTHLY));
        Waits.until(() -> robot.lookup("#redFlagReminder").tryQuery().map(node -> node.isVisible()).orElse(false));
        robot.clickOn("#navHistory");
        Waits.until(() -> robot.lookup("#historyPage").tryQuery().isPresent());

        robot.clickOn("#answerRedFlagsButton");
        Waits.until(() -> robot.lookup("#redFlagCheck").tryQuery().isPresent());
        assertTrue(robot.lookup("#shell").tryQuery().isEmpty(), "the questions take the window, not a small dialog");
        robot.type(KeyCode.ESCAPE);

        Waits.until(() -> robot.lookup("#historyPage").tryQuery().isPresent());
        assertTrue(robot.lookup("#redFlagCheck").tryQuery().isEmpty());
        assertFalse(robot.lookup("#redFlagReminder").query().isVisible());
        assertEquals(Optional.empty(), storedCheck(), "Not now keeps nothing");
    }

    @Test
    void theQuestionsTheAdviceAndTheButtonsFitAt1024By768WithoutCutText(FxRobot robot) throws Exception {
        open(robot, CLOCK.instant().minus(RedFlagCheck.MONTHLY));
        robot.interact(() -> {
            stage.setWidth(Math.floor(1024 * 0.9));
            stage.setHeight(Math.floor(768 * 0.9));
        });
        Waits.until(() -> robot.lookup("#redFlagReminder").tryQuery().map(node -> node.isVisible()).orElse(false));
        robot.clickOn("#answerRedFlagsButton");
        Waits.until(() -> robot.lookup("#redFlagCheck").tryQuery().isPresent());
        robot.clickOn("#redFlag-fall-yes");
        robot.clickOn("#redFlag-bladder-bowel-yes");
        Waits.until(() -> robot.lookup("#redFlagAdvice .label").queryAll().size() == 2);

        double bottom = stage.getScene().getHeight();
        for (String id : List.of("#redFlagAdvice", "#saveRedFlagsButton", "#notNowRedFlagsButton")) {
            Node node = robot.lookup(id).query();
            assertTrue(node.localToScene(node.getLayoutBounds()).getMaxY() <= bottom + 0.5, id + " is on screen");
        }
        for (Label label : robot.lookup("#redFlagCheck .label").queryAllAs(Label.class)) {
            if (label.isVisible() && label.getScene() != null && !label.getText().isEmpty()) {
                Text drawn = (Text) label.lookup(".text");
                assertEquals(label.getText(), drawn.getText(), "cut off: " + label.getText());
            }
        }

        robot.interact(() -> stage.setWidth(760));
        Waits.until(() -> stage.getScene().getWidth() <= 761);
        Label intro = robot.lookup("#redFlagCheck .page-subtitle").queryAs(Label.class);
        Waits.until(() -> intro.getText().equals(((Text) intro.lookup(".text")).getText()));
    }

    @Test
    void noOfferWithinAMonthOfTheSafetyScreen(FxRobot robot) throws Exception {
        open(robot, CLOCK.instant().minus(RedFlagCheck.MONTHLY).plusSeconds(60));
        Waits.until(() -> robot.lookup("Quick calves").tryQuery().isPresent());
        // The background thread runs in order: once this has come back, the look at the last check has too.
        AtomicBoolean settled = new AtomicBoolean();
        window.runner().run(() -> true, settled::set, failure -> { });
        Waits.until(settled::get);

        assertFalse(robot.lookup("#redFlagReminder").query().isVisible());
    }
}
