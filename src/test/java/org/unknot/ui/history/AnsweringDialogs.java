package org.unknot.ui.history;

import java.util.ArrayList;
import java.util.List;
import org.unknot.ui.common.Dialogs;

/** Answers the view model's questions as the test says, and remembers which were asked. */
final class AnsweringDialogs implements Dialogs {

    final List<String> asked = new ArrayList<>();
    SaveChoice saveChoice = SaveChoice.CANCEL;
    boolean confirmation = true;

    @Override
    public SaveChoice askToSave(String title, String message) {
        asked.add(title);
        return saveChoice;
    }

    @Override
    public boolean confirm(String title, String message, String confirm, String keep) {
        asked.add(title);
        return confirmation;
    }

    @Override
    public void inform(String title, String message) {
        asked.add(title);
    }
}
