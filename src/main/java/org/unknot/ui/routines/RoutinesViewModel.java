package org.unknot.ui.routines;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.unknot.domain.Problem;
import org.unknot.domain.RoutineValidator;
import org.unknot.domain.SafetyFinding;
import org.unknot.files.ExportException;
import org.unknot.files.RoutineFile;
import org.unknot.store.DeletedRoutine;
import org.unknot.store.HealthProfileStore;
import org.unknot.store.RoutineStore;
import org.unknot.store.RoutineSummary;
import org.unknot.store.StoredRoutine;
import org.unknot.ui.common.BackgroundRunner;
import org.unknot.ui.common.Dialogs;
import org.unknot.ui.common.ErrorMessages;
import org.unknot.ui.common.LatestLoader;
import org.unknot.ui.common.PlainFailure;
import org.unknot.ui.common.WriteAccess;

/** The routine library: search, start, create, edit, duplicate, rename, delete (with undo), import and export. */
public final class RoutinesViewModel {

    /** Where the library's commands lead. */
    public interface Navigation {
        void play(long routineId);

        void edit(long routineId);

        void create();

        /** The daily check-in, on the History page. */
        void checkIn();
    }

    private static final Logger LOG = LoggerFactory.getLogger(RoutinesViewModel.class);

    /** The one set of parameters a library load has: all routines. */
    private enum Library { ALL }

    private final RoutineStore store;
    private final BackgroundRunner runner;
    private final Clock clock;
    private final Dialogs dialogs;
    private final Navigation navigation;
    private final WriteAccess access;
    private final RoutineImports imports;
    private final LatestLoader<Library, List<RoutineSummary>> loader;
    private final RoutineList list = new RoutineList();
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper errorMessage = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<DeletedRoutine> deleted = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<List<String>> importReport = new ReadOnlyObjectWrapper<>(List.of());

    public RoutinesViewModel(RoutineStore store, BackgroundRunner runner, Clock clock, Dialogs dialogs,
                             Navigation navigation) {
        this(store, runner, clock, dialogs, navigation, WriteAccess.WRITABLE);
    }

    /** @param access whether the data file can be written; when not, every command that writes is refused */
    public RoutinesViewModel(RoutineStore store, BackgroundRunner runner, Clock clock, Dialogs dialogs,
                             Navigation navigation, WriteAccess access) {
        this(store, runner, clock, dialogs, navigation, access, Optional.empty());
    }

    /**
     * As above; with the health profile, each load marks the routines it makes unsafe, and an import reports what
     * it finds.
     */
    public RoutinesViewModel(RoutineStore store, BackgroundRunner runner, Clock clock, Dialogs dialogs,
                             Navigation navigation, WriteAccess access, HealthProfileStore profile) {
        this(store, runner, clock, dialogs, navigation, access, Optional.of(profile));
    }

    private RoutinesViewModel(RoutineStore store, BackgroundRunner runner, Clock clock, Dialogs dialogs,
                              Navigation navigation, WriteAccess access, Optional<HealthProfileStore> profile) {
        this.access = access;
        this.store = store;
        this.runner = runner;
        this.clock = clock;
        this.dialogs = dialogs;
        this.navigation = navigation;
        this.imports = profile.map(profiles -> new RoutineImports(store, profiles::read))
                .orElseGet(() -> new RoutineImports(store));
        this.loader = new LatestLoader<>(runner, library -> marked(store.summaries(), profile), summaries -> {
            list.show(summaries);
            errorMessage.set("");
            loading.set(false);
        }, failure -> {
            errorMessage.set(ErrorMessages.plain(failure));
            loading.set(false);
        });
    }

    /** Off the FX thread: each routine with the first error the health profile finds in it, if any. */
    private static List<RoutineSummary> marked(List<RoutineSummary> summaries, Optional<HealthProfileStore> profile) {
        Map<Long, SafetyFinding> unsafe = unsafe(profile);
        return unsafe.isEmpty() ? summaries : summaries.stream()
                .map(routine -> routine.withUnsafe(Optional.ofNullable(unsafe.get(routine.id())))).toList();
    }

    private static Map<Long, SafetyFinding> unsafe(Optional<HealthProfileStore> profile) {
        try {
            return profile.map(HealthProfileStore::unsafeRoutines).orElse(Map.of());
        } catch (RuntimeException unreadable) {
            // a damaged file still lists its routines (its banner says it is damaged); the editor and the ready
            // screen read the profile again, and refuse to open when they cannot
            LOG.warn("The health profile could not be read; the library shows no marks", unreadable);
            return Map.of();
        }
    }

    /** Reads the routines from the data file, away from the FX thread; the page does this each time it is shown. */
    public void load() {
        loading.set(true);
        loader.reload(Library.ALL);
    }

    /** The page is left: a load on its way is dropped, and a deleted routine can no longer be brought back. */
    public void deactivate() {
        loader.cancel();
        loading.set(false);
        forgetLastAction();
    }

    /** Selects the routine just used (edited or played) once the library has loaded it. */
    public void select(long routineId) {
        if (loader.busy()) {
            list.selectAfterLoad(routineId);
        } else {
            list.reveal(routineId);
        }
    }

    /** Opens the player, ready on the selected routine. */
    public void start() {
        if (list.hasSelectionProperty().get() && mayWrite()) {
            forgetLastAction();
            navigation.play(list.selectedProperty().get().id());
        }
    }

    public void edit() {
        if (list.hasSelectionProperty().get() && mayWrite()) {
            forgetLastAction();
            navigation.edit(list.selectedProperty().get().id());
        }
    }

    public void create() {
        if (!mayWrite()) {
            return;
        }
        forgetLastAction();
        navigation.create();
    }

    public void checkIn() {
        navigation.checkIn();
    }

    /** Saves a copy of the selected routine as "Name (2)" and selects it. */
    public void duplicate() {
        if (!list.hasSelectionProperty().get() || !mayWrite()) {
            return;
        }
        long id = list.selectedProperty().get().id();
        background(() -> {
            StoredRoutine copy = store.addUnderFreeName(find(id).routine());
            return new Done(copy.id(), "Saved a copy as \"" + copy.routine().name() + "\".");
        });
    }

    /** Renames the selected routine; a name that is empty, too long or taken is refused with a sentence. */
    public void rename(String newName) {
        if (!list.hasSelectionProperty().get() || !mayWrite()) {
            return;
        }
        List<Problem> problems = RoutineValidator.validateName(newName);
        if (!problems.isEmpty()) {
            errorMessage.set(problems.get(0).message());
            return;
        }
        long id = list.selectedProperty().get().id();
        background(() -> {
            StoredRoutine original = find(id);
            store.update(id, original.routine().withName(newName));
            return new Done(id, "Renamed to \"" + newName.strip() + "\".");
        });
    }

    /** Deletes the selected routine after asking (Keep is the default); its sessions stay, and Undo brings it back. */
    public void delete() {
        RoutineSummary routine = list.selectedProperty().get();
        if (routine == null || !mayWrite() || !dialogs.confirm("Delete \"" + routine.name() + "\"?",
                "The sessions you played from it stay in your history. You can undo this while the Routines page "
                        + "is open.", "Delete", "Keep")) {
            return;
        }
        runner.run(() -> store.delete(routine.id()), removed -> {
            deleted.set(removed.orElse(null));
            list.clearSelection();
            errorMessage.set("");
            status.set("Deleted \"" + routine.name() + "\". Its sessions stay in your history.");
            loader.reload(Library.ALL);
        }, failure -> errorMessage.set(ErrorMessages.plain(failure)));
    }

    /** Puts the routine deleted last back, with its steps, name and description, and selects it. */
    public void undoDelete() {
        DeletedRoutine removed = deleted.get();
        if (removed == null || !mayWrite()) {
            return;
        }
        background(() -> new Done(store.restore(removed), "\"" + removed.routine().name() + "\" is back."));
    }

    /** Writes the selected routine as a routine file. */
    public void exportTo(Path file) {
        if (!list.hasSelectionProperty().get()) {
            return;
        }
        long id = list.selectedProperty().get().id();
        background(() -> {
            StoredRoutine routine = find(id);
            try {
                RoutineFile.export(routine.routine(), file);
            } catch (ExportException e) {
                throw new PlainFailure(e.getMessage(), e);
            }
            return new Done(id, "Exported \"" + routine.routine().name() + "\" to " + file + ".");
        });
    }

    /** Imports routine files, each all or nothing, and reports what was imported and what was refused. */
    public void importFiles(List<Path> files) {
        if (files.isEmpty() || !mayWrite()) {
            return;
        }
        runner.run(() -> imports.importFiles(files), report -> {
            importReport.set(report.lines());
            report.lastImported().ifPresent(list::selectAfterLoad);
            loader.reload(Library.ALL);
        }, failure -> errorMessage.set(ErrorMessages.plain(failure)));
    }

    /** "Last done today  ·  pain 3.0 lower after, mean of 4 rated sessions", with today read from the clock now. */
    public String history(RoutineSummary routine) {
        return RoutineDescription.history(routine, clock);
    }

    /** Whether the data file can be written; a refused command shows the reason as the error. */
    public WriteAccess writeAccess() {
        return access;
    }

    private boolean mayWrite() {
        return access.check(errorMessage::set);
    }

    private StoredRoutine find(long id) {
        return store.find(id).orElseThrow(() -> new PlainFailure("That routine no longer exists.", null));
    }

    /** The last action's message and its Undo belong to the moment: leaving the page ends both. */
    private void forgetLastAction() {
        deleted.set(null);
        status.set("");
    }

    private void background(Callable<Done> work) {
        runner.run(work, done -> {
            deleted.set(null);
            errorMessage.set("");
            status.set(done.message());
            list.selectAfterLoad(done.select());
            loader.reload(Library.ALL);
        }, failure -> errorMessage.set(ErrorMessages.plain(failure)));
    }

    private record Done(long select, String message) {
    }

    /** The shown routines, the search and the selection. */
    public RoutineList list() {
        return list;
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorMessageProperty() {
        return errorMessage.getReadOnlyProperty();
    }

    /** The last thing done, e.g. "Deleted "Calves". …"; with an Undo while a deleted routine is held. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** The routine deleted last, while it can still be brought back; null otherwise. */
    public ReadOnlyObjectProperty<DeletedRoutine> deletedProperty() {
        return deleted.getReadOnlyProperty();
    }

    /** The sentences of the last import, for the view to show once; cleared with {@link #dismissImportReport()}. */
    public ReadOnlyObjectProperty<List<String>> importReportProperty() {
        return importReport.getReadOnlyProperty();
    }

    public void dismissImportReport() {
        importReport.set(List.of());
    }
}
