package org.unknot.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.testfx.api.FxAssert.verifyThat;
import static org.testfx.matcher.base.NodeMatchers.isVisible;
import static org.testfx.matcher.control.LabeledMatchers.hasText;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.control.TextField;
import javafx.scene.control.Button;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.controlsfx.control.decoration.Decorator;
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
import org.unknot.domain.PerformedBy;
import org.unknot.domain.Routine;
import org.unknot.domain.Side;
import org.unknot.domain.Step;
import org.unknot.domain.Tool;
import org.unknot.store.RoutineSummary;
import org.unknot.store.StoredRoutine;
import org.unknot.ui.routines.RoutinesView;

/**
 * The routine builder in the real window, with the app's real background thread: build a routine from nothing with
 * keyboard and mouse, then find it. Disk work on the FX thread fails these tests (run with
 * {@code -Dunknot.strictThreads=true}).
 */
@ExtendWith(ApplicationExtension.class)
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class EditorWindowTest {

    private static final Clock CLOCK = AppWindow.CLOCK;

    @TempDir
    static Path folder;

    @RegisterExtension
    final AppWindow window = new AppWindow();

    @Start
    void start(Stage stage) throws Exception {
        window.seed(storage -> storage.settings().acknowledgeSafety(CLOCK.instant())).start(stage);
    }

    /** Opens a new routine in the editor once the library has loaded. */
    private static void newRoutine(FxRobot robot) throws Exception {
        Waits.until(() -> robot.lookup("#routinesPage").tryQuery().isPresent());
        robot.clickOn("#newButton");
        Waits.until(() -> robot.lookup("#editorPage").tryQuery().isPresent());
    }

    private static void saveAndWait(FxRobot robot) throws Exception {
        robot.clickOn("#saveRoutineButton");
        Waits.until(() -> robot.lookup("#editorStatus").queryLabeled().getText().startsWith("Saved"));
    }

    /** Reads the data file on the test thread, as the next start of the app would. */
    private Optional<Routine> stored(String name) {
        return window.read(storage -> storage.routines().findByName(name).map(StoredRoutine::routine));
    }

    @Test
    void buildARoutineOfThreeToolsReorderUndoSaveAndFindItInTheLibrary(FxRobot robot) throws Exception {
        newRoutine(robot);
        verifyThat("#editorPage", isVisible());
        TextField nameField = robot.lookup("#nameField").queryAs(TextField.class);
        assertEquals(1, Decorator.getDecorations(nameField).size(), "an empty name is marked");

        robot.clickOn("#nameField").write("Evening mix");
        assertTrue(Decorator.getDecorations(nameField) == null || Decorator.getDecorations(nameField).isEmpty(),
                "a name clears the mark");
        robot.clickOn("#add-foam-roller");
        robot.clickOn("#add-handheld-massager");
        robot.clickOn("#add-cold-ball");
        robot.clickOn("#side-each");
        ScrollPane fields = robot.lookup("#stepScroll").queryAs(ScrollPane.class);
        robot.interact(() -> fields.setVvalue(1.0));
        robot.clickOn("#secondsField").write("4:00").type(KeyCode.ENTER);

        // the cold ball (selected) moves up above the massager with the keyboard
        robot.press(KeyCode.ALT, KeyCode.UP).release(KeyCode.UP, KeyCode.ALT);
        ListView<Step> steps = robot.lookup("#stepList").queryListView();
        assertEquals(List.of(Tool.FOAM_ROLLER, Tool.COLD_BALL, Tool.HANDHELD_MASSAGER),
                steps.getItems().stream().map(Step::tool).toList());

        robot.clickOn("#undoButton");
        assertEquals(List.of(Tool.FOAM_ROLLER, Tool.HANDHELD_MASSAGER, Tool.COLD_BALL),
                steps.getItems().stream().map(Step::tool).toList(), "undo takes the move back");
        robot.press(KeyCode.CONTROL).type(KeyCode.Y).release(KeyCode.CONTROL);
        assertEquals(Tool.COLD_BALL, steps.getItems().get(1).tool(), "Ctrl+Y redoes it");

        saveAndWait(robot);
        robot.clickOn("#editorBackButton");

        Waits.until(() -> robot.lookup("#routinesPage").tryQuery().isPresent());
        ListView<RoutineSummary> library = robot.lookup("#routineList").queryListView();
        Waits.until(() -> library.getSelectionModel().getSelectedItem() != null);
        assertEquals(List.of("Evening mix"), library.getItems().stream().map(RoutineSummary::name).toList());
        assertEquals("Evening mix", library.getSelectionModel().getSelectedItem().name(),
                "the routine just edited is selected");
        Routine saved = stored("Evening mix").orElseThrow();
        assertEquals(List.of(Tool.FOAM_ROLLER, Tool.COLD_BALL, Tool.HANDHELD_MASSAGER),
                saved.steps().stream().map(Step::tool).toList());
        Step cold = saved.steps().get(1);
        assertEquals(Side.EACH, cold.side());
        assertEquals(240, cold.seconds());
        assertEquals(Optional.of(Area.LOWER_BACK), cold.area());
    }

    @Test
    void leavingWithUnsavedChangesAsksFirstAndCancelStays(FxRobot robot) throws Exception {
        newRoutine(robot);
        robot.clickOn("#nameField").write("Draft");
        robot.clickOn("#add-rest");

        // The question is a modal dialog: press Back from a later FX pulse, so the robot is free to answer it.
        Button back = robot.lookup("#editorBackButton").queryButton();
        Platform.runLater(back::fire);

        Waits.until(() -> robot.lookup("Save the changes to this routine?").tryQuery().isPresent());
        robot.interact(() -> dialogButton(robot, "Cancel").fire());
        verifyThat("#editorPage", isVisible());
        assertEquals("Draft", robot.lookup("#nameField").queryTextInputControl().getText(), "nothing was lost");
    }

    @Test
    void enterOnTheLeaveQuestionSavesAndThenLeaves(FxRobot robot) throws Exception {
        newRoutine(robot);
        robot.clickOn("#nameField").write("Kept by Enter");
        robot.clickOn("#add-rest");

        Button back = robot.lookup("#editorBackButton").queryButton();
        Platform.runLater(back::fire);
        Waits.until(() -> robot.lookup("Save the changes to this routine?").tryQuery().isPresent());
        assertTrue(dialogButton(robot, "Save").isDefaultButton(), "Save is the default button");
        assertFalse(dialogButton(robot, "Don't save").isDefaultButton());
        robot.type(KeyCode.ENTER);

        Waits.until(() -> robot.lookup("#routinesPage").tryQuery().isPresent());
        assertTrue(stored("Kept by Enter").isPresent(), "Enter saved the new routine rather than discarding it");
        ListView<RoutineSummary> library = robot.lookup("#routineList").queryListView();
        Waits.until(() -> library.getSelectionModel().getSelectedItem() != null);
        assertEquals("Kept by Enter", library.getSelectionModel().getSelectedItem().name());
    }

    private static Button dialogButton(FxRobot robot, String text) {
        return robot.lookup(".dialog-pane .button").match((Button button) -> text.equals(button.getText()))
                .queryButton();
    }

    @Test
    void aClickOnTheBodyMapSetsTheArea(FxRobot robot) throws Exception {
        newRoutine(robot);
        robot.clickOn("#nameField").write("Legs");
        robot.clickOn("#add-foam-roller");

        robot.clickOn("#bodyRegion-back-calf-left");
        saveAndWait(robot);

        assertEquals(Optional.of(Area.CALVES), stored("Legs").orElseThrow().steps().get(0).area());
    }

    @Test
    void importingAGoodAndABadFileReportsBothAndKeepsTheGoodOne(FxRobot robot) throws Exception {
        Path good = folder.resolve("good-" + System.nanoTime() + ".json");
        Files.writeString(good, """
                {"format": "unknot-routine", "version": 1, "name": "Imported calves",
                 "steps": [{"tool": "foam-roller", "area": "calves", "side": "each", "seconds": 45}]}
                """);
        Path bad = folder.resolve("bad-" + System.nanoTime() + ".json");
        Files.writeString(bad, """
                {"format": "unknot-routine", "version": 1, "name": "Broken",
                 "steps": [{"tool": "roler", "area": "calves", "seconds": 45}]}
                """);
        Waits.until(() -> robot.lookup("#routinesPage").tryQuery().isPresent());
        RoutinesView libraryView = robot.lookup("#routinesPage").queryAs(RoutinesView.class);

        // The report is a modal dialog: ask from a later FX pulse, so the robot is free to answer it.
        Platform.runLater(() -> libraryView.importFiles(List.of(good, bad)));

        Waits.until(() -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        String report = robot.lookup(".dialog-pane .content").queryLabeled().getText();
        assertTrue(report.contains("Imported \"Imported calves\""), report);
        assertTrue(report.contains("\"roler\" is not allowed"), report);
        robot.interact(() -> robot.lookup(".dialog-pane .button").queryButton().fire());
        ListView<RoutineSummary> library = robot.lookup("#routineList").queryListView();
        Waits.until(() -> library.getItems().stream().anyMatch(routine -> routine.name().equals("Imported calves")));
        assertEquals(1, library.getItems().size(), "nothing of the bad file was written");
    }

    @Test
    void aTypedTimeStaysOnItsStepWhenAnotherStepIsPicked(FxRobot robot) throws Exception {
        newRoutine(robot);
        robot.clickOn("#nameField").write("Two steps");
        robot.clickOn("#add-foam-roller");
        robot.clickOn("#add-cold-ball");
        ListView<Step> steps = robot.lookup("#stepList").queryListView();
        robot.clickOn("Foam roller  ·  Upper back");
        assertEquals(0, steps.getSelectionModel().getSelectedIndex());
        ScrollPane fields = robot.lookup("#stepScroll").queryAs(ScrollPane.class);
        robot.interact(() -> fields.setVvalue(1.0));

        robot.clickOn("#secondsField").write("2:00");
        robot.clickOn("Cold ball  ·  Lower back");

        assertEquals(120, steps.getItems().get(0).seconds());
        assertEquals(300, steps.getItems().get(1).seconds(), "the cold ball keeps its own time");
    }

    private static boolean marked(javafx.scene.Node field) {
        return Decorator.getDecorations(field) != null && !Decorator.getDecorations(field).isEmpty();
    }

    @Test
    void aRefusedTimeOrCueIsMarkedWithItsSentenceSaveIsRefusedAndTheMarkGoesWhenFixed(FxRobot robot)
            throws Exception {
        newRoutine(robot);
        robot.clickOn("#nameField").write("Marked fields");
        robot.clickOn("#add-foam-roller");
        ScrollPane fields = robot.lookup("#stepScroll").queryAs(ScrollPane.class);
        robot.interact(() -> fields.setVvalue(1.0));
        TextField seconds = robot.lookup("#secondsField").queryAs(TextField.class);
        Button save = robot.lookup("#saveRoutineButton").queryButton();

        robot.clickOn("#secondsField").write("90:00");
        Waits.until(() -> marked(seconds));
        String sentence = "Step 1: seconds must be between 5 and 3600.";
        assertEquals(sentence, seconds.getAccessibleHelp(), "the mark carries the routine's own sentence");
        verifyThat("#secondsProblem", hasText(sentence));
        assertTrue(save.isDisabled(), "a routine with a refused time cannot be saved");
        assertTrue(robot.lookup("#stepMessages").queryAs(javafx.scene.layout.VBox.class).getChildren().isEmpty(),
                "the sentence shows once, at its field");

        robot.interact(seconds::selectAll);
        robot.write("2:00");
        Waits.until(() -> !marked(seconds));
        assertFalse(robot.lookup("#secondsProblem").query().isVisible());
        assertFalse(save.isDisabled());

        // a time that is not one is refused when the field is left, with the sentence that says how to type it
        robot.interact(seconds::selectAll);
        robot.write("1:7x");
        robot.clickOn("#cueField");
        Waits.until(() -> marked(seconds));
        assertEquals("Type the time as minutes:seconds, like 1:30, or as seconds, like 90.", seconds.getAccessibleHelp());
        robot.clickOn("#secondsField").write("1:30");
        Waits.until(() -> !marked(seconds));

        javafx.scene.control.TextArea cue = robot.lookup("#cueField").queryAs(javafx.scene.control.TextArea.class);
        robot.interact(() -> cue.setText("x".repeat(Step.MAX_CUE_LENGTH + 1)));
        Waits.until(() -> marked(cue));
        verifyThat("#cueProblem", hasText("Step 1: the cue is " + (Step.MAX_CUE_LENGTH + 1)
                + " characters; shorten it to " + Step.MAX_CUE_LENGTH + " or fewer."));
        assertTrue(save.isDisabled());
        robot.interact(() -> cue.setText("Slowly"));
        Waits.until(() -> !marked(cue));
        assertFalse(save.isDisabled());

        TextField description = robot.lookup("#descriptionField").queryAs(TextField.class);
        robot.interact(() -> description.setText("y".repeat(Routine.MAX_DESCRIPTION_LENGTH + 1)));
        Waits.until(() -> marked(description));
        assertEquals(robot.lookup("#saveBlockedReason").queryLabeled().getText(), description.getAccessibleHelp());
        assertTrue(save.isDisabled());
        robot.interact(() -> description.setText("For the evening"));
        Waits.until(() -> !marked(description));
    }

    /** Adds routines to the data file from another thread, then shows the library again so it reloads. */
    private void seedLibrary(FxRobot robot, String... names) throws Exception {
        window.seed(storage -> {
            for (String name : names) {
                storage.routines().add(new Routine(name, "Slowly, " + name, PerformedBy.SELF,
                        List.of(Step.of(Tool.FOAM_ROLLER, Area.CALVES, 60), Step.rest(20, "Breathe"))));
            }
        });
        Waits.until(() -> robot.lookup("#routinesPage").tryQuery().isPresent());
        robot.clickOn("#navHistory");
        robot.clickOn("#navRoutines");
        ListView<RoutineSummary> library = robot.lookup("#routineList").queryListView();
        Waits.until(() -> library.getItems().size() == names.length);
    }

    @Test
    void aSearchThatHidesTheSelectedRoutineClearsItAndOneWithoutMatchOffersToClearTheSearch(FxRobot robot)
            throws Exception {
        seedLibrary(robot, "Calves", "Lower back");
        ListView<RoutineSummary> library = robot.lookup("#routineList").queryListView();
        robot.clickOn("Calves");
        assertEquals("Calves", library.getSelectionModel().getSelectedItem().name());
        assertFalse(robot.lookup("#startButton").queryButton().isDisabled());

        robot.clickOn("#searchField").write("back");
        assertEquals(null, library.getSelectionModel().getSelectedItem());
        assertTrue(robot.lookup("#startButton").queryButton().isDisabled(), "nothing hidden can be started");
        assertTrue(robot.lookup("#deleteButton").queryButton().isDisabled());

        robot.write("zzz");
        verifyThat("#noMatchText", hasText("No routine matches 'backzzz'"));
        robot.clickOn("#clearSearchButton");
        assertEquals("", robot.lookup("#searchField").queryTextInputControl().getText());
        assertEquals(2, library.getItems().size());
    }

    @Test
    void deletingARoutineAsksAndUndoBringsItBackWithItsSteps(FxRobot robot) throws Exception {
        seedLibrary(robot, "Calves");
        ListView<RoutineSummary> library = robot.lookup("#routineList").queryListView();
        robot.clickOn("Calves");

        Button delete = robot.lookup("#deleteButton").queryButton();
        Platform.runLater(delete::fire);
        Waits.until(() -> robot.lookup("Delete \"Calves\"?").tryQuery().isPresent());
        assertTrue(dialogButton(robot, "Keep").isDefaultButton(), "Keep is the default button");
        robot.interact(() -> dialogButton(robot, "Delete").fire());

        Waits.until(() -> library.getItems().isEmpty());
        assertTrue(stored("Calves").isEmpty());
        verifyThat("#undoDeleteButton", isVisible());
        Waits.until(() -> robot.lookup("#undoDeleteButton").queryButton().isFocused());
        robot.clickOn("#undoDeleteButton");

        Waits.until(() -> library.getItems().size() == 1);
        assertEquals("Calves", library.getSelectionModel().getSelectedItem().name());
        Routine back = stored("Calves").orElseThrow();
        assertEquals("Slowly, Calves", back.description());
        assertEquals(List.of(Tool.FOAM_ROLLER, Tool.REST), back.steps().stream().map(Step::tool).toList());
    }

    @Test
    void aDoubleClickPlaysARoutineAndComingBackFromThePlayerItIsSelected(FxRobot robot) throws Exception {
        seedLibrary(robot, "Calves", "Lower back");
        ListView<RoutineSummary> library = robot.lookup("#routineList").queryListView();

        robot.doubleClickOn("Lower back");
        Waits.until(() -> robot.lookup("#playerPage").tryQuery().isPresent());
        robot.type(KeyCode.ESCAPE);

        Waits.until(() -> robot.lookup("#routinesPage").tryQuery().isPresent()
                && library.getSelectionModel().getSelectedItem() != null);
        assertEquals("Lower back", library.getSelectionModel().getSelectedItem().name());
        assertFalse(robot.lookup("#startButton").queryButton().isDisabled());
    }

    @Test
    void aStepDraggedOntoTheFirstMovesThereAndStaysSelected(FxRobot robot) throws Exception {
        newRoutine(robot);
        robot.clickOn("#add-foam-roller");
        robot.clickOn("#add-handheld-massager");
        robot.clickOn("#add-cold-ball");
        ListView<Step> steps = robot.lookup("#stepList").queryListView();

        robot.drag("Cold ball  ·  Lower back").dropTo("Foam roller  ·  Upper back");

        Waits.until(() -> steps.getItems().get(0).tool() == Tool.COLD_BALL);
        assertEquals(List.of(Tool.COLD_BALL, Tool.FOAM_ROLLER, Tool.HANDHELD_MASSAGER),
                steps.getItems().stream().map(Step::tool).toList());
        assertEquals(0, steps.getSelectionModel().getSelectedIndex());
    }

    @Test
    void theArrowKeysPickRoutinesAndStepsThroughTheViewModels(FxRobot robot) throws Exception {
        seedLibrary(robot, "Calves", "Lower back");
        ListView<RoutineSummary> library = robot.lookup("#routineList").queryListView();
        robot.clickOn("Calves");
        robot.type(KeyCode.DOWN);
        assertEquals("Lower back", library.getSelectionModel().getSelectedItem().name());
        robot.type(KeyCode.UP).type(KeyCode.UP);
        assertEquals("Calves", library.getSelectionModel().getSelectedItem().name(), "the first stays the first");

        robot.clickOn("#newButton");
        Waits.until(() -> robot.lookup("#editorPage").tryQuery().isPresent());
        robot.clickOn("#add-foam-roller");
        robot.clickOn("#add-cold-ball");
        ListView<Step> steps = robot.lookup("#stepList").queryListView();
        robot.type(KeyCode.UP);
        assertEquals(0, steps.getSelectionModel().getSelectedIndex());
        assertTrue(robot.lookup("#stepTool-foam-roller").queryAs(ToggleButton.class).isSelected(),
                "the step editor shows the step picked");
    }
}
