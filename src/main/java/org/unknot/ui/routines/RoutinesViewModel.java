package org.unknot.ui.routines;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import org.unknot.domain.Problem;
import org.unknot.domain.RoutineValidator;
import org.unknot.files.ExportException;
import org.unknot.files.RoutineFile;
import org.unknot.store.RoutineStore;
import org.unknot.store.RoutineSummary;
import org.unknot.store.StoredRoutine;
import org.unknot.ui.common.BackgroundRunner;
import org.unknot.ui.common.ErrorMessages;
import org.unknot.ui.common.PlainFailure;

/** The routine library: search, start, create, edit, duplicate, rename, delete, import and export routines. */
public final class RoutinesViewModel {

    /** Where the library's commands lead. */
    public interface Navigation {
        void play(long routineId);

        void edit(long routineId);

        void create();

        /** The daily check-in, on the History page. */
        void checkIn();
    }

    private final RoutineStore store;
    private final BackgroundRunner runner;
    private final Navigation navigation;
    private final RoutineImports imports;
    private final ObjectProperty<RoutineSummary> selected = new SimpleObjectProperty<>();
    private final BooleanBinding hasSelection = selected.isNotNull();
    private final StringProperty query = new SimpleStringProperty("");
    private final ObservableList<RoutineSummary> all = FXCollections.observableArrayList();
    private final FilteredList<RoutineSummary> shown = new FilteredList<>(all);
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper errorMessage = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<List<String>> importReport = new ReadOnlyObjectWrapper<>(List.of());

    public RoutinesViewModel(RoutineStore store, BackgroundRunner runner, Navigation navigation) {
        this.store = store;
        this.runner = runner;
        this.navigation = navigation;
        this.imports = new RoutineImports(store);
        query.addListener((observable, old, text) -> {
            String needle = text.strip().toLowerCase(Locale.ROOT);
            shown.setPredicate(needle.isEmpty() ? null
                    : routine -> routine.name().toLowerCase(Locale.ROOT).contains(needle));
        });
    }

    /** Reads the routines from the data file, away from the FX thread. */
    public void load() {
        reload(selected.get() == null ? -1 : selected.get().id());
    }

    private void reload(long select) {
        loading.set(true);
        runner.run(store::summaries, summaries -> {
            all.setAll(summaries);
            selected.set(summaries.stream().filter(routine -> routine.id() == select).findFirst().orElse(null));
            errorMessage.set("");
            loading.set(false);
        }, failure -> {
            errorMessage.set(ErrorMessages.plain(failure));
            loading.set(false);
        });
    }

    /** Opens the player, ready on the selected routine. */
    public void start() {
        if (hasSelection.get()) {
            navigation.play(selected.get().id());
        }
    }

    public void edit() {
        if (hasSelection.get()) {
            navigation.edit(selected.get().id());
        }
    }

    public void create() {
        navigation.create();
    }

    public void checkIn() {
        navigation.checkIn();
    }

    /** Saves a copy of the selected routine as "Name (2)" and selects it. */
    public void duplicate() {
        if (!hasSelection.get()) {
            return;
        }
        long id = selected.get().id();
        background(() -> {
            StoredRoutine original = find(id);
            String name = store.freeName(original.routine().name());
            long copy = store.add(original.routine().withName(name));
            return new Done(copy, "Saved a copy as \"" + name + "\".");
        });
    }

    /** Renames the selected routine; a name that is empty, too long or taken is refused with a sentence. */
    public void rename(String newName) {
        if (!hasSelection.get()) {
            return;
        }
        List<Problem> problems = RoutineValidator.validateName(newName);
        if (!problems.isEmpty()) {
            errorMessage.set(problems.get(0).message());
            return;
        }
        long id = selected.get().id();
        background(() -> {
            StoredRoutine original = find(id);
            store.update(id, original.routine().withName(newName));
            return new Done(id, "Renamed to \"" + newName.strip() + "\".");
        });
    }

    /** Deletes the selected routine (the view asks first); its sessions stay in the history. */
    public void delete() {
        if (!hasSelection.get()) {
            return;
        }
        RoutineSummary routine = selected.get();
        background(() -> {
            store.delete(routine.id());
            return new Done(-1, "Deleted \"" + routine.name() + "\". Its sessions stay in your history.");
        });
    }

    /** Writes the selected routine as a routine file. */
    public void exportTo(Path file) {
        if (!hasSelection.get()) {
            return;
        }
        long id = selected.get().id();
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
        if (files.isEmpty()) {
            return;
        }
        runner.run(() -> imports.importFiles(files), report -> {
            importReport.set(report.lines());
            reload(report.lastImported().orElse(-1L));
        }, failure -> errorMessage.set(ErrorMessages.plain(failure)));
    }

    private StoredRoutine find(long id) {
        return store.find(id).orElseThrow(() -> new PlainFailure("That routine no longer exists.", null));
    }

    private void background(Callable<Done> work) {
        runner.run(work, done -> {
            errorMessage.set("");
            status.set(done.message());
            reload(done.select());
        }, failure -> errorMessage.set(ErrorMessages.plain(failure)));
    }

    private record Done(long select, String message) {
    }

    public ObservableList<RoutineSummary> routines() {
        return shown;
    }

    /** The routine the user picked in the list; input from the view. */
    public ObjectProperty<RoutineSummary> selectedProperty() {
        return selected;
    }

    public BooleanBinding hasSelectionProperty() {
        return hasSelection;
    }

    /** Text typed in the search field; the list shows the routines whose name contains it. */
    public StringProperty queryProperty() {
        return query;
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorMessageProperty() {
        return errorMessage.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** The sentences of the last import, for the view to show once; cleared with {@link #dismissImportReport()}. */
    public ReadOnlyObjectProperty<List<String>> importReportProperty() {
        return importReport.getReadOnlyProperty();
    }

    public void dismissImportReport() {
        importReport.set(List.of());
    }
}
