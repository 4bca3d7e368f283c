package org.unknot.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Labeled;
import javafx.scene.control.TabPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.unknot.domain.PainKind;
import org.unknot.domain.PainScore;
import org.unknot.domain.PegAnswer;
import org.unknot.store.PainEntry;
import org.unknot.store.Storage;

/**
 * This week's PEG as a user meets it: on today's check-in card, answered with the mouse and the keyboard, then seen
 * in History's chart and insights, and changed. The app's real background thread; disk work on the FX thread fails.
 */
@ExtendWith(ApplicationExtension.class)
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class PegWindowTest {

    /** Monday of the week of AppWindow.NOW (Sunday 22 November 2026). */
    private static final LocalDate WEEK = LocalDate.of(2026, 11, 16);

    @RegisterExtension
    final AppWindow window = new AppWindow();

    @Start
    void start(Stage stage) throws Exception {
        window.seed(storage -> {
            storage.settings().acknowledgeSafety(AppWindow.NOW);
            for (int back = 4; back >= 0; back--) {
                LocalDate tuesday = WEEK.minusWeeks(back).plusDays(1);
                storage.pain().checkIn(tuesday, new PainEntry(PainKind.CHECK_IN, AppWindow.NOW.minus(
                        Duration.ofDays(5 + 7L * back)), new PainScore(6), Set.of(), ""));
                if (back > 0) {
                    int item = 6 + (back > 2 ? 1 : 0);
                    storage.peg().save(new PegAnswer(WEEK.minusWeeks(back), item, item, item),
                            AppWindow.NOW.minus(Duration.ofDays(5 + 7L * back)));
                }
            }
        }).start(stage);
    }

    private static boolean selected(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(ToggleButton.class).isSelected();
    }

    /** Presses a button as a click would, wherever the page is scrolled to. */
    private static void fire(FxRobot robot, String id) {
        robot.interact(() -> robot.lookup(id).queryAs(javafx.scene.control.ButtonBase.class).fire());
    }

    private static String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Labeled.class).getText();
    }

    @Test
    void answeredOnTheCheckInCardWithMouseAndKeysItShowsInHistoryAndCanBeChanged(FxRobot robot) throws Exception {
        Waits.until(() -> robot.lookup("#checkInButton").tryQuery().isPresent());
        robot.clickOn("#checkInButton");
        Waits.until(() -> robot.lookup("#pegPane").tryQuery().map(pane -> pane.isVisible()).orElse(false));

        // the keyboard all the way: Tab walks the buttons in order, Space chooses
        robot.interact(() -> robot.lookup("#pegPain-4").query().requestFocus());
        robot.type(KeyCode.SPACE);
        Waits.until(() -> selected(robot, "#pegPain-4"));
        // once a row has its answer, Tab goes on to the next row; in a row the arrows move the choice along
        robot.type(KeyCode.TAB);
        robot.type(KeyCode.SPACE);
        Waits.until(() -> selected(robot, "#pegEnjoyment-0"));
        robot.type(KeyCode.TAB);
        robot.type(KeyCode.RIGHT, 3);
        Waits.until(() -> selected(robot, "#pegActivity-3"));
        robot.type(KeyCode.TAB);
        assertTrue(robot.lookup("#savePegButton").query().isFocused(), "Tab reaches Save after the last row");
        robot.type(KeyCode.SPACE);

        Waits.until(() -> robot.lookup("#pegSummary").tryQuery().map(label -> label.isVisible()).orElse(false));
        assertEquals("This week's PEG: 2.3/10 (average pain 4, enjoyment of life 0, general activity 3).",
                text(robot, "#pegSummary"));
        Optional<PegAnswer> saved = window.read(storage -> storage.peg().week(WEEK));
        assertEquals(Optional.of(new PegAnswer(WEEK, 4, 0, 3)), saved);

        // History read its charts again: the PEG line beside the pain lines, and the insights' sentence
        robot.interact(() -> robot.lookup("#historyTabs").queryAs(TabPane.class).getSelectionModel().select(1));
        Waits.until(() -> robot.lookup("#painChart").queryAs(LineChart.class).getData().size() == 4
                && ((XYChart.Series<?, ?>) robot.lookup("#painChart").queryAs(LineChart.class).getData().get(3))
                        .getName().equals("PEG (5 answers)"));
        robot.interact(() -> robot.lookup("#historyTabs").queryAs(TabPane.class).getSelectionModel().select(2));
        Waits.until(() -> robot.lookup("#insightsList").queryParent().getChildrenUnmodifiable().stream()
                .anyMatch(node -> ((Labeled) node).getText().contains(
                        "7.0/10 at first (first 2 answers) and 4.2/10 now (last 2 answers), 40 % lower over 5"
                                + " answers: a clear improvement in how pain interferes.")));

        // Change opens the saved answer; a new choice replaces it
        fire(robot, "#changePegButton");
        Waits.until(() -> robot.lookup("#savePegButton").query().isVisible());
        assertTrue(selected(robot, "#pegPain-4"), "the questions show the saved answer");
        fire(robot, "#pegActivity-5");
        fire(robot, "#savePegButton");
        Waits.until(() -> text(robot, "#pegSummary").startsWith("This week's PEG: 3.0/10"));
        assertEquals(Optional.of(new PegAnswer(WEEK, 4, 0, 5)),
                window.read((Storage storage) -> storage.peg().week(WEEK)));
    }

    @Test
    void notNowHidesTheQuestionsForTheDay(FxRobot robot) throws Exception {
        Waits.until(() -> robot.lookup("#checkInButton").tryQuery().isPresent());
        robot.clickOn("#checkInButton");
        Waits.until(() -> robot.lookup("#pegPane").tryQuery().map(pane -> pane.isVisible()).orElse(false));

        fire(robot, "#pegNotNowButton");

        Waits.until(() -> !robot.lookup("#pegPane").query().isVisible());
        robot.clickOn("#navRoutines");
        robot.clickOn("#navHistory");
        Waits.until(() -> robot.lookup("#sessionCount").queryLabeled().getText().length() > 0);
        assertTrue(!robot.lookup("#pegPane").query().isVisible(), "a later visit the same day");
    }
}
