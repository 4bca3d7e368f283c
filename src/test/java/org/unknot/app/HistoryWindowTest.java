package org.unknot.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.testfx.api.FxAssert.verifyThat;
import static org.testfx.matcher.base.NodeMatchers.isVisible;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.unknot.domain.Area;
import org.unknot.domain.PainKind;
import org.unknot.domain.PainScore;
import org.unknot.domain.PerformedBy;
import org.unknot.domain.Routine;
import org.unknot.domain.SessionRecord;
import org.unknot.domain.SessionStatus;
import org.unknot.domain.Step;
import org.unknot.domain.StepOutcome;
import org.unknot.domain.Tool;
import org.unknot.session.FakeClock;
import org.unknot.store.DataFolder;
import org.unknot.store.PainEntry;
import org.unknot.store.Storage;
import org.unknot.ui.common.ImmediateRunner;
import org.unknot.ui.player.RecordingCues;

/** The History page in the real window: filter, open a session, correct its pain, delete and undo, check in. */
@ExtendWith(ApplicationExtension.class)
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class HistoryWindowTest {

    private static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

    @TempDir
    static Path folder;

    private AppContext context;
    private Path data;

    @Start
    void start(Stage stage) throws Exception {
        data = Files.createTempDirectory(folder, "data");
        try (Storage storage = Storage.open(new DataFolder(data), CLOCK, List::of)) {
            storage.settings().acknowledgeSafety(NOW);
            record(storage, new Routine("Roller", "", PerformedBy.SELF,
                    List.of(Step.of(Tool.FOAM_ROLLER, Area.UPPER_BACK, 60))), 3, 6, 3);
            record(storage, new Routine("Cold feet", "", PerformedBy.SELF,
                    List.of(Step.of(Tool.COLD_BALL, Area.FEET, 60))), 1, 5, 4);
        }
        context = new AppContext(new DataFolder(data), new ImmediateRunner(), CLOCK, new FakeClock(),
                RecordingCues::new, Optional.empty());
        context.start(stage, () -> { });
    }

    private static void record(Storage storage, Routine routine, int daysAgo, int before, int after) {
        Instant when = NOW.minus(Duration.ofDays(daysAgo));
        long id = storage.sessions().start(Optional.empty(), routine, when);
        storage.sessions().recordStep(id, 0, StepOutcome.COMPLETED, 60, 0);
        storage.sessions().finish(id, SessionStatus.COMPLETED, Optional.empty(), when.plusSeconds(60));
        storage.pain().rateSession(id, new PainEntry(PainKind.BEFORE, when, new PainScore(before), Set.of(), ""));
        storage.pain().rateSession(id, new PainEntry(PainKind.AFTER, when, new PainScore(after), Set.of(), ""));
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(context::close);
    }

    private TableView<SessionRecord> table(FxRobot robot) {
        return robot.lookup("#sessionTable").queryTableView();
    }

    private List<String> routines(FxRobot robot) {
        return table(robot).getItems().stream().map(SessionRecord::routineName).toList();
    }

    @Test
    void filterOpenASessionCorrectItsPainAndFindItSaved(FxRobot robot) throws Exception {
        robot.clickOn("#navHistory");
        assertEquals(List.of("Cold feet", "Roller"), routines(robot));

        ComboBox<Tool> tool = robot.lookup("#toolFilter").queryComboBox();
        robot.interact(() -> tool.setValue(Tool.FOAM_ROLLER));
        assertEquals(List.of("Roller"), routines(robot));

        robot.doubleClickOn("Roller");
        verifyThat("#sessionDetail", isVisible());
        ScrollPane detail = robot.lookup("#detailScroll").queryAs(ScrollPane.class);
        robot.interact(() -> detail.setVvalue(1.0));
        robot.clickOn("#detailAfter-1");
        robot.clickOn("#saveSessionButton");

        Waits.until(() -> table(robot).getItems().get(0).painAfter().equals(Optional.of(new PainScore(1))));
        verifyThat("#sessionTable", isVisible());
    }

    @Test
    void deleteAsksFirstAndCanBeUndone(FxRobot robot) throws Exception {
        robot.clickOn("#navHistory");
        robot.doubleClickOn("Roller");
        Button delete = robot.lookup("#deleteSessionButton").queryButton();

        // The question is a modal dialog: press Delete from a later FX pulse, so the robot is free to answer it.
        Platform.runLater(delete::fire);
        Waits.until(() -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        robot.interact(() -> robot.lookup(".dialog-pane .button").match((Button b) -> "OK".equals(b.getText()))
                .queryButton().fire());

        Waits.until(() -> routines(robot).equals(List.of("Cold feet")));
        robot.clickOn("#undoDeleteButton");
        Waits.until(() -> routines(robot).equals(List.of("Cold feet", "Roller")));
    }

    @Test
    void theDailyCheckInFromTheRoutinesPageIsSaved(FxRobot robot) throws Exception {
        robot.clickOn("#checkInButton");
        verifyThat("#historyPage", isVisible());

        robot.clickOn("#checkIn-4");
        robot.clickOn("#checkInArea-lower-back");
        robot.clickOn("#saveCheckInButton");

        Waits.until(() -> robot.lookup("#checkInStatus").queryLabeled().getText().startsWith("Saved today's"));
        robot.interact(context::close);
        try (Storage storage = Storage.open(new DataFolder(data), CLOCK, List::of)) {
            var checkIn = storage.pain().checkInOn(LocalDate.now(CLOCK)).orElseThrow();
            assertEquals(new PainScore(4), checkIn.score());
            assertTrue(checkIn.areas().contains(Area.LOWER_BACK));
        }
    }
}
