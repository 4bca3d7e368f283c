package org.unknot.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.testfx.api.FxAssert.verifyThat;
import static org.testfx.matcher.base.NodeMatchers.isVisible;
import static org.unknot.app.AppWindow.answer;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;
import javafx.stage.Stage;
import org.controlsfx.control.CheckComboBox;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.unknot.domain.Area;
import org.unknot.domain.PainKind;
import org.unknot.domain.PainScore;
import org.unknot.domain.PatientDetails;
import org.unknot.domain.PerformedBy;
import org.unknot.domain.Routine;
import org.unknot.domain.SessionRecord;
import org.unknot.domain.SessionStatus;
import org.unknot.domain.Step;
import org.unknot.domain.StepOutcome;
import org.unknot.domain.Tool;
import org.unknot.store.PainEntry;
import org.unknot.store.Storage;
import org.unknot.ui.common.BackgroundRunner;
import org.unknot.ui.common.DocumentsFolder;

/**
 * The History page in the real window, with the app's real background thread: filter, open a session, correct its
 * pain, delete and undo, check in. Disk work on the FX thread fails these tests.
 */
@ExtendWith(ApplicationExtension.class)
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class HistoryWindowTest {

    private static final Instant NOW = AppWindow.NOW;
    private static final Clock CLOCK = AppWindow.CLOCK;
    private static final Routine ROLLER = new Routine("Roller", "", PerformedBy.SELF,
            List.of(Step.of(Tool.FOAM_ROLLER, Area.UPPER_BACK, 60)));
    private static final Routine COLD_FEET = new Routine("Cold feet", "", PerformedBy.SELF,
            List.of(Step.of(Tool.COLD_BALL, Area.FEET, 60)));
    private static final Routine LOW_BACK = new Routine("Low-back relief", "", PerformedBy.SELF,
            List.of(Step.of(Tool.HANDHELD_MASSAGER, Area.LOWER_BACK, 60)));

    @TempDir
    static Path folder;

    /** What History's save dialog was opened with: its folder and the name it offered. */
    private final List<String> offered = new CopyOnWriteArrayList<>();
    /** The folders opened in the file manager. */
    private final List<Path> openedFolders = new CopyOnWriteArrayList<>();
    private Path exports;
    private CountingRunner runner;

    @RegisterExtension
    final AppWindow window = new AppWindow().runnerAround(real -> runner = new CountingRunner(real))
            .beforeStart(app -> app.replaceFileDialogs((owner, start, name, type) -> {
                offered.add(start + " " + name);
                return Optional.of(exports.resolve(name));
            }, openedFolders::add));

    /** The app's runner, counting the pieces of background work asked of it. */
    private static final class CountingRunner implements BackgroundRunner {
        private final BackgroundRunner real;
        private final AtomicInteger asked = new AtomicInteger();

        CountingRunner(BackgroundRunner real) {
            this.real = real;
        }

        @Override
        public <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onError) {
            asked.incrementAndGet();
            real.run(work, onSuccess, onError);
        }
    }

    @Start
    void start(Stage stage) throws Exception {
        exports = Files.createTempDirectory(folder, "exports");
        window.seed(storage -> {
            storage.settings().acknowledgeSafety(NOW);
            record(storage, ROLLER, 3, 6, 3);
            record(storage, COLD_FEET, 1, 5, 4);
        }).start(stage);
    }

    private static void record(Storage storage, Routine routine, int daysAgo, int before, int after) {
        Instant when = NOW.minus(Duration.ofDays(daysAgo));
        long id = storage.sessions().start(Optional.empty(), routine, when);
        storage.sessions().recordStep(id, 0, StepOutcome.COMPLETED, 60, 0);
        storage.sessions().finish(id, SessionStatus.COMPLETED, Optional.empty(), when.plusSeconds(60));
        storage.pain().rateSession(id, new PainEntry(PainKind.BEFORE, when, new PainScore(before), Set.of(), ""));
        storage.pain().rateSession(id, new PainEntry(PainKind.AFTER, when, new PainScore(after), Set.of(), ""));
    }

    /** Waits for the window's pages, then goes to History and waits for its sessions. */
    private void openHistory(FxRobot robot, int sessions) throws Exception {
        Waits.until(() -> robot.lookup("#navHistory").tryQuery().isPresent());
        robot.clickOn("#navHistory");
        Waits.until(() -> listShown(robot) && table(robot).getItems().size() == sessions);
    }

    /** Waits until the background thread has done everything asked of it so far, and the FX thread its callbacks. */
    private void settle(FxRobot robot) throws Exception {
        CompletableFuture<Void> done = new CompletableFuture<>();
        robot.interact(() -> window.runner().run(() -> null, nothing -> done.complete(null),
                done::completeExceptionally));
        done.get(5, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private TableView<SessionRecord> table(FxRobot robot) {
        return robot.lookup("#sessionTable").queryTableView();
    }

    /** Whether the list of sessions is shown (not a session's detail). */
    private boolean listShown(FxRobot robot) {
        return robot.lookup("#sessionTable").tryQuery().map(Node::isVisible).orElse(false);
    }

    private List<String> routines(FxRobot robot) {
        return table(robot).getItems().stream().map(SessionRecord::routineName).toList();
    }

    private void seed(int each) throws Exception {
        window.seed(storage -> {
            for (int day = 4; day < 4 + each; day++) {
                record(storage, LOW_BACK, day, 7, 4);
                record(storage, ROLLER, day, 6, 5);
            }
        });
    }

    @Test
    void anExportOffersADatedNameInTheDocumentsFolderThenTheMessageOffersToOpenItsFolder(FxRobot robot)
            throws Exception {
        openHistory(robot, 2);
        Button openFolder = robot.lookup("#openExportFolderButton").queryButton();
        assertFalse(openFolder.isVisible(), "nothing written yet");

        robot.clickOn("#exportCsvButton");
        Waits.until(openFolder::isVisible);

        Path csv = exports.resolve("unknot-history-2026-11-22.csv");
        assertEquals(List.of(DocumentsFolder.ofUser() + " unknot-history-2026-11-22.csv"), offered);
        assertEquals("Wrote 2 sessions to " + csv + ".", robot.lookup("#historyMessage").queryLabeled().getText());
        assertTrue(Files.readString(csv).startsWith("session_id,"));
        robot.clickOn(openFolder);
        Waits.until(() -> openedFolders.equals(List.of(exports)));

        robot.clickOn("#reportButton");
        Waits.until(() -> robot.lookup("#patientOkButton").tryQuery().isPresent());
        robot.clickOn("#patientOkButton");
        Waits.until(() -> robot.lookup("#historyMessage").queryLabeled().getText().startsWith("Wrote the report"));
        assertEquals(DocumentsFolder.ofUser() + " unknot-report-2026-11-22.pdf", offered.get(1));
        assertTrue(Files.size(exports.resolve("unknot-report-2026-11-22.pdf")) > 1000);
        verifyThat("#openExportFolderButton", isVisible());
    }

    @Test
    void theReportAsksWhoItIsForPrintsItAndOffersItNextTime(FxRobot robot) throws Exception {
        openHistory(robot, 2);

        robot.clickOn("#reportButton");
        Waits.until(() -> robot.lookup("#patientDialog").tryQuery().isPresent());
        assertEquals("", robot.lookup("#patientName").queryTextInputControl().getText());
        robot.clickOn("#patientName").write("Anna Petrova");
        robot.clickOn("#patientBorn").write("1961-3-3");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#patientOkButton").queryButton().isDisabled(), "OK is off while the date is wrong");
        assertEquals(PatientDetails.BORN_PROBLEM, robot.lookup("#patientBornProblem").queryLabeled().getText());
        robot.clickOn("#patientName");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("1961-3-3", robot.lookup("#patientBorn").<javafx.scene.control.DatePicker>query().getEditor()
                .getText(), "what was typed stays when the field is left");
        robot.clickOn("#patientBorn");
        robot.eraseText(8).write("1961-03-03");
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(robot.lookup("#patientOkButton").queryButton().isDisabled());
        robot.clickOn("#patientOkButton");
        Waits.until(() -> robot.lookup("#historyMessage").queryLabeled().getText().startsWith("Wrote the report"));

        Path pdf = exports.resolve("unknot-report-2026-11-22.pdf");
        com.lowagie.text.pdf.PdfReader reader = new com.lowagie.text.pdf.PdfReader(pdf.toString());
        try {
            String first = new com.lowagie.text.pdf.parser.PdfTextExtractor(reader).getTextFromPage(1);
            assertTrue(first.contains("Patient: Anna Petrova · born 3 March 1961"), first);
        } finally {
            reader.close();
        }

        robot.clickOn("#reportButton");
        Waits.until(() -> robot.lookup("#patientDialog").tryQuery().isPresent());
        assertEquals("Anna Petrova", robot.lookup("#patientName").queryTextInputControl().getText());
        assertEquals(LocalDate.of(1961, 3, 3),
                robot.lookup("#patientBorn").<javafx.scene.control.DatePicker>query().getValue());
        robot.clickOn("#patientCancelButton");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, offered.size(), "Cancel ends the export before the save dialog");
    }

    @Test
    void choosingARoutineInTheFilterSettlesWithTheRealRunner(FxRobot robot) throws Exception {
        seed(30);
        openHistory(robot, 62);
        settle(robot);
        int before = runner.asked.get();

        robot.clickOn("#routineFilter");
        Node lowBack = robot.lookup(".combo-box-popup .list-cell")
                .match((Labeled cell) -> "Low-back relief".equals(cell.getText())).query();
        robot.clickOn(lowBack);
        Waits.until(() -> routines(robot).size() == 30);
        settle(robot);

        assertEquals(List.of("Low-back relief"), routines(robot).stream().distinct().toList());
        ComboBox<String> filter = robot.lookup("#routineFilter").queryComboBox();
        assertEquals("Low-back relief", filter.getValue());
        assertEquals(List.of("Cold feet", "Low-back relief", "Roller"),
                filter.getItems().stream().filter(name -> name != null).toList());
        assertEquals(1, runner.asked.get() - before, "one choice, one load, and nothing after it");
    }

    @Test
    void filterOpenASessionCorrectItsPainAndFindItSaved(FxRobot robot) throws Exception {
        openHistory(robot, 2);
        assertEquals(List.of("Cold feet", "Roller"), routines(robot));

        CheckComboBox<Tool> tool = robot.lookup("#toolFilter").queryAs(CheckComboBox.class);
        robot.interact(() -> tool.getCheckModel().check(Tool.FOAM_ROLLER));
        Waits.until(() -> routines(robot).equals(List.of("Roller")));

        robot.doubleClickOn("Roller");
        verifyThat("#sessionDetail", isVisible());
        ScrollPane detail = robot.lookup("#detailScroll").queryAs(ScrollPane.class);
        robot.interact(() -> detail.setVvalue(1.0));
        robot.clickOn("#detailAfter-1");
        robot.clickOn("#saveSessionButton");

        Waits.until(() -> listShown(robot) && !table(robot).getItems().isEmpty()
                && table(robot).getItems().get(0).painAfter().equals(Optional.of(new PainScore(1))));
        assertEquals(List.of(Tool.FOAM_ROLLER), tool.getCheckModel().getCheckedItems());
    }

    @Test
    void leavingUnsavedCorrectionsAsksCancelStaysAndSaveWrites(FxRobot robot) throws Exception {
        openHistory(robot, 2);
        robot.doubleClickOn("Roller");
        ScrollPane detail = robot.lookup("#detailScroll").queryAs(ScrollPane.class);
        robot.interact(() -> detail.setVvalue(1.0));
        robot.clickOn("#detailAfter-1");
        Button back = robot.lookup("#backToListButton").queryButton();

        // The question is a modal dialog: press Back from a later FX pulse, so the robot is free to answer it.
        Platform.runLater(back::fire);
        answer(robot, "Cancel");
        verifyThat("#sessionDetail", isVisible());
        assertTrue(robot.lookup("#detailAfter-1").queryAs(ToggleButton.class).isSelected());

        Platform.runLater(back::fire);
        answer(robot, "Save");
        Waits.until(() -> listShown(robot) && table(robot).getItems().stream()
                .anyMatch(session -> session.painAfter().equals(Optional.of(new PainScore(1)))));
    }

    @Test
    void deleteAsksFirstAndCanBeUndone(FxRobot robot) throws Exception {
        openHistory(robot, 2);
        robot.doubleClickOn("Roller");
        Button delete = robot.lookup("#deleteSessionButton").queryButton();

        Platform.runLater(delete::fire);
        answer(robot, "Delete");

        Waits.until(() -> listShown(robot) && routines(robot).equals(List.of("Cold feet"))
                && robot.lookup("#undoDeleteButton").queryButton().isVisible());
        robot.clickOn("#undoDeleteButton");
        Waits.until(() -> routines(robot).equals(List.of("Cold feet", "Roller")));
    }

    @Test
    void theDailyCheckInFromTheRoutinesPageIsSaved(FxRobot robot) throws Exception {
        Waits.until(() -> robot.lookup("#checkInButton").tryQuery().isPresent());
        robot.clickOn("#checkInButton");
        verifyThat("#historyPage", isVisible());

        robot.clickOn("#checkIn-4");
        robot.clickOn("#checkInArea-lower-back");
        robot.clickOn("#saveCheckInButton");

        Waits.until(() -> robot.lookup("#checkInStatus").queryLabeled().getText().startsWith("Saved today's"));
        window.exit();
        try (Storage storage = window.openData()) {
            var checkIn = storage.pain().checkInOn(LocalDate.now(CLOCK)).orElseThrow();
            assertEquals(new PainScore(4), checkIn.score());
            assertTrue(checkIn.areas().contains(Area.LOWER_BACK));
        }
    }

    @Test
    void painRisingAfterSessionsShowsTheDangerBoxWithTheSafetyQuestions(FxRobot robot) throws Exception {
        window.seed(storage -> {
            for (int day = 4; day <= 6; day++) {
                record(storage, LOW_BACK, day, 4, 7);
            }
        });
        openHistory(robot, 5);

        Waits.until(() -> robot.lookup("#verdictBox").query().isVisible());
        verifyThat("#safetyQuestionsButton", isVisible());
        assertEquals("Answer the safety questions", robot.lookup("#safetyQuestionsButton").queryButton().getText());
        assertTrue(robot.lookup("#verdictBox").query().getStyleClass().contains("danger-box"));
        assertFalse(robot.lookup("#verdictReportButton").query().isVisible());
        assertTrue(robot.lookup("#verdictSentence").queryLabeled().getText().contains("Low-back relief"));

        robot.clickOn("#safetyQuestionsButton");
        Waits.until(() -> robot.lookup("#redFlagCheck").tryQuery().map(node -> node.isVisible()).orElse(false));
        robot.clickOn("#notNowRedFlagsButton");
        Waits.until(() -> robot.lookup("#verdictBox").tryQuery().map(node -> node.isVisible()).orElse(false));
    }
}
