package org.unknot.ui.shell;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import org.unknot.ui.common.LeaveGuard;

/**
 * Which page the main window shows, a one-time notice above it, and — while the data file cannot be written — a
 * banner on every page saying why, with the newest good backup offered. The page shown is left only when its
 * {@link LeaveGuard} lets it: a page with unsaved changes asks first, and Cancel keeps it.
 */
public final class ShellViewModel implements LeaveGuard {

    private final ObjectProperty<Page> page = new SimpleObjectProperty<>(Page.ROUTINES);
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper readOnly = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper canRestoreNewest = new ReadOnlyBooleanWrapper(false);
    private final Map<Page, LeaveGuard> guards = new EnumMap<>(Page.class);
    private Runnable restoreNewest = () -> { };
    private Runnable newRoutine = () -> { };
    private Runnable editRoutine = () -> { };

    public ObjectProperty<Page> pageProperty() {
        return page;
    }

    /** Goes to {@code target}: at once, after the page shown has saved, or not at all when the user cancels. */
    public void show(Page target) {
        if (target != page.get()) {
            leaveThen(() -> page.set(target));
        }
    }

    /** What {@code page} asks before it is left; a page without one is left at once. */
    public void guard(Page guarded, LeaveGuard guard) {
        guards.put(guarded, guard);
    }

    /** Whether the page shown may be left — for another page, the editor, the player or the window closing. */
    @Override
    public boolean mayLeave(Runnable afterSave) {
        return guards.getOrDefault(page.get(), LeaveGuard.NONE).mayLeave(afterSave);
    }

    /** What Ctrl+N and Ctrl+E do: make a routine, and edit the one selected in the library. */
    public void routineCommands(Runnable create, Runnable edit) {
        newRoutine = create;
        editRoutine = edit;
    }

    public void newRoutine() {
        newRoutine.run();
    }

    public void editRoutine() {
        editRoutine.run();
    }

    /** Shows a sentence above the pages until the user dismisses it. */
    public void tell(String sentence) {
        notice.set(sentence);
    }

    public void dismissNotice() {
        notice.set("");
    }

    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    /**
     * The data now open: {@code reason} says why it cannot be written (empty when it can), and {@code restoreNewest}
     * restores the newest good backup, when there is one.
     */
    public void readOnly(Optional<String> reason, Optional<Runnable> restoreNewestGood) {
        readOnly.set(reason.orElse(""));
        restoreNewest = restoreNewestGood.orElse(() -> { });
        canRestoreNewest.set(reason.isPresent() && restoreNewestGood.isPresent());
    }

    public void restoreNewest() {
        if (canRestoreNewest.get()) {
            restoreNewest.run();
        }
    }

    /** Why nothing can be saved, shown on every page; empty when the data file can be written. */
    public ReadOnlyStringProperty readOnlyProperty() {
        return readOnly.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canRestoreNewestProperty() {
        return canRestoreNewest.getReadOnlyProperty();
    }
}
