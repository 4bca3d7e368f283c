package org.unknot.ui.common;

/**
 * What the user may leave with unsaved input — a page of the main window, the editor — asked before it is left, by
 * the page change, the editor's Back and Esc, and the window's close button alike.
 */
@FunctionalInterface
public interface LeaveGuard {

    /** Nothing to lose: may always be left. */
    LeaveGuard NONE = afterSave -> true;

    /**
     * True when it may be left now. Otherwise it has asked Save / Don't save / Cancel: Don't save drops the changes
     * and answers true; Save answers false and runs {@code afterSave} once the changes are saved; Cancel answers false.
     */
    boolean mayLeave(Runnable afterSave);

    /** Runs {@code leave} now, once saved, or never (Cancel), as {@link #mayLeave} decides. */
    default void leaveThen(Runnable leave) {
        if (mayLeave(leave)) {
            leave.run();
        }
    }
}
