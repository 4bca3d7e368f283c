package org.unknot.ui.common;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/** Dialogs a test answers in advance; it records every question asked and fails on one it has no answer for. */
public final class ScriptedDialogs implements Dialogs {

    private final Deque<Object> answers = new ArrayDeque<>();
    private final List<String> asked = new ArrayList<>();

    /** The next askToSave answers this. */
    public ScriptedDialogs answer(SaveChoice choice) {
        answers.add(choice);
        return this;
    }

    /** The next confirm answers this. */
    public ScriptedDialogs answer(boolean confirmed) {
        answers.add(confirmed);
        return this;
    }

    /** The titles of the questions asked, in order. */
    public List<String> asked() {
        return asked;
    }

    @Override
    public SaveChoice askToSave(String title, String message) {
        asked.add(title);
        return next(SaveChoice.class, title);
    }

    @Override
    public boolean confirm(String title, String message, String confirm, String keep) {
        asked.add(title);
        return next(Boolean.class, title);
    }

    @Override
    public void inform(String title, String message) {
        asked.add(title);
    }

    private <T> T next(Class<T> type, String title) {
        if (answers.isEmpty() || !type.isInstance(answers.peek())) {
            throw new AssertionError("No " + type.getSimpleName() + " answer scripted for \"" + title + "\"");
        }
        return type.cast(answers.poll());
    }
}
