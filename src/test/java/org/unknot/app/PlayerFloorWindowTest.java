package org.unknot.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.css.PseudoClass;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
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
import org.unknot.domain.Area;
import org.unknot.domain.Intensity;
import org.unknot.domain.PerformedBy;
import org.unknot.domain.PlayerSettings;
import org.unknot.domain.Routine;
import org.unknot.domain.Side;
import org.unknot.domain.Step;
import org.unknot.domain.Technique;
import org.unknot.domain.TextSize;
import org.unknot.domain.Tool;
import org.unknot.session.FakeClock;
import org.unknot.ui.common.TextScale;

/**
 * The player as read from the floor, in the real window with the app's background thread: paused covers the screen,
 * the side change shows its card, the window title carries the time, F11 and Esc, and the smallest window cuts no
 * text.
 */
@ExtendWith(ApplicationExtension.class)
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class PlayerFloorWindowTest {

    private static final Clock CLOCK = AppWindow.CLOCK;
    /** As long as a cue may be: 280 characters. */
    private static final String LONG_CUE = ("Fetch the cold ball from the freezer, wrap it in the thin towel, lie down "
            + "on the mat with your knees bent and both feet flat, then slowly slide the ball under the sore side of the lower "
            + "back, beside the spine and never on it; breathe out slowly and let your weight settle onto it now.")
            .substring(0, Step.MAX_CUE_LENGTH);
    private static final Routine MASSAGE = new Routine("Massager both sides", "", PerformedBy.SELF, List.of(
            Step.of(Tool.HANDHELD_MASSAGER, Area.LOWER_BACK, 10).withSide(Side.EACH)
                    .withTechnique(Technique.CIRCULAR).withIntensity(Intensity.MEDIUM).withLevel(2)
                    .withCue("Small circles just above the belt line, on the muscle beside the spine"),
            Step.rest(5, LONG_CUE)));

    private final FakeClock time = new FakeClock();

    @RegisterExtension
    final AppWindow window = new AppWindow().time(time);

    private Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        window.seed(storage -> {
            storage.settings().acknowledgeSafety(CLOCK.instant());
            storage.settings().savePlayerSettings(PlayerSettings.DEFAULTS.withPrepSeconds(0));
            storage.routines().add(MASSAGE);
        }).start(stage);
    }

    @AfterEach
    void leaveFullScreen(FxRobot robot) {
        robot.interact(() -> stage.setFullScreen(false));
    }

    private void startSession(FxRobot robot) throws Exception {
        Waits.until(() -> robot.lookup("Massager both sides").tryQuery().isPresent());
        robot.clickOn("Massager both sides");
        robot.clickOn("#startButton");
        Waits.until(() -> robot.lookup("#readyPane").tryQuery().isPresent());
        robot.type(KeyCode.SPACE);
        Waits.until(() -> robot.lookup("#runningPane").tryQuery().isPresent());
    }

    private static String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Labeled.class).getText();
    }

    private static boolean showing(FxRobot robot, String id) {
        return robot.lookup(id).tryQuery().map(Node::isVisible).orElse(false);
    }

    @Test
    void pausedCoversTheScreenDimsTheDigitsAndTheHintSaysHowToGoOn(FxRobot robot) throws Exception {
        startSession(robot);
        assertFalse(showing(robot, "#pausedOverlay"));
        double running = robot.lookup("#remaining").query().getOpacity();

        robot.type(KeyCode.SPACE);

        Waits.until(() -> showing(robot, "#pausedOverlay"));
        assertEquals("Paused  —  Space\u00a0to\u00a0go\u00a0on", text(robot, "#pausedLabel"));
        Node overlay = robot.lookup("#pausedOverlay").query();
        assertEquals(stage.getScene().getWidth(), overlay.getBoundsInParent().getWidth(), 1, "across the screen");
        assertTrue(robot.lookup("#remaining").query().getOpacity() < running / 2, "the digits dim");
        assertEquals("go on", text(robot, "#spaceHint"));

        robot.type(KeyCode.SPACE);
        Waits.until(() -> !showing(robot, "#pausedOverlay"));
        assertEquals(running, robot.lookup("#remaining").query().getOpacity());
        assertEquals("pause", text(robot, "#spaceHint"));
    }

    @Test
    void theSideChangeCoversTheScreenWithItsCardForAFewSeconds(FxRobot robot) throws Exception {
        startSession(robot);
        time.advanceSeconds(9);
        Waits.until(() -> "00:01".equals(text(robot, "#remaining")));
        assertFalse(showing(robot, "#switchCard"));

        time.advanceSeconds(2);

        Waits.until(() -> showing(robot, "#switchCard"));
        assertEquals("Switch to the right\u00a0side", text(robot, "#switchLabel"));
        assertEquals("Lower back  ·  00:09", text(robot, "#switchDetail"));
        Node card = robot.lookup("#switchCard").query();
        assertEquals(stage.getScene().getWidth(), card.getBoundsInParent().getWidth(), 1);
        assertEquals(stage.getScene().getHeight(), card.getBoundsInParent().getHeight(), 1);

        time.advanceSeconds(5);
        Waits.until(() -> !showing(robot, "#switchCard"));
        assertTrue(text(robot, "#areaLabel").endsWith("Right side"));
    }

    @Test
    void theWindowTitleShowsTheTimeAndTheStepWhileTheSessionRunsAndUnknotAfter(FxRobot robot) throws Exception {
        startSession(robot);
        time.advanceSeconds(3);

        Waits.until(() -> stage.getTitle().equals("00:07  ·  Step 1 of 2  —  Unknot"));

        time.advanceSeconds(30);
        Waits.until(() -> robot.lookup("#afterPane").tryQuery().isPresent());
        assertEquals("Unknot", stage.getTitle());
        robot.clickOn("#skipRatingButton");
        Waits.until(() -> robot.lookup("#routinesPage").tryQuery().isPresent());
        assertEquals("Unknot", stage.getTitle());
    }

    @Test
    void f11GoesFullScreenWithNoExitHintAndEscAsksWhyWithoutLeavingIt(FxRobot robot) throws Exception {
        startSession(robot);

        robot.type(KeyCode.F11);

        Waits.until(stage::isFullScreen);
        assertEquals("", stage.getFullScreenExitHint());
        assertEquals(KeyCombination.NO_MATCH, stage.getFullScreenExitKeyCombination());
        robot.type(KeyCode.ESCAPE);
        Waits.until(() -> robot.lookup("#stopPane").tryQuery().isPresent());
        assertTrue(stage.isFullScreen(), "Esc asks why the session stops, and stays full screen");

        robot.type(KeyCode.ESCAPE);
        robot.type(KeyCode.F11);
        Waits.until(() -> !stage.isFullScreen());
        robot.type(KeyCode.F11);
        Waits.until(stage::isFullScreen);
        robot.clickOn("#stopButton");
        robot.clickOn("#stopReason-other");
        Waits.until(() -> robot.lookup("#afterPane").tryQuery().isPresent());
        robot.clickOn("#skipRatingButton");
        Waits.until(() -> robot.lookup("#routinesPage").tryQuery().isPresent());
        assertFalse(stage.isFullScreen(), "the library never opens in a full screen only F11 would leave");
    }

    @Test
    void thePressureAndTheLevelShowWithTheToolAndTheBandTakesTheToolsColour(FxRobot robot) throws Exception {
        startSession(robot);
        Node pane = robot.lookup("#runningPane").query();

        assertEquals("Medium pressure", text(robot, "#pressureLabel"));
        assertEquals("Level 2", text(robot, "#levelLabel"));
        assertTrue(showing(robot, "#pressureLabel") && showing(robot, "#levelLabel"));
        assertTrue(pane.getPseudoClassStates().contains(PseudoClass.getPseudoClass("tool-handheld-massager")));

        robot.type(KeyCode.RIGHT);
        robot.type(KeyCode.RIGHT);

        Waits.until(() -> "Rest".equals(text(robot, "#areaLabel")));
        assertFalse(showing(robot, "#pressureLabel"));
        assertFalse(showing(robot, "#levelLabel"));
        assertTrue(pane.getPseudoClassStates().contains(PseudoClass.getPseudoClass("tool-rest")));
        assertFalse(pane.getPseudoClassStates().contains(PseudoClass.getPseudoClass("tool-handheld-massager")));
    }

    @Test
    void theSmallestWindowCutsNoTextRunningPausedOrSwitching(FxRobot robot) throws Exception {
        smallestWindowCutsNothing(robot, () -> { });
    }

    @Test
    void theLargestTextSizeStillFitsTheSmallestWindow(FxRobot robot) throws Exception {
        // the text size setting scales the root's font: 200 % of 15 px, here once the session runs (the library
        // at 200 % in the smallest window is a page of its own)
        smallestWindowCutsNothing(robot, () -> stage.getScene().getRoot().setStyle("-fx-font-size: 30px;"));
    }

    @Test
    void theStopQuestionIsReadWholeAtLargeTextSizesInSmallWindows(FxRobot robot) throws Exception {
        double width = stage.getWidth();
        double height = stage.getHeight();
        startSession(robot);
        robot.type(KeyCode.ESCAPE);
        Waits.until(() -> robot.lookup("#stopPane").tryQuery().isPresent());
        try {
            for (double[] window : new double[][] {{922, 692}, {stage.getMinWidth(), stage.getMinHeight()}}) {
                for (int percent : new int[] {150, 200}) {
                    robot.interact(() -> {
                        stage.setWidth(window[0]);
                        stage.setHeight(window[1]);
                        TextScale.apply((Parent) TextScale.scaledRoot(stage.getScene()), new TextSize(percent));
                    });
                    List<String> cut = new ArrayList<>();
                    robot.interact(() -> {
                        stage.getScene().getRoot().applyCss();
                        stage.getScene().getRoot().layout();
                        cut.addAll(CutText.in(robot.lookup("#stopPane").query()));
                    });
                    assertEquals(List.of(), cut, "at " + percent + " % in " + window[0] + "×" + window[1]);
                    if (percent == 150) {
                        // at 200 % in the smallest window the card scrolls; Esc and 1–4 still answer
                        assertNothingCut(robot, "#stopPane");
                    }
                }
            }
        } finally {
            robot.interact(() -> {
                TextScale.apply((Parent) TextScale.scaledRoot(stage.getScene()), new TextSize(100));
                stage.setWidth(width);
                stage.setHeight(height);
            });
        }
    }

    @Test
    void theReadyPageKeepsItsTextClearOfTheScrollBarAtOneAndAHalfTimesTheTextSize(FxRobot robot) throws Exception {
        Waits.until(() -> robot.lookup("Massager both sides").tryQuery().isPresent());
        robot.clickOn("Massager both sides");
        robot.clickOn("#startButton");
        Waits.until(() -> robot.lookup("#readyPane").tryQuery().isPresent());
        robot.interact(() -> {
            stage.setWidth(922);
            stage.setHeight(692);
            TextScale.apply((Parent) TextScale.scaledRoot(stage.getScene()), new TextSize(150));
        });
        robot.interact(() -> {
            stage.getScene().getRoot().applyCss();
            stage.getScene().getRoot().layout();
        });
        ScrollPane scroll = robot.lookup("#readyPane .scroll-pane").queryAs(ScrollPane.class);
        Node high = robot.lookup("worst imaginable  10").query();
        Bounds inContent = scroll.getContent().sceneToLocal(high.localToScene(high.getLayoutBounds()));
        double gap = scroll.getViewportBounds().getWidth() - inContent.getMaxX();
        assertTrue(gap >= 16, "the scale's right end is " + gap + " px from the scroll bar");
    }

    private void smallestWindowCutsNothing(FxRobot robot, Runnable onceRunning) throws Exception {
        double width = stage.getWidth();
        double height = stage.getHeight();
        robot.interact(() -> {
            stage.setWidth(stage.getMinWidth());
            stage.setHeight(stage.getMinHeight());
        });
        try {
            startSession(robot);
            robot.interact(onceRunning);
            assertEquals(stage.getMinWidth(), stage.getScene().getWidth(), 1);
            assertEquals(stage.getMinHeight(), stage.getScene().getHeight(), 1);
            assertNothingCut(robot, "#runningPane");

            robot.type(KeyCode.SPACE);
            Waits.until(() -> showing(robot, "#pausedOverlay"));
            assertNothingCut(robot, "#pausedOverlay");

            robot.type(KeyCode.SPACE);
            robot.type(KeyCode.RIGHT);
            Waits.until(() -> showing(robot, "#switchCard"));
            assertNothingCut(robot, "#switchCard");

            robot.type(KeyCode.RIGHT);
            Waits.until(() -> MASSAGE.steps().get(1).cue().equals(text(robot, "#cueLabel")));
            assertNothingCut(robot, "#runningPane");
        } finally {
            robot.interact(() -> {
                stage.setWidth(width);
                stage.setHeight(height);
            });
        }
    }

    /** Every text shown in a layer of the player is whole (no "…"), inside the window, and over no other text. */
    private void assertNothingCut(FxRobot robot, String layer) {
        robot.interact(() -> stage.getScene().getRoot().layout());
        Bounds window = new BoundingBox(0, 0, stage.getScene().getWidth() + 0.5, stage.getScene().getHeight() + 0.5);
        List<Labeled> shown = robot.lookup(layer).lookup((Node node) -> node instanceof Labeled)
                .queryAllAs(Labeled.class).stream()
                .filter(labeled -> !labeled.getText().isEmpty() && shownAll(labeled)).toList();
        assertFalse(shown.isEmpty(), "texts found in " + layer);
        for (Labeled labeled : shown) {
            // the label's own text, not that of its graphic (an icon, a key cap)
            Text text = labeled.getChildrenUnmodifiable().stream()
                    .filter(child -> child instanceof Text && child.getStyleClass().contains("text"))
                    .map(Text.class::cast).findFirst().orElseThrow();
            assertEquals(labeled.getText(), text.getText(), labeled.getId() + " is cut");
            Bounds bounds = labeled.localToScene(labeled.getLayoutBounds());
            assertTrue(window.contains(bounds), labeled.getId() + " is outside the window: " + bounds);
            for (Labeled other : shown) {
                Bounds otherBounds = other.localToScene(other.getLayoutBounds());
                assertTrue(nested(labeled, other) || nested(other, labeled) || !bounds.intersects(inset(otherBounds)),
                        labeled.getId() + " lies over " + other.getId());
            }
        }
    }

    /** True when {@code inner} is {@code outer} or lies within it (a key cap is its hint's graphic). */
    private static boolean nested(Node inner, Node outer) {
        return inner != null && (inner == outer || nested(inner.getParent(), outer));
    }

    /** A label's box less a pixel each way: boxes that merely touch do not overlap. */
    private static Bounds inset(Bounds bounds) {
        return new BoundingBox(bounds.getMinX() + 1, bounds.getMinY() + 1, bounds.getWidth() - 2,
                bounds.getHeight() - 2);
    }

    private static boolean shownAll(Node node) {
        return node == null || node.isVisible() && shownAll(node.getParent());
    }
}
