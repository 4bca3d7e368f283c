package org.unknot.ui.player;

import java.util.ArrayList;
import java.util.List;
import org.unknot.ui.common.Dialogs;

/** Answers the player's questions as a test tells it to, and keeps the titles of the questions asked. */
final class ScriptedDialogs implements Dialogs {

    private final List<String> asked = new ArrayList<>();
    private SaveChoice saveChoice = SaveChoice.CANCEL;
    private boolean confirming;

    ScriptedDialogs answerSave(SaveChoice choice) {
        saveChoice = choice;
        return this;
    }

    ScriptedDialogs answerConfirm(boolean confirm) {
        confirming = confirm;
        return this;
    }

    @Override
    public SaveChoice askToSave(String title, String message) {
        asked.add(title);
        return saveChoice;
    }

    @Override
    public boolean confirm(String title, String message, String confirm, String keep) {
        asked.add(title);
        return confirming;
    }

    @Override
    public void inform(String title, String message) {
        asked.add(title);
    }

    List<String> asked() {
        return asked;
    }
}
