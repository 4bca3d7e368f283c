package org.unknot.ui.editor;

import java.util.ArrayList;
import java.util.List;

/**
 * The states an editor went through, for undo and redo. Consecutive edits with the same key (typing in one field)
 * merge into one step of history, so undo takes back a word, not a letter.
 */
final class UndoHistory<T> {

    private final List<T> states = new ArrayList<>();
    private String lastKey;
    private int current;

    UndoHistory(T initial) {
        states.add(initial);
    }

    T current() {
        return states.get(current);
    }

    /** Records a new state; a state equal to the current one is ignored. */
    void push(T state, String key) {
        if (state.equals(current())) {
            return;
        }
        states.subList(current + 1, states.size()).clear();
        if (key != null && key.equals(lastKey) && current > 0) {
            states.set(current, state);
        } else {
            states.add(state);
            current++;
        }
        lastKey = key;
    }

    boolean canUndo() {
        return current > 0;
    }

    boolean canRedo() {
        return current < states.size() - 1;
    }

    T undo() {
        if (canUndo()) {
            current--;
        }
        lastKey = null;
        return current();
    }

    T redo() {
        if (canRedo()) {
            current++;
        }
        lastKey = null;
        return current();
    }

    /** Starts a new step of history even if the next edit has the same key as the last. */
    void seal() {
        lastKey = null;
    }

}
