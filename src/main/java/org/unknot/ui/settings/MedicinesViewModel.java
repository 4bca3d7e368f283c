package org.unknot.ui.settings;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.beans.Observable;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.unknot.domain.Medicine;
import org.unknot.store.MedicineStore;
import org.unknot.store.StoredMedicine;
import org.unknot.ui.common.BackgroundRunner;
import org.unknot.ui.common.ErrorMessages;
import org.unknot.ui.common.Formats;
import org.unknot.ui.common.LatestLoader;
import org.unknot.ui.common.WriteAccess;

/**
 * The medicines in Settings: the list, and a form to add or edit one; Stop sets today as the stop date, Delete can be
 * undone while the page is open. Each action is one transaction; the list is read again after it.
 */
public final class MedicinesViewModel {

    /** The form is open: on a new medicine (empty) or on one from the list. A new value each time it opens. */
    public record Editing(Optional<StoredMedicine> medicine) {
    }

    private final MedicineStore store;
    private final BackgroundRunner runner;
    private final Clock clock;
    private final WriteAccess access;
    private final LatestLoader<Boolean, List<StoredMedicine>> loader;
    private final ObservableList<StoredMedicine> medicines = FXCollections.observableArrayList();
    private final ObservableList<StoredMedicine> medicinesShown = FXCollections.unmodifiableObservableList(medicines);
    private final MedicineDraft draft = new MedicineDraft();
    private final ReadOnlyObjectWrapper<Editing> editing = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<StoredMedicine> deleted = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper errorMessage = new ReadOnlyStringWrapper("");

    public MedicinesViewModel(MedicineStore store, BackgroundRunner runner, Clock clock, WriteAccess access) {
        this.store = store;
        this.runner = runner;
        this.clock = clock;
        this.access = access;
        this.loader = new LatestLoader<>(runner, ignored -> store.list(), this::show,
                failure -> errorMessage.set(ErrorMessages.plain(failure)));
        // a refusal is about what was typed: typing again takes it away (the field keeps its own mark while it holds)
        for (Observable field : new Observable[] {draft.nameProperty(), draft.doseProperty(), draft.useProperty(),
            draft.startedProperty(), draft.stoppedProperty()}) {
            field.addListener(changed -> errorMessage.set(""));
        }
    }

    public void load() {
        loader.reload(Boolean.TRUE);
    }

    /** The page is left: a load on its way is dropped, and a deleted medicine can no longer be brought back. */
    public void stop() {
        loader.cancel();
        deleted.set(null);
    }

    private void show(List<StoredMedicine> read) {
        if (!read.equals(medicines)) {
            medicines.setAll(read);
        }
    }

    /** Opens the form on a new medicine, started today. */
    public void add() {
        open(Optional.empty());
    }

    public void edit(StoredMedicine medicine) {
        open(Optional.of(medicine));
    }

    private void open(Optional<StoredMedicine> medicine) {
        errorMessage.set("");
        draft.fill(medicine.map(StoredMedicine::medicine), LocalDate.now(clock));
        editing.set(new Editing(medicine));
    }

    /** Closes the form; nothing typed is saved. */
    public void cancel() {
        editing.set(null);
    }

    /** Saves the form as a new medicine or over the one edited; a refused field keeps the form open with its reason. */
    public void save() {
        Editing open = editing.get();
        if (open == null || !access.check(errorMessage::set)) {
            return;
        }
        Optional<Medicine> medicine = draft.medicine(errorMessage::set);
        if (medicine.isEmpty()) {
            return;
        }
        runner.run(() -> open.medicine().map(old -> {
            StoredMedicine changed = new StoredMedicine(old.id(), medicine.get());
            return store.change(changed) ? changed : store.add(medicine.get());
        }).orElseGet(() -> store.add(medicine.get())), saved -> {
            done("Saved " + saved.medicine().name() + ".");
            if (editing.get() == open) {
                editing.set(null);
            }
        }, this::failed);
    }

    /** Sets today as the stop date of {@code medicine}. */
    public void stopTaking(StoredMedicine medicine) {
        LocalDate today = LocalDate.now(clock);
        if (!access.check(errorMessage::set)) {
            return;
        }
        if (medicine.medicine().startedOn().isAfter(today)) {
            errorMessage.set(medicine.medicine().name() + " starts after today; edit its dates instead.");
            return;
        }
        runner.run(() -> store.stop(medicine.id(), today), stopped -> done(stopped
                ? "Stopped " + medicine.medicine().name() + " today." : medicine.medicine().name()
                + " was deleted meanwhile."), this::failed);
    }

    /** Deletes {@code medicine} at once; Undo puts it back while the page is open. */
    public void delete(StoredMedicine medicine) {
        if (!access.check(errorMessage::set)) {
            return;
        }
        runner.run(() -> store.delete(medicine.id()), removed -> {
            deleted.set(removed.orElse(null));
            done("Deleted " + medicine.medicine().name() + ".");
        }, this::failed);
    }

    public void undoDelete() {
        StoredMedicine removed = deleted.get();
        if (removed == null || !access.check(errorMessage::set)) {
            return;
        }
        runner.run(() -> store.restore(removed), back -> {
            deleted.set(null);
            done(back.medicine().name() + " is back on the list.");
        }, this::failed);
    }

    private void done(String said) {
        errorMessage.set("");
        message.set(said);
        load();
    }

    private void failed(Throwable failure) {
        errorMessage.set(ErrorMessages.plain(failure));
    }

    /** Current medicines first, then stopped ones. */
    public ObservableList<StoredMedicine> medicines() {
        return medicinesShown;
    }

    /** "Ibuprofen 400 mg · as needed · since Tue 3 Nov 2026", or "… · Tue 3 Nov 2026 – Fri 20 Nov 2026". */
    public static String describe(Medicine medicine) {
        String dose = medicine.dose().isEmpty() ? "" : " " + medicine.dose();
        String since = medicine.stoppedOn().map(stop -> Formats.day(medicine.startedOn()) + " – " + Formats.day(stop))
                .orElse("since " + Formats.day(medicine.startedOn()));
        return medicine.name() + dose + " · " + medicine.use().label().toLowerCase(Locale.ROOT) + " · " + since;
    }

    public MedicineDraft draft() {
        return draft;
    }

    /** The open form; null while it is closed. */
    public ReadOnlyObjectProperty<Editing> editingProperty() {
        return editing.getReadOnlyProperty();
    }

    /** The medicine deleted last, while it can be brought back; null otherwise. */
    public ReadOnlyObjectProperty<StoredMedicine> deletedProperty() {
        return deleted.getReadOnlyProperty();
    }

    public WriteAccess writeAccess() {
        return access;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorMessageProperty() {
        return errorMessage.getReadOnlyProperty();
    }
}
