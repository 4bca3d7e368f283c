package org.unknot.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.unknot.app.AppWindow.answer;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ListView;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.controlsfx.control.decoration.Decorator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.unknot.domain.Area;
import org.unknot.domain.CheckInRecord;
import org.unknot.domain.PainKind;
import org.unknot.domain.PainScore;
import org.unknot.store.PainEntry;
import org.unknot.ui.common.Formats;
import org.unknot.ui.history.CheckInViewModel;

/**
 * History's "Check-ins" tab in the real window, with the app's background thread: correct a past check-in, delete it
 * and undo, and be asked before a correction is lost. Disk work on the FX thread fails these tests.
 */
@ExtendWith(ApplicationExtension.class)
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class CheckInsWindowTest {

    private static final Instant NOW = AppWindow.NOW;
    private static final LocalDate YESTERDAY = LocalDate.of(2026, 11, 21);
    private static final Instant MADE = NOW.minus(Duration.ofDays(1));

    @RegisterExtension
    final AppWindow window = new AppWindow();

    @Start
    void start(Stage stage) throws Exception {
        window.seed(storage -> {
            storage.settings().acknowledgeSafety(NOW);
            storage.pain().checkIn(YESTERDAY, new PainEntry(PainKind.CHECK_IN, MADE, new PainScore(6),
                    Set.of(Area.NECK), "Stiff"));
            storage.pain().checkIn(YESTERDAY.minusDays(2), new PainEntry(PainKind.CHECK_IN,
                    MADE.minus(Duration.ofDays(2)), new PainScore(4), Set.of(), ""));
        }).start(stage);
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
        // below the body map now, out of the small test window's view, as the note and the save button are
        robot.interact(() -> robot.lookup("#pastCheckInArea-feet").queryAs(ToggleButton.class).fire());
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
        PainEntry stored = window.stored(storage -> storage.pain().checkInOn(YESTERDAY).orElseThrow());
        assertEquals(new PainScore(3), stored.score());
        assertEquals(Set.of(Area.NECK, Area.FEET), stored.areas());
        assertEquals("Easier", stored.note());
        assertEquals(MADE, stored.recordedAt(), "the moment it was made stays");
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

    @Test
    void leavingHistoryWithTodaysCheckInEnteredButNotSavedAsksThenSaveStoresIt(FxRobot robot) throws Exception {
        openNewest(robot);
        robot.clickOn("#checkInCard");
        robot.clickOn("#checkIn-3");
        robot.clickOn("#navRoutines");
        answer(robot, "Cancel");
        assertTrue(shows(robot, "navHistory"), "Cancel stays on History");

        robot.clickOn("#navRoutines");
        answer(robot, "Save");

        Waits.until(() -> shows(robot, "navRoutines"));
        assertEquals(new PainScore(3), window.stored(storage -> storage.pain().checkInOn(YESTERDAY.plusDays(1))
                .orElseThrow().score()));
    }

    /** Corrects the newest check-in's pain to 1 without saving, then clicks Routines in the sidebar. */
    private void correctThenClickRoutines(FxRobot robot) throws Exception {
        openNewest(robot);
        robot.clickOn("#pastCheckIn-1");
        robot.clickOn("#navRoutines");
    }

    private static boolean shows(FxRobot robot, String navId) {
        return robot.lookup("#" + navId).queryAs(ToggleButton.class).isSelected();
    }

    private PainScore storedPain() {
        return window.stored(storage -> storage.pain().checkInOn(YESTERDAY).orElseThrow().score());
    }

    @Test
    void leavingHistoryWithAnUnsavedCorrectionAsksAndCancelStays(FxRobot robot) throws Exception {
        correctThenClickRoutines(robot);
        answer(robot, "Cancel");

        assertTrue(robot.lookup("#checkInList").tryQuery().isPresent(), "History is still shown");
        assertTrue(shows(robot, "navHistory"), "the sidebar stays on History");
        assertFalse(shows(robot, "navRoutines"));
        assertTrue(robot.lookup("#pastCheckIn-1").queryAs(ToggleButton.class).isSelected(),
                "the correction is still there");
    }

    @Test
    void leavingHistoryWithoutSavingDropsTheCorrection(FxRobot robot) throws Exception {
        correctThenClickRoutines(robot);
        answer(robot, "Don't save");

        Waits.until(() -> robot.lookup("#checkInList").tryQuery().isEmpty());
        assertTrue(shows(robot, "navRoutines"));
        assertEquals(new PainScore(6), storedPain());
    }

    @Test
    void leavingHistoryCanSaveTheCorrectionFirst(FxRobot robot) throws Exception {
        correctThenClickRoutines(robot);
        answer(robot, "Save");

        Waits.until(() -> robot.lookup("#checkInList").tryQuery().isEmpty());
        assertTrue(shows(robot, "navRoutines"));
        assertEquals(new PainScore(1), storedPain());
    }

    @Test
    void closingTheWindowWithAnUnsavedCorrectionAsksWithSaveAsTheDefault(FxRobot robot) throws Exception {
        openNewest(robot);
        robot.clickOn("#pastCheckIn-1");
        Stage stage = (Stage) robot.lookup("#checkInList").query().getScene().getWindow();

        Platform.runLater(() -> stage.fireEvent(new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST)));
        Waits.until(() -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        assertEquals("Save", robot.lookup(".dialog-pane .button").match((Button b) -> b.isDefaultButton())
                .queryButton().getText());
        answer(robot, "Cancel");

        assertTrue(stage.isShowing(), "Cancel keeps the window");
        assertTrue(robot.lookup("#pastCheckIn-1").queryAs(ToggleButton.class).isSelected());
    }

    @Test
    void ctrl1WithAnUnsavedCorrectionAsksAsTheSidebarDoes(FxRobot robot) throws Exception {
        openNewest(robot);
        robot.clickOn("#pastCheckIn-1");

        robot.push(KeyCode.SHORTCUT, KeyCode.DIGIT1);
        answer(robot, "Don't save");

        Waits.until(() -> shows(robot, "navRoutines"));
        assertEquals(new PainScore(6), storedPain());
    }

    @Test
    void ctrlNWithAnUnsavedCorrectionAsksBeforeTheEditorOpensAndCancelStays(FxRobot robot) throws Exception {
        openNewest(robot);
        robot.clickOn("#pastCheckIn-1");

        robot.push(KeyCode.SHORTCUT, KeyCode.N);
        answer(robot, "Cancel");

        assertTrue(robot.lookup("#editorPage").tryQuery().isEmpty(), "the editor did not open");
        assertTrue(robot.lookup("#pastCheckIn-1").queryAs(ToggleButton.class).isSelected());
    }
}
