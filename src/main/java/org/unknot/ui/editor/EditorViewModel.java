package org.unknot.ui.editor;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.unknot.domain.PerformedBy;
import org.unknot.domain.Problem;
import org.unknot.domain.Routine;
import org.unknot.domain.HealthProfile;
import org.unknot.domain.SafetyFinding;
import org.unknot.domain.Step;
import org.unknot.domain.StepDefaults;
import org.unknot.domain.Tool;
import org.unknot.store.RoutineStore;
import org.unknot.store.StoredRoutine;
import org.unknot.ui.common.BackgroundRunner;
import org.unknot.ui.common.Dialogs;
import org.unknot.ui.common.Durations;
import org.unknot.ui.common.ErrorMessages;
import org.unknot.ui.common.LeaveGuard;

/**
 * The routine editor: one {@link EditorState} at a time, every edit a new state in the undo history. Problems,
 * safety findings, the planned total and the equipment list are derived from the state after each edit.
 */
public final class EditorViewModel implements LeaveGuard {

    private final RoutineStore store;
    private final BackgroundRunner runner;
    private final Dialogs dialogs;
    private final Consumer<Optional<Long>> onClose;
    private final UndoHistory<EditorState> history;
    private Optional<Long> routineId;
    private EditorState saved;
    private EditorChecks checks;
    private final HealthProfile profile;

    private final ReadOnlyStringWrapper name = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper description = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<PerformedBy> performedBy = new ReadOnlyObjectWrapper<>(PerformedBy.SELF);
    private final ObservableList<Step> steps = FXCollections.observableArrayList();
    private final ObservableList<Step> readOnlySteps = FXCollections.unmodifiableObservableList(steps);
    private final ReadOnlyIntegerWrapper selectedIndex = new ReadOnlyIntegerWrapper(-1);
    private final ReadOnlyObjectWrapper<Step> selectedStep = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<List<Problem>> problems = new ReadOnlyObjectWrapper<>(List.of());
    /** The routine's name problem ("Give the routine a name."), or empty: what marks the name field. */
    private final StringBinding nameProblem = routineProblem("name");
    /** The description's problem ("The description is 600 characters; …"), or empty: what marks its field. */
    private final StringBinding descriptionProblem = routineProblem("description");
    private final StepFieldProblems fieldProblems = new StepFieldProblems(problems, selectedIndex);
    private final ReadOnlyObjectWrapper<List<SafetyFinding>> findings = new ReadOnlyObjectWrapper<>(List.of());
    private final ReadOnlyObjectWrapper<List<String>> equipment = new ReadOnlyObjectWrapper<>(List.of());
    private final ReadOnlyStringWrapper total = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper blockedReason = new ReadOnlyStringWrapper("");
    /** The health profile's note for the whole routine (ask a clinician first), with its source; empty if none. */
    private final ReadOnlyStringWrapper profileNote = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper errorMessage = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper canSave = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper saving = new ReadOnlyBooleanWrapper(false);

    /**
     * @param existing the routine to edit, or empty for a new one
     * @param dialogs  asks whether to save before leaving with unsaved changes
     * @param onClose  goes back to the library, with the routine's id once it has been saved
     */
    public EditorViewModel(Optional<StoredRoutine> existing, RoutineStore store, BackgroundRunner runner,
                           Dialogs dialogs, Consumer<Optional<Long>> onClose) {
        this(existing, store, runner, dialogs, onClose, HealthProfile.NONE);
    }

    /** As above; the safety findings take the user's health profile into account. */
    public EditorViewModel(Optional<StoredRoutine> existing, RoutineStore store, BackgroundRunner runner,
                           Dialogs dialogs, Consumer<Optional<Long>> onClose, HealthProfile profile) {
        this.profile = profile;
        this.store = store;
        this.runner = runner;
        this.dialogs = dialogs;
        this.onClose = onClose;
        this.routineId = existing.map(StoredRoutine::id);
        this.saved = existing.map(stored -> EditorState.of(stored.routine()))
                .orElse(new EditorState("", "", PerformedBy.SELF, List.of()));
        this.history = new UndoHistory<>(saved);
        render(saved);
        if (!saved.steps().isEmpty()) {
            selectStep(0);
        }
    }

    // Routine fields: each command is idempotent, so a control showing the value it was given changes nothing ----

    /** The name as typed; a run of typing is one undo. */
    public void setName(String text) {
        edit(state -> state.withName(text), "name");
    }

    public void setDescription(String text) {
        edit(state -> state.withDescription(text), "description");
    }

    public void setPerformedBy(PerformedBy who) {
        if (who != null) {
            edit(state -> state.withPerformedBy(who), null);
        }
    }

    // Steps -------------------------------------------------------------------------------------------------------

    /** Shows this step in the step editor (a click or an arrow key in the list); out of range is ignored. */
    public void selectStep(int index) {
        if (index >= 0 && index < steps.size()) {
            select(index);
        }
    }

    /** Adds a step of this tool with its defaults after the selected step (or at the end), and selects it. */
    public void addStep(Tool tool) {
        int at = selectedIndex.get() < 0 ? steps.size() : selectedIndex.get() + 1;
        if (steps.size() >= Routine.MAX_STEPS) {
            status.set("A routine has at most " + Routine.MAX_STEPS + " steps.");
            return;
        }
        edit(state -> state.withInserted(at, StepDefaults.forTool(tool)), null);
        selectStep(at);
    }

    public void duplicateStep() {
        int index = selectedIndex.get();
        if (index < 0 || steps.size() >= Routine.MAX_STEPS) {
            return;
        }
        edit(state -> state.withInserted(index + 1, state.steps().get(index)), null);
        selectStep(index + 1);
    }

    public void deleteStep() {
        int index = selectedIndex.get();
        if (index < 0) {
            return;
        }
        edit(state -> state.withRemoved(index), null);
        select(Math.min(index, steps.size() - 1));
    }

    /** Moves the selected step up (-1) or down (+1): Alt+↑ and Alt+↓. */
    public void moveSelected(int delta) {
        int index = selectedIndex.get();
        moveStep(index, index + delta);
    }

    /** Moves a step to another place, as drag and drop does; the moved step stays selected. */
    public void moveStep(int from, int to) {
        if (from < 0 || from >= steps.size() || to < 0 || to >= steps.size() || from == to) {
            return;
        }
        edit(state -> state.withMoved(from, to), null);
        selectStep(to);
    }

    /** Changes the selected step; {@code key} merges a run of typing in one field into one undo. */
    public void editSelected(UnaryOperator<Step> change, String key) {
        int index = selectedIndex.get();
        if (index < 0) {
            return;
        }
        edit(state -> state.withStep(index, change.apply(state.steps().get(index))),
                key == null ? null : key + "#" + index);
    }

    public void changeTool(Tool tool) {
        editSelected(step -> StepDefaults.changeTool(step, tool), null);
    }

    /** Sets the selected step's seconds from "m:ss" or seconds; false (and nothing changed) when it is not a time. */
    public boolean setSeconds(String text) {
        var seconds = Durations.parseClock(text);
        if (seconds.isEmpty()) {
            return false;
        }
        fieldProblems.timeLeft(true);
        editSelected(step -> step.withSeconds(seconds.getAsInt()), "seconds");
        return true;
    }

    /** The time field was left: a text that is not a time is refused with {@link #secondsProblemProperty()}. */
    public void leaveSeconds(String text) {
        fieldProblems.timeLeft(Durations.parseClock(text).isPresent());
    }

    /** The ± buttons: 15 seconds at a time, kept within the tool's range. */
    public void adjustSeconds(int delta) {
        editSelected(step -> step.withSeconds(Math.max(step.tool().minSeconds(),
                Math.min(step.tool().maxSeconds(), step.seconds() + delta))), null);
    }

    // Undo, save, close -------------------------------------------------------------------------------------------

    public void undo() {
        render(history.undo());
    }

    public void redo() {
        render(history.redo());
    }

    /** Saves the routine (new or existing) in the background; the editor stays open. */
    public void save() {
        save(() -> { });
    }

    /** Saves, then runs {@code then} only if the save succeeded. */
    private void save(Runnable then) {
        if (!canSave.get()) {
            return;
        }
        EditorState state = history.current();
        Routine routine = state.routine();
        saving.set(true);
        canSave.set(false);
        Optional<Long> id = routineId;
        runner.run(() -> {
            if (id.isPresent()) {
                store.update(id.get(), routine);
                return id.get();
            }
            return store.add(routine);
        }, newId -> {
            routineId = Optional.of(newId);
            saved = state;
            saving.set(false);
            errorMessage.set("");
            status.set("Saved \"" + routine.name() + "\".");
            render(history.current());
            then.run();
        }, failure -> {
            saving.set(false);
            errorMessage.set(ErrorMessages.plain(failure));
            render(history.current());
        });
    }

    /**
     * Back to the library. With unsaved changes it asks first: Save (the default) saves and leaves once saved,
     * Don't save leaves, Cancel stays.
     */
    public void leave() {
        leaveThen(this::closeNow);
    }

    /**
     * True when the editor may be left now, e.g. for the window's close button. With unsaved changes it asks as
     * {@link #leave()} does; Save runs {@code afterSave} once the routine is saved.
     */
    @Override
    public boolean mayLeave(Runnable afterSave) {
        if (!dirty.get()) {
            return true;
        }
        switch (dialogs.askToSave("Save the changes to this routine?",
                "If you don't save, the changes you made since the last save are lost.")) {
            case SAVE -> {
                if (!blockedReason.get().isEmpty()) {
                    errorMessage.set("This routine cannot be saved yet: " + blockedReason.get());
                } else if (!saving.get()) {
                    save(afterSave);
                }
                return false;
            }
            case DONT_SAVE -> {
                return true;
            }
            default -> {
                return false;
            }
        }
    }

    private void closeNow() {
        onClose.accept(routineId);
    }

    // Rendering: the state is shown one way, into read-only properties -------------------------------------------

    private void edit(UnaryOperator<EditorState> change, String key) {
        EditorState next = change.apply(history.current());
        if (next.equals(history.current())) {
            return;
        }
        history.push(next, key);
        status.set("");
        render(history.current());
    }

    private void render(EditorState state) {
        checks = EditorChecks.of(state.routine(), profile);
        problems.set(checks.problems());
        findings.set(checks.findings());
        equipment.set(checks.equipment());
        total.set(checks.total());
        title.set(routineId.isEmpty() && saved.name().isEmpty() ? "New routine" : "Edit routine");
        blockedReason.set(checks.blockedReason());
        profileNote.set(checks.routineNote());
        dirty.set(!state.equals(saved));
        canUndo.set(history.canUndo());
        canRedo.set(history.canRedo());
        canSave.set(blockedReason.get().isEmpty() && !saving.get() && (dirty.get() || routineId.isEmpty()));
        if (selectedIndex.get() >= state.steps().size()) {
            selectedIndex.set(state.steps().size() - 1);
        }
        if (!steps.equals(state.steps())) {
            steps.setAll(state.steps());
        }
        name.set(state.name());
        description.set(state.description());
        performedBy.set(state.performedBy());
        showSelected();
    }

    private void select(int index) {
        if (index != selectedIndex.get()) {
            history.seal();
            fieldProblems.timeLeft(true);
            selectedIndex.set(index);
        }
        showSelected();
    }

    private void showSelected() {
        int index = selectedIndex.get();
        selectedStep.set(index >= 0 && index < steps.size() ? steps.get(index) : null);
    }

    /** The problems and safety findings of one step, for its card and its editor; problems block saving. */
    public List<StepMessage> stepMessages(int index) {
        return checks.stepMessages(index);
    }

    /** The step's messages but those shown at their own field (its time, its cue): the step editor's list. */
    public List<StepMessage> stepMessagesAboveFields(int index) {
        return checks.stepMessages(index, StepFieldProblems.FIELDS);
    }

    // Properties --------------------------------------------------------------------------------------------------

    public ReadOnlyStringProperty nameProperty() {
        return name.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty descriptionProperty() {
        return description.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<PerformedBy> performedByProperty() {
        return performedBy.getReadOnlyProperty();
    }

    public ObservableList<Step> steps() {
        return readOnlySteps;
    }

    /** The step shown in the step editor; -1 when there are no steps. Changed by {@link #selectStep(int)}. */
    public ReadOnlyIntegerProperty selectedIndexProperty() {
        return selectedIndex.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Step> selectedStepProperty() {
        return selectedStep.getReadOnlyProperty();
    }

    public StringBinding nameProblemProperty() {
        return nameProblem;
    }

    public StringBinding descriptionProblemProperty() {
        return descriptionProblem;
    }

    private StringBinding routineProblem(String field) {
        return Bindings.createStringBinding(() -> problems.get().stream()
                .filter(problem -> problem.step().isEmpty() && problem.field().equals(field))
                .map(Problem::message).findFirst().orElse(""), problems);
    }

    /** Why the selected step's time is refused ("Type the time as…", "Step 1: seconds must be…"), or empty. */
    public StringBinding secondsProblemProperty() {
        return fieldProblems.seconds();
    }

    /** Why the selected step's cue is refused ("Step 1: the cue is 130 characters; …"), or empty. */
    public StringBinding cueProblemProperty() {
        return fieldProblems.cue();
    }

    public ReadOnlyObjectProperty<List<Problem>> problemsProperty() {
        return problems.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<List<SafetyFinding>> findingsProperty() {
        return findings.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<List<String>> equipmentProperty() {
        return equipment.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty totalProperty() {
        return total.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    /** Why Save is disabled, as a sentence naming the step and field; empty when it can save. */
    public ReadOnlyStringProperty profileNoteProperty() {
        return profileNote.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty blockedReasonProperty() {
        return blockedReason.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorMessageProperty() {
        return errorMessage.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canSaveProperty() {
        return canSave.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty savingProperty() {
        return saving.getReadOnlyProperty();
    }
}
