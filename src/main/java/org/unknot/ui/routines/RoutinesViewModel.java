package org.unknot.ui.routines;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.unknot.store.RoutineStore;
import org.unknot.store.RoutineSummary;
import org.unknot.ui.common.BackgroundRunner;
import org.unknot.ui.common.ErrorMessages;

/** The routine library: the saved routines with their planned time and tools. */
public final class RoutinesViewModel {

    private final RoutineStore store;
    private final BackgroundRunner runner;
    private final ObservableList<RoutineSummary> routines = FXCollections.observableArrayList();
    private final ObservableList<RoutineSummary> readOnlyRoutines = FXCollections.unmodifiableObservableList(routines);
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper errorMessage = new ReadOnlyStringWrapper("");

    public RoutinesViewModel(RoutineStore store, BackgroundRunner runner) {
        this.store = store;
        this.runner = runner;
    }

    /** Reads the routines from the data file, away from the FX thread. */
    public void load() {
        loading.set(true);
        runner.run(store::summaries, summaries -> {
            routines.setAll(summaries);
            errorMessage.set("");
            loading.set(false);
        }, failure -> {
            errorMessage.set(ErrorMessages.plain(failure));
            loading.set(false);
        });
    }

    public ObservableList<RoutineSummary> routines() {
        return readOnlyRoutines;
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorMessageProperty() {
        return errorMessage.getReadOnlyProperty();
    }
}
