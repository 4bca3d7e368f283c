package org.unknot.ui.settings;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableBooleanValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.unknot.store.Backups;
import org.unknot.store.DataFolder;
import org.unknot.ui.common.BackgroundRunner;
import org.unknot.ui.common.Dialogs;
import org.unknot.ui.common.ErrorMessages;
import org.unknot.ui.common.Formats;
import org.unknot.ui.common.LatestLoader;
import org.unknot.ui.common.WriteAccess;

/**
 * The backups in the data folder's {@code backups/}: listed newest first with their size and whether each is good,
 * a copy made on demand, and one put in place of the data file. Restoring lets go of the data file and opens it again,
 * which the app does through its {@link Restorer}; a session under way blocks it.
 */
public final class BackupsViewModel {


    /** Puts a backup in place while the app is open. */
    public interface Restorer {
        /**
         * Off the FX thread: lets go of the data file, restores the backup of {@code day} (the current file and its
         * -wal/-shm copied aside first) and opens the data again — the previous file if restoring failed.
         */
        Backups.Restored restore(LocalDate day);

        /** On the FX thread, afterwards: the pages again, on the data now open, with {@code notice} above them. */
        void showAgain(String notice);
    }

    /** One backup as listed: its day, a line describing it, and whether it can be restored. */
    public record Row(LocalDate day, String text, boolean good) {
    }

    private final DataFolder folder;
    private final Backups backups;
    private final BackgroundRunner runner;
    private final Dialogs dialogs;
    private final Restorer restorer;
    private final WriteAccess access;
    private final LatestLoader<Boolean, List<Backups.Copy>> loader;
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<Row> selected = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper errorMessage = new ReadOnlyStringWrapper("");
    private final ObservableBooleanValue sessionRunning;
    private final BooleanBinding canBackUp;
    private final BooleanBinding canRestore;
    private final StringBinding restoreNote;

    /** @param sessionRunning true while a session is played; restoring waits until it has ended */
    public BackupsViewModel(DataFolder folder, Backups backups, BackgroundRunner runner, Dialogs dialogs,
                            Restorer restorer, WriteAccess access, ObservableBooleanValue sessionRunning) {
        this.folder = folder;
        this.backups = backups;
        this.runner = runner;
        this.dialogs = dialogs;
        this.restorer = restorer;
        this.access = access;
        this.sessionRunning = sessionRunning;
        this.loader = new LatestLoader<>(runner, ignored -> Backups.describe(folder), this::show,
                failure -> errorMessage.set(ErrorMessages.plain(failure)));
        this.canBackUp = busy.not().and(access.allowedProperty());
        this.canRestore = Bindings.createBooleanBinding(() -> !busy.get() && !sessionRunning.get()
                && selected.get() != null && selected.get().good(), busy, selected, sessionRunning);
        this.restoreNote = Bindings.createStringBinding(this::whyNotRestore, selected, sessionRunning);
    }

    /** Lists the backups; called each time the page is shown. */
    public void load() {
        loader.reload(Boolean.TRUE);
    }

    public void stop() {
        loader.cancel();
    }

    private void show(List<Backups.Copy> copies) {
        Optional<LocalDate> kept = Optional.ofNullable(selected.get()).map(Row::day);
        rows.setAll(copies.stream().map(BackupsViewModel::row).toList());
        selected.set(rows.stream().filter(row -> kept.isPresent() && row.day().equals(kept.get())).findFirst()
                .orElse(rows.stream().filter(Row::good).findFirst().orElse(null)));
    }

    private static Row row(Backups.Copy copy) {
        String size = copy.bytes() < 1024 * 1024 ? Math.max(1, Math.round(copy.bytes() / 1024.0)) + " KB"
                : String.format(Locale.ENGLISH, "%.1f MB", copy.bytes() / (1024.0 * 1024));
        return new Row(copy.day(), Formats.day(copy.day()) + " · " + size + " · "
                + (copy.good() ? "good" : "damaged, cannot be restored"), copy.good());
    }

    private String whyNotRestore() {
        if (sessionRunning.get()) {
            return "A session is under way; restoring is possible once it has ended.";
        }
        if (selected.get() != null && !selected.get().good()) {
            return "This backup failed its integrity check, so it cannot be restored.";
        }
        return "Restoring first copies your current data file aside, into a new folder in " + aside()
                + ", so nothing is lost.";
    }

    private String aside() {
        return folder.path().resolve("set-aside").toString();
    }

    // Commands ----------------------------------------------------------------------------------------------------

    public void select(Row row) {
        selected.set(row);
    }

    /** Makes today's backup now (replacing one made earlier today) and lists it. */
    public void backUpNow() {
        if (busy.get() || !access.check(errorMessage::set)) {
            return;
        }
        busy.set(true);
        runner.run(backups::backUpNow, made -> {
            busy.set(false);
            errorMessage.set("");
            message.set("Backed up to " + made + ".");
            load();
        }, failure -> {
            busy.set(false);
            errorMessage.set(ErrorMessages.plain(failure));
        });
    }

    /** Asks first, then puts the chosen backup in place of the data file. */
    public void restoreSelected() {
        if (canRestore.get()) {
            restore(selected.get().day());
        }
    }

    /** Asks first, then puts the backup of {@code day} in place; the read-only banner offers the newest good one. */
    public void restore(LocalDate backupDay) {
        if (busy.get() || sessionRunning.get()) {
            return;
        }
        String day = Formats.day(backupDay);
        if (!dialogs.confirm("Restore the backup of " + day + "?", "Your current data file is first copied aside, "
                        + "with its -wal and -shm files, into a new folder in " + aside() + ". Then the backup of "
                        + day + " is put in its place: what you recorded after it will not show, but it stays in the "
                        + "copy set aside.", "Restore this backup", "Keep my current data")) {
            return;
        }
        busy.set(true);
        message.set("");
        errorMessage.set("");
        runner.run(() -> restorer.restore(backupDay), restored -> {
            busy.set(false);
            restorer.showAgain(notice(restored));
        }, failure -> {
            busy.set(false);
            restorer.showAgain(ErrorMessages.plain(failure));
        });
    }

    /** The sentence shown after a restore: which backup is in place, and where the previous file was put. */
    static String notice(Backups.Restored restored) {
        return "The backup of " + Formats.day(restored.day()) + " is now in place. Your previous data file was put in "
                + restored.setAside() + ".";
    }

    // Properties --------------------------------------------------------------------------------------------------

    public ObservableList<Row> rows() {
        return FXCollections.unmodifiableObservableList(rows);
    }

    public ReadOnlyObjectProperty<Row> selectedProperty() {
        return selected.getReadOnlyProperty();
    }

    public BooleanBinding canBackUpProperty() {
        return canBackUp;
    }

    /** Why "Back up now" is off when the data cannot be written; empty otherwise. */
    public String backUpNote() {
        return access.reason();
    }

    public BooleanBinding canRestoreProperty() {
        return canRestore;
    }

    /** What restoring does, or why it cannot be done now. */
    public StringBinding restoreNoteProperty() {
        return restoreNote;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorMessageProperty() {
        return errorMessage.getReadOnlyProperty();
    }
}
