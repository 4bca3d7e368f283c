package org.unknot.ui.routines;

import java.util.function.LongConsumer;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
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
    private final LongConsumer onStart;
    private final ObjectProperty<RoutineSummary> selected = new SimpleObjectProperty<>();
    private final BooleanBinding canStart = selected.isNotNull();
    private final ObservableList<RoutineSummary> routines = FXCollections.observableArrayList();
    private final ObservableList<RoutineSummary> readOnlyRoutines = FXCollections.unmodifiableObservableList(routines);
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper errorMessage = new ReadOnlyStringWrapper("");

    /** @param onStart opens the player on the routine with this id */
    public RoutinesViewModel(RoutineStore store, BackgroundRunner runner, LongConsumer onStart) {
        this.store = store;
        this.runner = runner;
        this.onStart = onStart;
    }

    /** Opens the player, ready on the selected routine. */
    public void start() {
        if (canStart.get()) {
            onStart.accept(selected.get().id());
        }
    }

    /** Reads the routines from the data file, away from the FX thread. */
    public void load() {
        loading.set(true);
        runner.run(store::summaries, summaries -> {
            long keep = selected.get() == null ? -1 : selected.get().id();
            routines.setAll(summaries);
            selected.set(summaries.stream().filter(routine -> routine.id() == keep).findFirst().orElse(null));
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

    /** The routine the user picked in the list; input from the view. */
    public ObjectProperty<RoutineSummary> selectedProperty() {
        return selected;
    }

    public BooleanBinding canStartProperty() {
        return canStart;
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorMessageProperty() {
        return errorMessage.getReadOnlyProperty();
    }
}
