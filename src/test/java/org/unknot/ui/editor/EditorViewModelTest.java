package org.unknot.ui.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.unknot.domain.Area;
import org.unknot.domain.PerformedBy;
import org.unknot.domain.Routine;
import org.unknot.domain.Side;
import org.unknot.domain.Step;
import org.unknot.domain.Tool;
import org.unknot.store.StoredRoutine;
import org.unknot.ui.common.Dialogs.SaveChoice;
import org.unknot.ui.common.QueuedRunner;
import org.unknot.ui.common.ScriptedDialogs;
import org.unknot.ui.common.TempStorage;

class EditorViewModelTest {

    @RegisterExtension
    final TempStorage temp = new TempStorage();

    private final List<Optional<Long>> closed = new ArrayList<>();
    private final QueuedRunner runner = new QueuedRunner();
    private final ScriptedDialogs dialogs = new ScriptedDialogs();

    private EditorViewModel newEditor() {
        return new EditorViewModel(Optional.empty(), temp.storage().routines(), runner, dialogs, closed::add);
    }

    private EditorViewModel editorOf(Routine routine) {
        long id = temp.storage().routines().add(routine);
        return new EditorViewModel(Optional.of(new StoredRoutine(id, routine)), temp.storage().routines(),
                runner, dialogs, closed::add);
    }

    @Test
    void aNewRoutineCannotBeSavedUntilItHasANameAndAStep() {
        EditorViewModel editor = newEditor();
        assertFalse(editor.canSaveProperty().get());
        assertEquals("Give the routine a name.", editor.blockedReasonProperty().get());

        editor.setName("Evening legs");
        assertEquals("A routine needs at least one step; add one.", editor.blockedReasonProperty().get());

        editor.addStep(Tool.FOAM_ROLLER);
        assertTrue(editor.canSaveProperty().get());
    }

    @Test
    void addingByToolUsesItsDefaultsAfterTheSelectedStep() {
        EditorViewModel editor = newEditor();
        editor.addStep(Tool.FOAM_ROLLER);
        editor.addStep(Tool.COLD_BALL);
        editor.selectStep(0);

        editor.addStep(Tool.HANDHELD_MASSAGER);
        editor.addStep(Tool.REST);

        List<Tool> tools = editor.steps().stream().map(Step::tool).toList();
        assertEquals(List.of(Tool.FOAM_ROLLER, Tool.HANDHELD_MASSAGER, Tool.REST, Tool.COLD_BALL), tools);
        assertEquals(60, editor.steps().get(0).seconds());
        assertEquals(2, editor.steps().get(1).level().getAsInt());
        assertEquals(15, editor.steps().get(2).seconds());
        assertEquals(300, editor.steps().get(3).seconds());
        assertEquals(2, editor.selectedIndexProperty().get(), "the new step is selected");
        assertEquals("Total 7 min 15 s", editor.totalProperty().get());
    }

    @Test
    void everyEditCanBeUndoneAndRedone() {
        EditorViewModel editor = newEditor();
        editor.setName("L");
        editor.setName("Le");
        editor.setName("Legs");
        editor.addStep(Tool.FOAM_ROLLER);
        editor.editSelected(step -> step.withSide(Side.EACH), null);
        editor.addStep(Tool.COLD_BALL);
        editor.moveSelected(-1);

        editor.undo();
        assertEquals(Tool.FOAM_ROLLER, editor.steps().get(0).tool(), "the move is undone");
        editor.undo();
        assertEquals(1, editor.steps().size(), "the cold ball is gone");
        editor.undo();
        assertEquals(Side.CENTER, editor.steps().get(0).side());
        editor.undo();
        assertEquals(0, editor.steps().size());
        editor.undo();
        assertEquals("", editor.nameProperty().get(), "typing in one field is one undo");
        assertFalse(editor.canUndoProperty().get());

        editor.redo();
        editor.redo();
        assertEquals("Legs", editor.nameProperty().get());
        assertEquals(1, editor.steps().size());
        assertTrue(editor.canRedoProperty().get());
    }

    @Test
    void anEditAfterUndoDropsTheRedo() {
        EditorViewModel editor = newEditor();
        editor.addStep(Tool.FOAM_ROLLER);
        editor.addStep(Tool.REST);
        editor.undo();

        editor.addStep(Tool.COLD_BALL);

        assertFalse(editor.canRedoProperty().get());
        assertEquals(List.of(Tool.FOAM_ROLLER, Tool.COLD_BALL), editor.steps().stream().map(Step::tool).toList());
    }

    @Test
    void reorderByDragKeepsTheMovedStepSelected() {
        EditorViewModel editor = newEditor();
        editor.addStep(Tool.FOAM_ROLLER);
        editor.addStep(Tool.HANDHELD_MASSAGER);
        editor.addStep(Tool.COLD_BALL);

        editor.moveStep(2, 0);

        assertEquals(List.of(Tool.COLD_BALL, Tool.FOAM_ROLLER, Tool.HANDHELD_MASSAGER),
                editor.steps().stream().map(Step::tool).toList());
        assertEquals(0, editor.selectedIndexProperty().get());
        editor.moveSelected(-1);
        assertEquals(Tool.COLD_BALL, editor.steps().get(0).tool(), "the first step cannot move up");
    }

    @Test
    void theTimeFieldsProblemIsTheRefusalsOwnSentenceAndGoesWithAnotherStepOrAGoodTime() {
        EditorViewModel editor = newEditor();
        editor.setName("Cold feet");
        editor.addStep(Tool.COLD_BALL);
        editor.addStep(Tool.FOAM_ROLLER);

        editor.leaveSeconds("1:7x");
        assertEquals(StepFieldProblems.NOT_A_TIME, editor.secondsProblemProperty().get());
        editor.selectStep(0);
        assertEquals("", editor.secondsProblemProperty().get(), "another step's time is its own");

        editor.setSeconds("3");
        assertEquals("Step 1: seconds must be between 5 and 3600.", editor.secondsProblemProperty().get());
        assertEquals(editor.blockedReasonProperty().get(), editor.secondsProblemProperty().get());
        assertTrue(editor.stepMessagesAboveFields(0).isEmpty(), "shown at the field, not again above it");
        assertEquals(1, editor.stepMessages(0).size(), "the step's card still lists it");
        editor.setSeconds("1:30");
        assertEquals("", editor.secondsProblemProperty().get());
    }

    @Test
    void secondsAreTypedAsMinutesAndSecondsAndNonsenseChangesNothing() {
        EditorViewModel editor = newEditor();
        editor.setName("Cold feet");
        editor.addStep(Tool.COLD_BALL);

        assertTrue(editor.setSeconds("4:30"));
        assertEquals(270, editor.selectedStepProperty().get().seconds());
        assertFalse(editor.setSeconds("four minutes"));
        assertFalse(editor.setSeconds("1:75"));
        assertEquals(270, editor.selectedStepProperty().get().seconds());

        editor.adjustSeconds(15);
        assertEquals(285, editor.selectedStepProperty().get().seconds());
        editor.setSeconds("3");
        assertEquals("Step 1: seconds must be between 5 and 3600.", editor.blockedReasonProperty().get());
        editor.adjustSeconds(-15);
        assertEquals(5, editor.selectedStepProperty().get().seconds(), "the buttons stay within the tool's range");
    }

    @Test
    void aSafetyErrorBlocksSavingAndNamesTheStepWhileWarningsDoNot() {
        EditorViewModel editor = newEditor();
        editor.setName("Cold");
        editor.addStep(Tool.FOAM_ROLLER);
        editor.editSelected(step -> new Step(Tool.FOAM_ROLLER, Optional.of(Area.LOWER_BACK), step.side(),
                step.technique(), step.intensity(), step.level(), step.seconds(), step.cue()), null);
        assertTrue(editor.canSaveProperty().get(), "the spine-roll warning does not block");
        assertTrue(editor.stepMessages(0).get(0).text().startsWith("Step 1: Avoid the roller on the lower back"));
        assertEquals("Source: Common physiotherapy guidance", editor.stepMessages(0).get(0).source(),
                "the source is shown on its own line, under the message");

        editor.addStep(Tool.COLD_BALL);
        editor.setSeconds("25:00");

        assertFalse(editor.canSaveProperty().get());
        assertTrue(editor.blockedReasonProperty().get().startsWith("Step 2: A cold-ball step can last at most"));
    }

    @Test
    void savingANewRoutinePutsItInTheLibraryAndClearsTheUnsavedMark() {
        EditorViewModel editor = newEditor();
        editor.setName("Evening legs");
        editor.setPerformedBy(PerformedBy.PARTNER);
        editor.addStep(Tool.FOAM_ROLLER);
        editor.editSelected(step -> step.withCue("Roll slowly"), "cue");
        assertTrue(editor.dirtyProperty().get());

        editor.save();
        runner.drain();

        Routine saved = temp.storage().routines().findByName("evening legs").orElseThrow().routine();
        assertEquals(PerformedBy.PARTNER, saved.performedBy());
        assertEquals("Roll slowly", saved.steps().get(0).cue());
        assertFalse(editor.dirtyProperty().get());
        editor.leave();
        assertEquals(List.of(), dialogs.asked(), "nothing unsaved: it closes without asking");
        assertEquals(1, closed.size());
        assertTrue(closed.get(0).isPresent(), "the library is told which routine to select");
    }

    @Test
    void editingAnExistingRoutineUpdatesItAndANameClashIsReportedPlainly() {
        temp.storage().routines().add(new Routine("Taken", "", PerformedBy.SELF,
                List.of(Step.of(Tool.COLD_BALL, Area.FEET, 60))));
        EditorViewModel editor = editorOf(new Routine("Calves", "", PerformedBy.SELF,
                List.of(Step.of(Tool.FOAM_ROLLER, Area.CALVES, 60))));

        editor.setName("taken");
        editor.save();
        runner.drain();
        assertEquals("A routine called \"taken\" already exists; choose another name.",
                editor.errorMessageProperty().get());
        assertTrue(editor.dirtyProperty().get(), "nothing was lost");

        editor.setName("Calves, longer");
        editor.adjustSeconds(30);
        editor.save();
        runner.drain();
        Routine saved = temp.storage().routines().findByName("Calves, longer").orElseThrow().routine();
        assertEquals(90, saved.steps().get(0).seconds());
        assertEquals("", editor.errorMessageProperty().get());
    }

    @Test
    void unsavedChangesMakeCloseAsk() {
        EditorViewModel editor = editorOf(new Routine("Calves", "", PerformedBy.SELF,
                List.of(Step.of(Tool.FOAM_ROLLER, Area.CALVES, 60))));
        assertFalse(editor.dirtyProperty().get());

        editor.deleteStep();

        assertTrue(editor.dirtyProperty().get());
        dialogs.answer(SaveChoice.CANCEL);
        editor.leave();
        assertEquals(List.of("Save the changes to this routine?"), dialogs.asked());
        assertEquals(List.of(), closed, "Cancel stays");
        editor.undo();
        assertFalse(editor.dirtyProperty().get(), "undoing back to the saved state is not a change");
    }

    @Test
    void changingToolKeepsWhatStillApplies() {
        EditorViewModel editor = newEditor();
        editor.addStep(Tool.HANDHELD_MASSAGER);
        editor.editSelected(step -> step.withSide(Side.EACH).withCue("Gentle"), null);

        editor.changeTool(Tool.COLD_BALL);
        Step cold = editor.selectedStepProperty().get();
        assertEquals(Side.EACH, cold.side());
        assertEquals("Gentle", cold.cue());
        assertTrue(cold.level().isEmpty(), "levels are only for the massager");

        editor.changeTool(Tool.REST);
        assertTrue(editor.selectedStepProperty().get().area().isEmpty());
        assertEquals(60, editor.selectedStepProperty().get().seconds());
    }

    @Test
    void theEquipmentListFollowsTheSteps() {
        EditorViewModel editor = newEditor();
        editor.addStep(Tool.COLD_BALL);

        assertTrue(editor.equipmentProperty().get().contains("Cold ball: into the freezer at least 2 hours before."));
        editor.deleteStep();
        assertEquals(List.of(), editor.equipmentProperty().get());
    }

    private EditorViewModel draft() {
        EditorViewModel editor = newEditor();
        editor.setName("Draft");
        editor.addStep(Tool.REST);
        return editor;
    }

    @Test
    void leavingWithSaveSavesFirstAndLeavesOnceSaved() {
        EditorViewModel editor = draft();
        dialogs.answer(SaveChoice.SAVE);

        editor.leave();
        assertEquals(List.of(), closed, "not before the save is written");
        runner.drain();

        long id = temp.storage().routines().findByName("Draft").orElseThrow().id();
        assertEquals(List.of(Optional.of(id)), closed);
    }

    @Test
    void leavingWithSaveStaysWhenTheSaveFails() {
        temp.storage().routines().add(new Routine("Draft", "", PerformedBy.SELF, List.of(Step.rest(10, ""))));
        EditorViewModel editor = draft();
        dialogs.answer(SaveChoice.SAVE);

        editor.leave();
        runner.drain();

        assertEquals(List.of(), closed);
        assertEquals("A routine called \"Draft\" already exists; choose another name.",
                editor.errorMessageProperty().get());
        assertTrue(editor.dirtyProperty().get(), "nothing was lost");
    }

    @Test
    void leavingWithSaveStaysAndSaysWhyWhenTheRoutineCannotBeSaved() {
        EditorViewModel editor = newEditor();
        editor.setName("No steps yet");
        dialogs.answer(SaveChoice.SAVE);

        editor.leave();

        assertEquals(0, runner.pending(), "nothing is written");
        assertEquals(List.of(), closed);
        assertEquals("This routine cannot be saved yet: A routine needs at least one step; add one.",
                editor.errorMessageProperty().get());
    }

    @Test
    void leavingWithDontSaveDiscardsTheChanges() {
        EditorViewModel editor = draft();
        dialogs.answer(SaveChoice.DONT_SAVE);

        editor.leave();

        assertEquals(List.of(Optional.empty()), closed);
        assertEquals(0, runner.pending());
        assertTrue(temp.storage().routines().findByName("Draft").isEmpty());
    }

    @Test
    void closingTheWindowAsksTheSameQuestion() {
        List<String> windowClosed = new ArrayList<>();
        EditorViewModel editor = draft();

        dialogs.answer(SaveChoice.CANCEL);
        assertFalse(editor.mayLeave(() -> windowClosed.add("closed")));
        dialogs.answer(SaveChoice.DONT_SAVE);
        assertTrue(editor.mayLeave(() -> windowClosed.add("closed")));
        dialogs.answer(SaveChoice.SAVE);
        assertFalse(editor.mayLeave(() -> windowClosed.add("closed")), "the window waits for the save");
        assertEquals(List.of(), windowClosed);
        runner.drain();

        assertEquals(List.of("closed"), windowClosed);
        assertTrue(temp.storage().routines().findByName("Draft").isPresent());
        assertEquals(3, dialogs.asked().size());
        assertTrue(editor.mayLeave(() -> windowClosed.add("again")), "saved: nothing to ask");
    }

    @Test
    void settingAFieldToItsValueChangesNothingAndAddsNoUndo() {
        EditorViewModel editor = editorOf(new Routine("Calves", "Roll", PerformedBy.SELF,
                List.of(Step.of(Tool.FOAM_ROLLER, Area.CALVES, 60))));

        editor.setName("Calves");
        editor.setDescription("Roll");
        editor.setPerformedBy(PerformedBy.SELF);
        editor.changeTool(Tool.FOAM_ROLLER);
        editor.editSelected(step -> step.withSide(step.side()), null);
        editor.setSeconds("1:00");
        editor.selectStep(0);

        assertFalse(editor.canUndoProperty().get());
        assertFalse(editor.dirtyProperty().get());
    }

    @Test
    void aControlShowingTheValueItWasGivenDoesNotBreakTheMergingOfTyping() {
        EditorViewModel editor = newEditor();
        editor.setName("L");
        editor.setName("L");
        editor.setName("Le");
        editor.setName("Legs");
        editor.addStep(Tool.REST);

        editor.undo();
        editor.setName("Legs");
        editor.undo();

        assertEquals("", editor.nameProperty().get(), "the typing is one undo, before and after the echo");
        assertFalse(editor.canUndoProperty().get());
    }
}
