package org.unknot.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.unknot.domain.TextSize;
import org.unknot.files.StarterRoutines;

/**
 * The text size in the real window: Ctrl + / Ctrl − / Ctrl 0 and the Settings slider scale the pages' text, and the
 * size chosen is there again at the next start. Disk work on the FX thread fails these tests.
 */
@ExtendWith(ApplicationExtension.class)
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class TextSizeWindowTest {

    private static final Clock CLOCK = AppWindow.CLOCK;
    /** The page title's size at 100 %, as unknot.css sets it (2em of the root's 15px). */
    private static final double TITLE = 30;

    @RegisterExtension
    final AppWindow window = new AppWindow();

    @Start
    void start(Stage stage) throws Exception {
        window.seed(StarterRoutines::load, storage -> storage.settings().acknowledgeSafety(CLOCK.instant()))
                .start(stage);
    }

    private static double titleSize(FxRobot robot, String page) {
        return robot.lookup(page + " .page-title").queryAs(Label.class).getFont().getSize();
    }

    private static void waitForRoutines(FxRobot robot) throws Exception {
        Waits.until(() -> robot.lookup("#routinesPage").tryQuery().isPresent());
    }

    private TextSize stored() throws Exception {
        return CompletableFuture.supplyAsync(() -> window.read(storage -> storage.settings().textSize())).get();
    }

    @Test
    void ctrlEqualsMakesTheTextLargerAndTheSizeIsThereAgainAfterReopening(FxRobot robot) throws Exception {
        waitForRoutines(robot);
        assertEquals(TITLE, titleSize(robot, "#routinesPage"), 0.01);
        double body = robot.lookup("#routinesPage .routine-name").queryAs(Label.class).getFont().getSize();

        robot.push(KeyCode.CONTROL, KeyCode.EQUALS);
        robot.push(KeyCode.CONTROL, KeyCode.EQUALS);
        Waits.until(() -> titleSize(robot, "#routinesPage") > TITLE);

        assertEquals(TITLE * 1.2, titleSize(robot, "#routinesPage"), 0.01);
        assertEquals(body * 1.2, robot.lookup("#routinesPage .routine-name").queryAs(Label.class).getFont().getSize(),
                0.01, "the routines' names grow with the titles");

        window.exit();
        assertEquals(new TextSize(120), stored());
        robot.interact(() -> window.start(new Stage()));
        waitForRoutines(robot);
        Waits.until(() -> titleSize(robot, "#routinesPage") > TITLE);
        assertEquals(TITLE * 1.2, titleSize(robot, "#routinesPage"), 0.01);
    }

    @Test
    void ctrlMinusAndCtrlZeroGoBackAndSettingsShowsTheSizeInForce(FxRobot robot) throws Exception {
        waitForRoutines(robot);
        for (int i = 0; i < 4; i++) {
            robot.push(KeyCode.CONTROL, KeyCode.ADD);
        }
        robot.push(KeyCode.CONTROL, KeyCode.MINUS);
        robot.clickOn("#navSettings");
        Waits.until(() -> robot.lookup("#textSizeValue").tryQuery().isPresent());

        assertEquals("130 %", robot.lookup("#textSizeValue").queryLabeled().getText());
        assertEquals(130, robot.lookup("#textSizeSlider").queryAs(Slider.class).getValue(), 0.01);
        assertEquals(TITLE * 1.3, titleSize(robot, "#settingsPage"), 0.01);

        robot.push(KeyCode.CONTROL, KeyCode.DIGIT0);
        Waits.until(() -> "100 %".equals(robot.lookup("#textSizeValue").queryLabeled().getText()));
        assertEquals(TITLE, titleSize(robot, "#settingsPage"), 0.01);
    }

    @Test
    void theSettingsSliderChoosesASizeThatScalesEveryPage(FxRobot robot) throws Exception {
        waitForRoutines(robot);
        robot.clickOn("#navSettings");
        Waits.until(() -> robot.lookup("#textSizeSlider").tryQuery().isPresent());

        Slider slider = robot.lookup("#textSizeSlider").queryAs(Slider.class);
        robot.interact(() -> slider.setValue(150));
        Waits.until(() -> "150 %".equals(robot.lookup("#textSizeValue").queryLabeled().getText()));
        assertEquals(TITLE * 1.5, titleSize(robot, "#settingsPage"), 0.01);

        robot.clickOn("#navHistory");
        Waits.until(() -> robot.lookup("#historyPage").tryQuery().isPresent());
        assertEquals(TITLE * 1.5, titleSize(robot, "#historyPage"), 0.01);
        assertTrue(robot.lookup("#historyPage .label").queryAllAs(Label.class).stream()
                .allMatch(label -> label.getFont().getSize() >= 15 * 1.5 * 0.8 - 0.01),
                "no text on History stays at the normal size");
        Waits.until(() -> {
            try {
                return new TextSize(150).equals(stored());
            } catch (Exception e) {
                return false;
            }
        });
    }

    @Test
    void aQuestionAskedOverTheWindowHasItsTextSize(FxRobot robot) throws Exception {
        waitForRoutines(robot);
        for (int i = 0; i < 5; i++) {
            robot.push(KeyCode.CONTROL, KeyCode.EQUALS);
        }
        Waits.until(() -> titleSize(robot, "#routinesPage") >= TITLE * 1.5 - 0.01);
        robot.push(KeyCode.CONTROL, KeyCode.N);
        Waits.until(() -> robot.lookup("#editorPage").tryQuery().isPresent());
        robot.clickOn("#nameField").write("Evening");

        robot.push(KeyCode.ESCAPE);
        Waits.until(() -> robot.lookup(".dialog-pane").tryQuery().isPresent());

        DialogPane question = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        Label text = (Label) question.lookup(".content");
        assertEquals(15 * 1.5, text.getFont().getSize(), 0.01);
        robot.clickOn("Cancel");
    }
}
