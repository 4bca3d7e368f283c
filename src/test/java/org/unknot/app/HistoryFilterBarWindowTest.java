package org.unknot.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.CheckBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.ListCell;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.controlsfx.control.CheckComboBox;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.unknot.domain.Area;
import org.unknot.domain.PerformedBy;
import org.unknot.domain.Routine;
import org.unknot.domain.SessionRecord;
import org.unknot.domain.SessionStatus;
import org.unknot.domain.Step;
import org.unknot.domain.StepOutcome;
import org.unknot.domain.Tool;
import org.unknot.store.Storage;

/**
 * History's ControlsFX filters in the real window: the quick ranges (a SegmentedButton) each set the days they name;
 * the tools (a CheckComboBox) show the sessions of every tool ticked.
 */
@ExtendWith(ApplicationExtension.class)
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class HistoryFilterBarWindowTest {

    private static final Instant NOW = AppWindow.NOW;
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);
    private static final Routine ROLLER = new Routine("Roller", "", PerformedBy.SELF,
            List.of(Step.of(Tool.FOAM_ROLLER, Area.UPPER_BACK, 60)));
    private static final Routine COLD = new Routine("Cold", "", PerformedBy.SELF,
            List.of(Step.of(Tool.COLD_BALL, Area.FEET, 60)));
    private static final Routine MASSAGE = new Routine("Massage", "", PerformedBy.SELF,
            List.of(Step.of(Tool.HANDHELD_MASSAGER, Area.LOWER_BACK, 60)));

    @RegisterExtension
    final AppWindow window = new AppWindow();

    @Start
    void start(Stage stage) throws Exception {
        window.seed(storage -> {
            storage.settings().acknowledgeSafety(NOW);
            for (int daysAgo : new int[] {10, 50, 200, 500}) {
                record(storage, ROLLER, daysAgo);
            }
            record(storage, COLD, 5);
            record(storage, MASSAGE, 6);
        }).start(stage);
    }

    private static void record(Storage storage, Routine routine, int daysAgo) {
        Instant when = NOW.minus(Duration.ofDays(daysAgo));
        long id = storage.sessions().start(Optional.empty(), routine, when);
        storage.sessions().recordStep(id, 0, StepOutcome.COMPLETED, 60, 0);
        storage.sessions().finish(id, SessionStatus.COMPLETED, Optional.empty(), when.plusSeconds(60));
    }

    @Test
    void eachQuickRangeSetsItsDaysAndTypingADayReleasesIt(FxRobot robot) throws Exception {
        openHistory(robot);
        assertEquals(List.of(), pressed(robot), "the default 90 days is no quick range");

        choose(robot, "DAYS_30", TODAY.minusDays(30), 3);
        choose(robot, "WEEKS_12", TODAY.minusWeeks(12), 4);
        choose(robot, "YEAR", TODAY.minusYears(1), 5);
        choose(robot, "ALL", TODAY.minusDays(500), 6);
        robot.clickOn("#quickRange-ALL");
        Waits.until(() -> pressed(robot).equals(List.of("ALL")));
        assertEquals(6, shown(robot), "a second click keeps the range");

        DatePicker from = robot.lookup("#fromDate").queryAs(DatePicker.class);
        robot.clickOn(from.getEditor()).press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL);
        robot.write("2026-11-01").type(KeyCode.ENTER);
        Waits.until(() -> shown(robot) == 3);
        assertEquals(List.of(), pressed(robot), "a day typed by hand is no quick range");
    }

    @Test
    void tickingSeveralToolsShowsTheSessionsOfEachAndTheTitleNamesThem(FxRobot robot) throws Exception {
        openHistory(robot);
        CheckComboBox<?> tools = robot.lookup("#toolFilter").queryAs(CheckComboBox.class);
        assertEquals("All tools", shownTitle(robot));

        robot.clickOn(tools);
        tick(robot, "Cold ball");
        Waits.until(() -> routines(robot).equals(List.of("Cold")));
        tick(robot, "Foam roller");
        Waits.until(() -> routines(robot).equals(List.of("Cold", "Roller", "Roller")));
        assertEquals("Foam roller, Cold ball", shownTitle(robot));

        tick(robot, "Cold ball");
        Waits.until(() -> routines(robot).equals(List.of("Roller", "Roller")));
        tick(robot, "Foam roller");
        Waits.until(() -> shown(robot) == 4);
        assertEquals("All tools", shownTitle(robot), "no tool ticked: every tool");
    }

    /** The text the closed box of tools shows. */
    private static String shownTitle(FxRobot robot) {
        return robot.from(robot.lookup("#toolFilter").queryAs(CheckComboBox.class)).lookup(".list-cell")
                .match((ListCell<?> cell) -> !cell.getStyleClass().contains("check-box-list-cell"))
                .queryAs(ListCell.class).getText();
    }

    /** Clicks a tool's box in the open list of tools. */
    private static void tick(FxRobot robot, String tool) {
        ListCell<?> line = robot.lookup(".check-box-list-cell").match((ListCell<?> cell) -> tool.equals(cell.getText()))
                .queryAs(ListCell.class);
        robot.clickOn(robot.from(line).lookup(".check-box").queryAs(CheckBox.class));
    }

    private void openHistory(FxRobot robot) throws Exception {
        Waits.until(() -> robot.lookup("#navHistory").tryQuery().isPresent());
        robot.clickOn("#navHistory");
        Waits.until(() -> shown(robot) == 4);
    }

    private static List<String> routines(FxRobot robot) {
        TableView<SessionRecord> table = robot.lookup("#sessionTable").queryTableView();
        return table.getItems().stream().map(SessionRecord::routineName).toList();
    }

    private void choose(FxRobot robot, String range, LocalDate first, int sessions) throws Exception {
        robot.clickOn("#quickRange-" + range);
        Waits.until(() -> shown(robot) == sessions && pressed(robot).equals(List.of(range)));
        assertEquals(first, robot.lookup("#fromDate").queryAs(DatePicker.class).getValue());
        assertEquals(TODAY, robot.lookup("#toDate").queryAs(DatePicker.class).getValue());
    }

    private static int shown(FxRobot robot) {
        TableView<SessionRecord> table = robot.lookup("#sessionTable").queryTableView();
        return table.getItems().size();
    }

    private static List<String> pressed(FxRobot robot) {
        return robot.lookup(".toggle-button").queryAllAs(ToggleButton.class).stream()
                .filter(button -> button.getId() != null && button.getId().startsWith("quickRange-"))
                .filter(ToggleButton::isSelected).map(button -> button.getId().substring("quickRange-".length()))
                .toList();
    }
}
