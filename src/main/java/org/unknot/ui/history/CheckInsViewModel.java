package org.unknot.ui.history;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.unknot.domain.AsNeededUse;
import org.unknot.domain.CheckInRecord;
import org.unknot.domain.Medicine;
import org.unknot.store.CheckInEdits;
import org.unknot.store.DeletedCheckIn;
import org.unknot.store.MedicineStore;
import org.unknot.store.PainStore;
import org.unknot.store.StoredMedicine;
import org.unknot.ui.common.Formats;
import org.unknot.ui.common.BackgroundRunner;
import org.unknot.ui.common.Dialogs;
import org.unknot.ui.common.ErrorMessages;
import org.unknot.ui.common.LatestLoader;
import org.unknot.ui.common.LeaveGuard;
import org.unknot.ui.common.WriteAccess;

/**
 * History's "Check-ins" tab: the check-ins of the page's range, newest first; one selected to correct in a
 * {@link CheckInForm}, or to delete (after asking) with an undo while the page is open.
 */
public final class CheckInsViewModel implements LeaveGuard {

    /** The days whose check-ins are listed, both included. */
    record Range(LocalDate from, LocalDate to) {
    }

    /** What one load reads: the check-ins, newest first, and the medicines that decide which days asked. */
    record Listed(Range range, List<CheckInRecord> checkIns, List<Medicine> medicines) {
    }

    private final CheckInEdits edits;
    private final BackgroundRunner runner;
    private final Dialogs dialogs;
    private final WriteAccess access;
    private final LatestLoader<Range, Listed> loader;
    private final ObservableList<CheckInRecord> checkIns = FXCollections.observableArrayList();
    private final ObservableList<CheckInRecord> checkInsShown = FXCollections.unmodifiableObservableList(checkIns);
    private final CheckInForm form = new CheckInForm();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper errorMessage = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper asNeededLine = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<DeletedCheckIn> deleted = new ReadOnlyObjectWrapper<>();

    CheckInsViewModel(PainStore pain, BackgroundRunner runner, Dialogs dialogs, WriteAccess access) {
        this.edits = new CheckInEdits(pain);
        this.runner = runner;
        this.dialogs = dialogs;
        this.access = access;
        MedicineStore medicines = MedicineStore.beside(pain);
        this.loader = new LatestLoader<>(runner, range -> new Listed(range, newestFirst(pain, range),
                medicines.list().stream().map(StoredMedicine::medicine).toList()), this::show,
                failure -> errorMessage.set(ErrorMessages.plain(failure)));
    }

    private static List<CheckInRecord> newestFirst(PainStore pain, Range range) {
        List<CheckInRecord> read = new ArrayList<>();
        pain.forEachCheckIn(Optional.of(range.from()), Optional.of(range.to()), read::add);
        Collections.reverse(read);
        return read;
    }

    /** Lists the check-ins of these days; {@code again} reads them even when the days are the last ones. */
    void load(LocalDate from, LocalDate to, boolean again) {
        if (again) {
            loader.reload(new Range(from, to));
        } else {
            loader.load(new Range(from, to));
        }
    }

    /** The page is left: a load on its way is dropped, and a deleted check-in can no longer be brought back. */
    void deactivate() {
        loader.cancel();
        deleted.set(null);
    }

    private void show(Listed listed) {
        List<CheckInRecord> read = listed.checkIns();
        if (!read.equals(checkIns)) {
            checkIns.setAll(read);
        }
        errorMessage.set("");
        form.medicines(listed.medicines());
        form.refresh(read);
        asNeededLine.set(AsNeededLine.of(AsNeededUse.of(read, listed.range().from(), listed.range().to())));
    }

    /** Shows {@code checkIn} to correct (null: none), first asking when changes to the one shown would be lost. */
    public void select(CheckInRecord checkIn) {
        if (checkIn == null || !checkIn.equals(form.shownProperty().get())) {
            leaveThen(() -> form.show(checkIn));
        }
    }

    /**
     * True when no correction would be lost. Otherwise asks: Don't save drops the changes (true), Save runs
     * {@code afterSave} once the check-in is saved, Cancel stays.
     */
    @Override
    public boolean mayLeave(Runnable afterSave) {
        return !form.unsaved() || ask(afterSave);
    }

    /** Asks about the unsaved changes; true when they were dropped, so leaving may go on now. */
    private boolean ask(Runnable afterSave) {
        switch (dialogs.askToSave("Save the changes to this check-in?", "Your changes to the check-in of "
                + Formats.day(form.shownProperty().get().day()) + " are not saved yet.")) {
            case SAVE -> save(afterSave);
            case DONT_SAVE -> {
                form.revert();
                return true;
            }
            case CANCEL -> { }
        }
        return false;
    }

    /** Saves the shown check-in's pain, areas and note; its day and the moment it was made stay. */
    public void save() {
        save(() -> { });
    }

    private void save(Runnable then) {
        Optional<CheckInForm.Correction> correction = form.correction(errorMessage::set);
        if (correction.isEmpty() || !access.check(errorMessage::set)) {
            return;
        }
        CheckInForm.Correction change = correction.get();
        runner.run(() -> edits.correct(change.day(), change.score(), change.areas(), change.note(),
                change.flare(), change.asNeeded()), found -> {
            errorMessage.set("");
            message.set(found ? "Saved the check-in of " + Formats.day(change.day()) + "."
                    : "The check-in of " + Formats.day(change.day()) + " was deleted meanwhile.");
            form.saved(change);
            loader.reload();
            then.run();
        }, failure -> errorMessage.set(ErrorMessages.plain(failure)));
    }

    /** Deletes the shown check-in after asking; it can be undone while the page is open. */
    public void delete() {
        CheckInRecord shown = form.shownProperty().get();
        if (shown == null || !access.check(errorMessage::set) || !dialogs.confirm("Delete the check-in of "
                + Formats.day(shown.day()) + "?", "You can undo this while the History page is open.",
                "Delete", "Keep")) {
            return;
        }
        runner.run(() -> edits.delete(shown.day()), removed -> {
            deleted.set(removed.orElse(null));
            message.set("Deleted the check-in of " + Formats.day(shown.day()) + ".");
            form.show(null);
            loader.reload();
        }, failure -> errorMessage.set(ErrorMessages.plain(failure)));
    }

    /** Puts the check-in deleted last back, unless a newer one was saved on its day since. */
    public void undoDelete() {
        DeletedCheckIn removed = deleted.get();
        if (removed == null || !access.check(errorMessage::set)) {
            return;
        }
        runner.run(() -> edits.restore(removed), back -> {
            deleted.set(null);
            message.set(back ? "The check-in of " + Formats.day(removed.day()) + " is back."
                    : "A newer check-in of " + Formats.day(removed.day()) + " was kept; the deleted one stays "
                    + "deleted.");
            loader.reload();
        }, failure -> errorMessage.set(ErrorMessages.plain(failure)));
    }

    /** The check-ins of the range, newest first. */
    public ObservableList<CheckInRecord> checkIns() {
        return checkInsShown;
    }

    /** The selected check-in's fields as the user edits them. */
    public CheckInForm form() {
        return form;
    }

    public WriteAccess writeAccess() {
        return access;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** As-needed medicine days per week in the range, or empty when no check-in of it answered the question. */
    public ReadOnlyStringProperty asNeededLineProperty() {
        return asNeededLine.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorMessageProperty() {
        return errorMessage.getReadOnlyProperty();
    }

    /** The check-in deleted last, while it can be brought back; null otherwise. */
    public ReadOnlyObjectProperty<DeletedCheckIn> deletedProperty() {
        return deleted.getReadOnlyProperty();
    }
}
