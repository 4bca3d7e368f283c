package org.unknot.ui.common;

/**
 * The questions the app asks the user, injected into view models so that "ask before losing input" is logic a test
 * can answer. The default button is never the destructive one.
 */
public interface Dialogs {

    /** The answer to "save before leaving?". */
    enum SaveChoice {
        SAVE, DONT_SAVE, CANCEL
    }

    /**
     * Asks what to do with unsaved input before leaving it. The buttons are Save (the default, Enter),
     * Don't save and Cancel (Esc).
     *
     * @param title    e.g. "Save the changes to this session?"
     * @param message  one plain sentence on what would be lost
     */
    SaveChoice askToSave(String title, String message);

    /**
     * Asks to confirm something that cannot simply be taken back, e.g. stopping a session. The confirming button is
     * named by {@code confirm}; the default button (Enter) and Esc keep things as they are.
     *
     * @return true when the user confirmed
     */
    boolean confirm(String title, String message, String confirm, String keep);

    /** Tells the user something that needs no answer (one OK button). */
    void inform(String title, String message);
}
