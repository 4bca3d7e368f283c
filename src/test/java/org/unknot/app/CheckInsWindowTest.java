package org.unknot.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ListView;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.controlsfx.control.decoration.Decorator;
import org.junit.jupiter.api.AfterEach;
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
import org.unknot.domain.CheckInRecord;
import org.unknot.domain.PainKind;
import org.unknot.domain.PainScore;
import org.unknot.session.FakeClock;
import org.unknot.store.DataFolder;
import org.unknot.store.PainEntry;
import org.unknot.store.Storage;
import org.unknot.ui.common.Formats;
import org.unknot.ui.history.CheckInViewModel;
import org.unknot.ui.common.FxBackgroundRunner;
import org.unknot.ui.player.RecordingCues;

/**
 * History's "Check-ins" tab in the real window, with the app's background thread: correct a past check-in, delete it
 * and undo, and be asked before a correction is lost. Disk work on the FX thread fails these tests.
 */
@ExtendWith(ApplicationExtension.class)
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class CheckInsWindowTest {

    private static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
    private static final LocalDate YESTERDAY = LocalDate.of(2026, 11, 21);
    private static final Instant MADE = NOW.minus(Duration.ofDays(1));

    @TempDir
    static Path folder;

    @RegisterExtension
    final UiThreadDiskGuard diskGuard = new UiThreadDiskGuard();

    private final FxBackgroundRunner background = new FxBackgroundRunner();
    private AppContext context;
    private Path data;

    @Start
    void start(Stage stage) throws Exception {
        data = Files.createTempDirectory(folder, "data");
        // @Start runs on the FX thread, where disk work is refused: the data is written on another thread.
        CompletableFuture.runAsync(() -> {
            try (Storage storage = Storage.open(new DataFolder(data), CLOCK, List::of)) {
                storage.settings().acknowledgeSafety(NOW);
                storage.pain().checkIn(YESTERDAY, new PainEntry(PainKind.CHECK_IN, MADE, new PainScore(6),
                        Set.of(Area.NECK), "Stiff"));
                storage.pain().checkIn(YESTERDAY.minusDays(2), new PainEntry(PainKind.CHECK_IN,
                        MADE.minus(Duration.ofDays(2)), new PainScore(4), Set.of(), ""));
            }
        }).get();
        context = new AppContext(new DataFolder(data), background, CLOCK, new FakeClock(), RecordingCues::new,
                Optional.empty());
        context.start(stage, () -> { });
    }

    @AfterEach
    void close(FxRobot robot) {
        background.close();
        robot.interact(context::close);
    }

    private ListView<CheckInRecord> list(FxRobot robot) {
        return robot.lookup("#checkInList").queryListView();
    }

    /** Goes to History's Check-ins tab, waits for its two check-ins and selects the newest with the first ↓. */
    private void openNewest(FxRobot robot) throws Exception {
        Waits.until(() -> robot.lookup("#navHistory").tryQuery().isPresent());
        robot.clickOn("#navHistory");
        robot.interact(() -> tabs(robot).getSelectionModel().select(3));
        Waits.until(() -> list(robot).getItems().size() == 2);
        robot.interact(() -> list(robot).requestFocus());
        robot.type(KeyCode.DOWN);
        Waits.until(() -> robot.lookup("#checkInDay").queryLabeled().getText()
                .equals("Check-in of " + Formats.day(LocalDate.of(2026, 11, 21))));
    }

    private static TabPane tabs(FxRobot robot) {
        return robot.lookup("#historyTabs").queryAs(TabPane.class);
    }

    private static void answer(FxRobot robot, String button) throws Exception {
        Waits.until(() -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        robot.interact(() -> robot.lookup(".dialog-pane .button").match((Button b) -> button.equals(b.getText()))
                .queryButton().fire());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static boolean marked(Node field) {
        return Decorator.getDecorations(field) != null && !Decorator.getDecorations(field).isEmpty();
    }

    @Test
    void aNoteTooLongIsMarkedWithTheRefusalsSentenceSaveIsRefusedAndTheMarkGoesWhenShortened(FxRobot robot)
            throws Exception {
        openNewest(robot);
        String tooLong = "x".repeat(CheckInViewModel.MAX_NOTE_LENGTH + 1);
        String sentence = "The note is " + tooLong.length() + " characters; shorten it to "
                + CheckInViewModel.MAX_NOTE_LENGTH + ".";

        TextField past = robot.lookup("#pastCheckInNote").queryAs(TextField.class);
        robot.interact(() -> past.setText(tooLong));
        Waits.until(() -> marked(past));
        assertEquals(sentence, past.getAccessibleHelp(), "the mark carries the refusal's own sentence");
        robot.interact(() -> robot.lookup("#savePastCheckInButton").queryButton().fire());
        Waits.until(() -> sentence.equals(robot.lookup("#checkInsError").queryLabeled().getText()));
        assertEquals("Stiff", list(robot).getItems().get(0).note(), "nothing was saved");
        robot.interact(() -> past.setText("Easier"));
        Waits.until(() -> !marked(past));

        // today's check-in card on the same page marks its note the same way
        robot.clickOn("#checkInCard");
        TextField today = robot.lookup("#checkInNote").queryAs(TextField.class);
        robot.interact(() -> today.setText(tooLong));
        Waits.until(() -> marked(today));
        assertEquals(sentence, today.getAccessibleHelp());
        robot.clickOn("#checkIn-3");
        robot.interact(() -> robot.lookup("#saveCheckInButton").queryButton().fire());
        Waits.until(() -> sentence.equals(robot.lookup("#checkInError").queryLabeled().getText()));
        robot.interact(() -> today.setText("Fine"));
        Waits.until(() -> !marked(today));
    }

    @Test
    void aPastCheckInIsCorrectedThenDeletedAndBroughtBack(FxRobot robot) throws Exception {
        openNewest(robot);

        robot.clickOn("#pastCheckIn-3");
        robot.clickOn("#pastCheckInArea-feet");
        robot.interact(() -> robot.lookup("#pastCheckInNote").queryTextInputControl().setText("Easier"));
        robot.interact(() -> robot.lookup("#savePastCheckInButton").queryButton().fire());
        CheckInRecord corrected = new CheckInRecord(YESTERDAY, new PainScore(3), Set.of(Area.NECK, Area.FEET),
                "Easier");
        Waits.until(() -> list(robot).getItems().get(0).equals(corrected));

        Button delete = robot.lookup("#deleteCheckInButton").queryButton();
        // the question waits for an answer inside the click, so the click is not waited for here
        Platform.runLater(delete::fire);
        answer(robot, "Delete");
        Waits.until(() -> list(robot).getItems().size() == 1
                && robot.lookup("#undoCheckInDeleteButton").queryButton().isVisible());

        robot.clickOn("#undoCheckInDeleteButton");
        Waits.until(() -> list(robot).getItems().size() == 2);
        background.close();
        robot.interact(context::close);
        try (Storage storage = Storage.open(new DataFolder(data), CLOCK, List::of)) {
            PainEntry stored = storage.pain().checkInOn(YESTERDAY).orElseThrow();
            assertEquals(new PainScore(3), stored.score());
            assertEquals(Set.of(Area.NECK, Area.FEET), stored.areas());
            assertEquals("Easier", stored.note());
            assertEquals(MADE, stored.recordedAt(), "the moment it was made stays");
        }
    }

    @Test
    void leavingTheTabWithAnUnsavedCorrectionAsksAndCancelStays(FxRobot robot) throws Exception {
        openNewest(robot);
        robot.clickOn("#pastCheckIn-1");

        // the question waits for an answer inside the tab's change, so the change is not waited for here
        Platform.runLater(() -> tabs(robot).getSelectionModel().select(0));
        answer(robot, "Cancel");

        assertEquals("Check-ins", tabs(robot).getSelectionModel().getSelectedItem().getText());
        assertEquals("Check-in of " + Formats.day(LocalDate.of(2026, 11, 21)), robot.lookup("#checkInDay").queryLabeled().getText());
    }
}
