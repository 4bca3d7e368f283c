package org.unknot.ui.editor;

import java.util.ArrayList;
import java.util.List;
import org.unknot.domain.PerformedBy;
import org.unknot.domain.Routine;
import org.unknot.domain.Step;

/** Everything the editor edits, as one value: what undo and redo step between. Text is kept as typed. */
record EditorState(String name, String description, PerformedBy performedBy, List<Step> steps) {

    EditorState {
        steps = List.copyOf(steps);
    }

    static EditorState of(Routine routine) {
        return new EditorState(routine.name(), routine.description(), routine.performedBy(), routine.steps());
    }

    Routine routine() {
        return new Routine(name, description, performedBy, steps);
    }

    EditorState withName(String text) {
        return new EditorState(text, description, performedBy, steps);
    }

    EditorState withDescription(String text) {
        return new EditorState(name, text, performedBy, steps);
    }

    EditorState withPerformedBy(PerformedBy who) {
        return new EditorState(name, description, who, steps);
    }

    EditorState withStep(int index, Step step) {
        List<Step> changed = new ArrayList<>(steps);
        changed.set(index, step);
        return new EditorState(name, description, performedBy, changed);
    }

    EditorState withInserted(int index, Step step) {
        List<Step> changed = new ArrayList<>(steps);
        changed.add(index, step);
        return new EditorState(name, description, performedBy, changed);
    }

    EditorState withRemoved(int index) {
        List<Step> changed = new ArrayList<>(steps);
        changed.remove(index);
        return new EditorState(name, description, performedBy, changed);
    }

    EditorState withMoved(int from, int to) {
        List<Step> changed = new ArrayList<>(steps);
        changed.add(to, changed.remove(from));
        return new EditorState(name, description, performedBy, changed);
    }
}
