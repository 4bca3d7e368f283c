package org.unknot.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.unknot.domain.HealthProfile;
import org.unknot.domain.SafetyRule;
import org.unknot.files.StarterRoutines;
import org.unknot.store.RoutineSummary;

/**
 * Tried as a new user would: the health profile offered after the safety screen; with Raynaud's the starter routines
 * with cold steps show an error with its source in the library, the editor and the ready screen; removing it in
 * Settings clears them.
 */
@ExtendWith(ApplicationExtension.class)
@Timeout(value = 90, unit = TimeUnit.SECONDS)
class HealthProfileWindowTest {

    private static final String RAYNAUD = "#condition-raynaud-cold-urticaria";
    private static final String MESSAGE = SafetyRule.PROFILE_COLD.message();
    private static final String SOURCE = "Source: " + SafetyRule.PROFILE_COLD.source();

    @RegisterExtension
    final AppWindow window = new AppWindow();

    @Start
    void start(Stage stage) throws Exception {
        window.seed(StarterRoutines::load, storage -> { }).start(stage);
    }

    @Test
    void raynaudsMarksTheColdStartersEverywhereAndRemovingItClearsThem(FxRobot robot) throws Exception {
        Waits.until(() -> robot.lookup("#acknowledgeButton").tryQuery().isPresent());
        robot.clickOn("#acknowledgeButton");
        Waits.until(() -> robot.lookup("#healthProfileOffer").tryQuery().isPresent());
        robot.clickOn(RAYNAUD + " .thumb-area");
        robot.clickOn("#saveProfileButton");

        // the library: the four starters with a cold step are marked, the roller-only one is not
        Waits.until(() -> robot.lookup("#routinesPage").tryQuery().isPresent());
        Waits.until(() -> unsafe(robot).size() == 4);
        assertFalse(unsafe(robot).contains("Upper-back reset"));
        Label mark = robot.lookup("#routineUnsafe").match(Node::isVisible).queryAs(Label.class);
        assertTrue(mark.getText().startsWith("Not with your health profile: Step "), mark.getText());
        assertTrue(mark.getText().endsWith(MESSAGE), mark.getText());
        assertEquals(SOURCE, mark.getTooltip().getText());

        // the editor: the cold step's error and its source; saving is blocked
        robot.clickOn("Low-back relief");
        robot.clickOn("#editButton");
        Waits.until(() -> robot.lookup("#editorPage").tryQuery().isPresent());
        assertEquals("Step 5: " + MESSAGE, robot.lookup("#saveBlockedReason").queryLabeled().getText());
        ListView<?> steps = robot.lookup("#stepList").queryListView();
        robot.interact(() -> steps.scrollTo(4));
        robot.clickOn("Cold ball  ·  Lower back");
        Waits.until(() -> hasText(robot, "#stepMessages", SOURCE));
        robot.clickOn("#editorBackButton");

        // the ready screen: the finding with its source, and Start disabled
        Waits.until(() -> robot.lookup("#routinesPage").tryQuery().isPresent());
        robot.clickOn("Low-back relief");
        robot.clickOn("#startButton");
        Waits.until(() -> robot.lookup("#readyPane").tryQuery().isPresent());
        assertTrue(hasText(robot, "#readyPane .safety-finding", "Step 5: " + MESSAGE));
        assertTrue(hasText(robot, "#readyPane .safety-finding", SOURCE));
        assertTrue(robot.lookup("#startSessionButton").queryAs(Button.class).isDisabled());
        robot.clickOn("#backButton");

        // Settings: removing the condition clears the marks, the editor's error and the ready screen's
        Waits.until(() -> robot.lookup("#routinesPage").tryQuery().isPresent());
        robot.clickOn("#navSettings");
        Waits.until(() -> robot.lookup(RAYNAUD).tryQuery().isPresent());
        scrollTo(robot, RAYNAUD);
        robot.clickOn(RAYNAUD + " .thumb-area");
        Waits.until(() -> robot.lookup("#healthProfileStatus").queryLabeled().getText().startsWith("Saved"));
        robot.clickOn("#navRoutines");
        Waits.until(() -> robot.lookup("#routineList").queryListView().getItems().size() == 5
                && unsafe(robot).isEmpty());
        assertTrue(robot.lookup("#routineUnsafe").match(Node::isVisible).tryQuery().isEmpty());

        robot.clickOn("Low-back relief");
        robot.clickOn("#editButton");
        Waits.until(() -> robot.lookup("#editorPage").tryQuery().isPresent());
        assertEquals("", robot.lookup("#saveBlockedReason").queryLabeled().getText());
        robot.clickOn("#editorBackButton");
        Waits.until(() -> robot.lookup("#routinesPage").tryQuery().isPresent());
        robot.clickOn("Low-back relief");
        robot.clickOn("#startButton");
        Waits.until(() -> robot.lookup("#readyPane").tryQuery().isPresent());
        assertFalse(hasText(robot, "#readyPane .safety-finding", MESSAGE));
        assertFalse(robot.lookup("#startSessionButton").queryAs(Button.class).isDisabled());

        assertEquals(HealthProfile.NONE, CompletableFuture.supplyAsync(
                () -> window.read(storage -> storage.healthProfile().read())).get());
        assertTrue(CompletableFuture.supplyAsync(() -> window.read(storage -> storage.healthProfile().offered()))
                .get());
    }

    @Test
    void theOfferAsksWhereTheInjuryWasBeforeItSavesAndIsNotMadeAgain(FxRobot robot) throws Exception {
        Waits.until(() -> robot.lookup("#acknowledgeButton").tryQuery().isPresent());
        robot.clickOn("#acknowledgeButton");
        Waits.until(() -> robot.lookup("#healthProfileOffer").tryQuery().isPresent());
        String injury = "#condition-recent-surgery-injury";
        scrollOfferToEnd(robot);
        robot.clickOn(injury + " .thumb-area");
        Waits.until(() -> robot.lookup("#injury-feet").tryQuery().filter(Node::isVisible).isPresent());
        scrollOfferToEnd(robot);
        robot.clickOn("#saveProfileButton");
        assertEquals("Choose where the surgery or injury was.",
                robot.lookup("#injuryAreaProblem").queryLabeled().getText());
        assertTrue(robot.lookup("#healthProfileOffer").tryQuery().isPresent(), "nothing is saved half");

        robot.clickOn("#injury-feet");
        robot.clickOn("#saveProfileButton");
        Waits.until(() -> robot.lookup("#routinesPage").tryQuery().isPresent());
        // the legs routine works the feet
        Waits.until(() -> unsafe(robot).contains("Legs: thighs, hips, calves"));
        assertEquals(List.of("Legs: thighs, hips, calves"), unsafe(robot));
        assertEquals("Feet", CompletableFuture.supplyAsync(() -> window.read(storage -> storage.healthProfile().read()))
                .get().injuryAreas().iterator().next().label());
        assertTrue(CompletableFuture.supplyAsync(() -> window.read(storage -> storage.healthProfile().offered()))
                .get());
    }

    private static void scrollOfferToEnd(FxRobot robot) {
        robot.interact(() -> robot.lookup("#healthProfileOffer .scroll-pane").queryAs(ScrollPane.class).setVvalue(1));
    }

    private static List<String> unsafe(FxRobot robot) {
        ListView<RoutineSummary> list = robot.lookup("#routineList").queryListView();
        return list.getItems().stream().filter(routine -> routine.unsafe().isPresent()).map(RoutineSummary::name)
                .toList();
    }

    /** Whether a label under the nodes {@code query} finds contains {@code text}. */
    private static boolean hasText(FxRobot robot, String query, String text) {
        return robot.lookup(query).queryAll().stream().flatMap(node -> robot.from(node).lookup(".label")
                .queryAllAs(Label.class).stream()).anyMatch(label -> label.getText().contains(text));
    }

    /** Scrolls Settings so that the node is in view, as a user would with the wheel. */
    private static void scrollTo(FxRobot robot, String query) {
        robot.interact(() -> {
            ScrollPane scroll = robot.lookup("#settingsPage .scroll-pane").queryAs(ScrollPane.class);
            Node node = robot.lookup(query).query();
            Node content = scroll.getContent();
            Point2D at = content.sceneToLocal(node.localToScene(0, 0));
            double room = content.getLayoutBounds().getHeight() - scroll.getViewportBounds().getHeight();
            scroll.setVvalue(Math.max(0, Math.min(1, (at.getY() - 40) / room)));
        });
    }
}
