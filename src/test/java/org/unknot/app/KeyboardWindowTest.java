package org.unknot.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BackgroundFill;
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
import org.unknot.domain.Routine;
import org.unknot.domain.SessionRecord;
import org.unknot.domain.SessionStatus;
import org.unknot.domain.StepOutcome;
import org.unknot.files.StarterRoutines;
import org.unknot.store.PainEntry;
import org.unknot.store.RoutineSummary;

/**
 * The keyboard everywhere, in the real window with the app's real background thread: the page shortcuts, Esc back,
 * Tab out of a text area, the first ↓ in the library, the shortcut sheet. Disk work on the FX thread fails these.
 */
@ExtendWith(ApplicationExtension.class)
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class KeyboardWindowTest {

    private static final Clock CLOCK = AppWindow.CLOCK;

    @RegisterExtension
    final AppWindow window = new AppWindow();

    private Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        window.seed(StarterRoutines::load, storage -> {
            storage.settings().acknowledgeSafety(CLOCK.instant());
            Routine routine = StarterRoutines.load().get(0);
            for (int days = 1; days <= 3; days++) {
                Instant when = CLOCK.instant().minus(Duration.ofDays(days));
                long id = storage.sessions().start(Optional.empty(), routine, when);
                storage.sessions().recordStep(id, 0, StepOutcome.COMPLETED, 60, 0);
                storage.sessions().finish(id, SessionStatus.COMPLETED, Optional.empty(), when.plusSeconds(60));
                storage.pain().rateSession(id, new PainEntry(PainKind.BEFORE, when, new PainScore(6), Set.of(),
                        ""));
            }
        }).start(stage);
    }

    private static boolean shown(FxRobot robot, String query) {
        return robot.lookup(query).tryQuery().map(Node::isVisible).orElse(false);
    }

    private static ListView<RoutineSummary> library(FxRobot robot) throws Exception {
        Waits.until(() -> shown(robot, "#routinesPage")
                && !robot.lookup("#routineList").queryListView().getItems().isEmpty());
        return robot.lookup("#routineList").queryListView();
    }

    /** After a modal question closes, Monocle may drop the next keys unless the window has the focus again. */
    private void refocus(FxRobot robot) {
        robot.interact(() -> stage.requestFocus());
    }

    @Test
    void theFocusedSidebarButtonAndListShowARing(FxRobot robot) throws Exception {
        ListView<RoutineSummary> list = library(robot);
        ToggleButton history = robot.lookup("#navHistory").queryAs(ToggleButton.class);
        assertEquals(1, history.getBackground().getFills().size(), "no ring while another control has the focus");

        robot.interact(history::requestFocus);
        Waits.until(history::isFocused);
        List<BackgroundFill> fills = history.getBackground().getFills();
        assertEquals(2, fills.size(), "an accent ring around the button's own fill");
        assertEquals(3, fills.get(1).getInsets().getTop(), 0.01);
        assertFalse(fills.get(0).getFill().equals(fills.get(1).getFill()));

        robot.interact(list::requestFocus);
        Waits.until(list::isFocused);
        assertEquals(2.5, list.getBorder().getStrokes().get(0).getWidths().getTop(), 0.01);
        assertEquals(1, history.getBackground().getFills().size());
        robot.push(KeyCode.DOWN);
        Waits.until(() -> list.getSelectionModel().getSelectedIndex() == 0);
        ListCell<?> first = robot.lookup("#routineList .list-cell").queryAllAs(ListCell.class).stream()
                .filter(cell -> cell.getIndex() == 0).findFirst().orElseThrow();
        assertEquals(3, first.getBackground().getFills().size(), "the focused routine has a ring inside its card");
        assertEquals(3, first.getBackground().getFills().get(2).getInsets().getTop(), 0.01);
    }

    @Test
    void ctrlOneTwoThreeGoToRoutinesHistoryAndSettings(FxRobot robot) throws Exception {
        library(robot);

        robot.push(KeyCode.CONTROL, KeyCode.DIGIT2);
        Waits.until(() -> shown(robot, "#historyPage"));
        robot.push(KeyCode.CONTROL, KeyCode.DIGIT3);
        Waits.until(() -> shown(robot, "#settingsPage"));
        ToggleButton settings = robot.lookup("#navSettings").queryAs(ToggleButton.class);
        assertTrue(settings.isSelected());
        assertTrue(settings.isFocused(), "the keyboard is on the page's button, not left on the page before");
        robot.push(KeyCode.CONTROL, KeyCode.DIGIT1);
        Waits.until(() -> shown(robot, "#routinesPage"));
        assertFalse(shown(robot, "#settingsPage"));
    }

    @Test
    void ctrlNOpensAnEmptyEditorAndEscGoesBackToTheLibrary(FxRobot robot) throws Exception {
        library(robot);

        robot.push(KeyCode.CONTROL, KeyCode.N);
        Waits.until(() -> shown(robot, "#editorPage"));
        assertEquals("", robot.lookup("#nameField").queryAs(TextField.class).getText());

        robot.push(KeyCode.ESCAPE);
        Waits.until(() -> shown(robot, "#routinesPage"));
        assertFalse(shown(robot, "#editorPage"));
    }

    @Test
    void escInTheEditorAsksBeforeUnsavedChangesAreLostAndEscInTheQuestionKeepsThem(FxRobot robot) throws Exception {
        library(robot);
        robot.push(KeyCode.CONTROL, KeyCode.N);
        Waits.until(() -> shown(robot, "#editorPage"));
        robot.clickOn("#nameField").write("Evening");

        robot.push(KeyCode.ESCAPE);
        Waits.until(() -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        robot.push(KeyCode.ESCAPE);
        Waits.until(() -> robot.lookup(".dialog-pane").tryQuery().isEmpty());
        refocus(robot);
        assertTrue(shown(robot, "#editorPage"), "Esc in the question is Cancel: the editor stays");
        assertEquals("Evening", robot.lookup("#nameField").queryAs(TextField.class).getText());

        robot.push(KeyCode.ESCAPE);
        Waits.until(() -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        robot.clickOn("Don't save");
        Waits.until(() -> shown(robot, "#routinesPage"));
    }

    @Test
    void theFirstDownArrowInTheLibrarySelectsTheFirstRoutineAndCtrlEEditsIt(FxRobot robot) throws Exception {
        ListView<RoutineSummary> list = library(robot);
        robot.clickOn("#searchField");
        robot.push(KeyCode.TAB);
        Waits.until(list::isFocused);

        robot.push(KeyCode.DOWN);
        Waits.until(() -> list.getSelectionModel().getSelectedIndex() >= 0);
        assertEquals(0, list.getSelectionModel().getSelectedIndex(), "the first ↓ selects the first routine");
        String first = list.getItems().get(0).name();

        robot.push(KeyCode.CONTROL, KeyCode.E);
        Waits.until(() -> shown(robot, "#editorPage"));
        Waits.until(() -> first.equals(robot.lookup("#nameField").queryAs(TextField.class).getText()));
    }

    @Test
    void ctrlFFromAnotherPagePutsTheCursorInTheLibrarySearch(FxRobot robot) throws Exception {
        ListView<RoutineSummary> list = library(robot);
        int all = list.getItems().size();
        robot.push(KeyCode.CONTROL, KeyCode.DIGIT2);
        Waits.until(() -> shown(robot, "#historyPage"));

        robot.push(KeyCode.CONTROL, KeyCode.F);
        Waits.until(() -> robot.lookup("#searchField").queryAs(TextField.class).isFocused());
        robot.write("neck");

        Waits.until(() -> list.getItems().size() < all);
        assertTrue(list.getItems().stream().allMatch(routine -> routine.name().toLowerCase().contains("neck")));
    }

    @Test
    void tabLeavesTheCueFieldWithoutTypingATab(FxRobot robot) throws Exception {
        library(robot);
        robot.push(KeyCode.CONTROL, KeyCode.N);
        Waits.until(() -> shown(robot, "#editorPage"));
        robot.clickOn("#add-rest");
        Waits.until(() -> shown(robot, "#cueField"));
        TextArea cue = robot.lookup("#cueField").queryAs(TextArea.class);

        robot.interact(cue::requestFocus);
        robot.write("Breathe");
        robot.push(KeyCode.TAB);
        Waits.until(() -> !cue.isFocused());
        assertEquals("Breathe", cue.getText());

        robot.push(KeyCode.SHIFT, KeyCode.TAB);
        Waits.until(cue::isFocused);
        assertEquals("Breathe", cue.getText(), "Shift+Tab comes back without typing either");
    }

    @Test
    void theFirstDownArrowInHistorySelectsTheNewestSession(FxRobot robot) throws Exception {
        library(robot);
        robot.push(KeyCode.CONTROL, KeyCode.DIGIT2);
        Waits.until(() -> robot.lookup("#sessionTable").tryQuery().isPresent()
                && robot.lookup("#sessionTable").<SessionRecord>queryTableView().getItems().size() == 3);
        TableView<SessionRecord> table = robot.lookup("#sessionTable").queryTableView();
        robot.interact(table::requestFocus);

        robot.push(KeyCode.DOWN);
        Waits.until(() -> table.getSelectionModel().getSelectedIndex() >= 0);
        assertEquals(0, table.getSelectionModel().getSelectedIndex());
        robot.push(KeyCode.DOWN);
        Waits.until(() -> table.getSelectionModel().getSelectedIndex() == 1);
    }

    @Test
    void escClosesAnOpenedSessionAndTheKeyboardGoesBackToTheList(FxRobot robot) throws Exception {
        library(robot);
        robot.push(KeyCode.CONTROL, KeyCode.DIGIT2);
        Waits.until(() -> robot.lookup("#sessionTable").tryQuery().isPresent()
                && !robot.lookup("#sessionTable").<SessionRecord>queryTableView().getItems().isEmpty());
        TableView<SessionRecord> table = robot.lookup("#sessionTable").queryTableView();
        robot.interact(() -> {
            table.requestFocus();
            table.getSelectionModel().select(0);
        });

        robot.push(KeyCode.ENTER);
        Waits.until(() -> shown(robot, "#detailScroll"));
        robot.push(KeyCode.ESCAPE);

        Waits.until(() -> shown(robot, "#sessionTable"));
        assertFalse(shown(robot, "#detailScroll"));
        assertTrue(table.isFocused());
    }

    @Test
    void f1ShowsTheShortcutsAndEscClosesThemWithoutLeavingThePage(FxRobot robot) throws Exception {
        library(robot);
        robot.push(KeyCode.CONTROL, KeyCode.N);
        Waits.until(() -> shown(robot, "#editorPage"));

        robot.push(KeyCode.F1);
        Waits.until(() -> shown(robot, "#shortcutSheet"));
        assertTrue(robot.lookup("Ctrl+N").tryQuery().isPresent());
        robot.push(KeyCode.ESCAPE);

        Waits.until(() -> robot.lookup("#shortcutSheet").tryQuery().isEmpty());
        assertTrue(shown(robot, "#editorPage"), "the Esc that closed the sheet did not also leave the editor");
    }

    @Test
    void aQuestionMarkShowsTheShortcutsButIsTypedIntoAField(FxRobot robot) throws Exception {
        ListView<RoutineSummary> list = library(robot);

        robot.clickOn("#searchField").write("?");
        assertEquals("?", robot.lookup("#searchField").queryAs(TextField.class).getText());
        assertTrue(robot.lookup("#shortcutSheet").tryQuery().isEmpty());

        robot.interact(list::requestFocus);
        robot.write("?");
        Waits.until(() -> shown(robot, "#shortcutSheet"));
        robot.push(KeyCode.ENTER);
        Waits.until(() -> robot.lookup("#shortcutSheet").tryQuery().isEmpty());
        assertTrue(list.isFocused(), "the keyboard is back where it was");
    }
}
