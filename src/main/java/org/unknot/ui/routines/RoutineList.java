package org.unknot.ui.routines;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import org.unknot.store.RoutineSummary;

/**
 * The library's list: the routines the search shows and the selected one. The selection is always one of the shown
 * routines, or nothing: a search that hides it clears it, and a reload keeps it only while its routine still exists.
 */
public final class RoutineList {

    private final ObservableList<RoutineSummary> all = FXCollections.observableArrayList();
    private final FilteredList<RoutineSummary> shown = new FilteredList<>(all);
    private final StringProperty query = new SimpleStringProperty("");
    private final ReadOnlyObjectWrapper<RoutineSummary> selected = new ReadOnlyObjectWrapper<>();
    private final BooleanBinding hasSelection = selected.isNotNull();
    private final ReadOnlyBooleanWrapper emptyLibrary = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper noMatch = new ReadOnlyStringWrapper("");
    private boolean loaded;
    private Optional<Long> wanted = Optional.empty();

    RoutineList() {
        query.addListener((observable, old, text) -> filter());
    }

    /** A load's result: the items change only when the routines did; the selection follows its routine by id. */
    void show(List<RoutineSummary> routines) {
        long keep = selected.get() == null ? -1 : selected.get().id();
        loaded = true;
        if (!all.equals(routines)) {
            all.setAll(routines);
        }
        Optional<Long> reveal = wanted;
        wanted = Optional.empty();
        reveal.ifPresentOrElse(this::reveal, () -> selected.set(shownWithId(keep).orElse(null)));
        describe();
    }

    /** After the next load, selects this routine (and clears a search that would hide it). */
    void selectAfterLoad(long id) {
        wanted = Optional.of(id);
    }

    /** Selects a routine that is loaded, clearing a search that would hide it. */
    void reveal(long id) {
        all.stream().filter(routine -> routine.id() == id).findFirst().ifPresent(routine -> {
            if (!matches().test(routine)) {
                query.set("");
            }
            selected.set(routine);
        });
    }

    /** The user picks a routine in the list; only a shown one can be picked. */
    public void select(RoutineSummary routine) {
        if (shown.contains(routine)) {
            selected.set(routine);
        }
    }

    /** The arrow keys: the routine above (-1) or below (+1) the selected one; the first when none is. */
    public void move(int delta) {
        if (shown.isEmpty()) {
            return;
        }
        int index = selected.get() == null ? (delta > 0 ? 0 : shown.size() - 1)
                : Math.max(0, Math.min(shown.size() - 1, shown.indexOf(selected.get()) + delta));
        selected.set(shown.get(index));
    }

    public void clearSelection() {
        selected.set(null);
    }

    public void clearSearch() {
        query.set("");
    }

    private void filter() {
        shown.setPredicate(query.get().isBlank() ? null : matches());
        if (selected.get() != null && !shown.contains(selected.get())) {
            selected.set(null);
        }
        describe();
    }

    private Predicate<RoutineSummary> matches() {
        String needle = query.get().strip().toLowerCase(Locale.ROOT);
        return routine -> routine.name().toLowerCase(Locale.ROOT).contains(needle);
    }

    private Optional<RoutineSummary> shownWithId(long id) {
        return shown.stream().filter(routine -> routine.id() == id).findFirst();
    }

    private void describe() {
        emptyLibrary.set(loaded && all.isEmpty());
        noMatch.set(!all.isEmpty() && shown.isEmpty() ? "No routine matches '" + query.get().strip() + "'" : "");
    }

    /** The routines the search shows, in name order. */
    public ObservableList<RoutineSummary> routines() {
        return shown;
    }

    /** Text typed in the search field; the list shows the routines whose name contains it, ignoring case. */
    public StringProperty queryProperty() {
        return query;
    }

    public ReadOnlyObjectProperty<RoutineSummary> selectedProperty() {
        return selected.getReadOnlyProperty();
    }

    public BooleanBinding hasSelectionProperty() {
        return hasSelection;
    }

    /** True once loaded with no routine at all: the first-run message. */
    public ReadOnlyBooleanProperty emptyLibraryProperty() {
        return emptyLibrary.getReadOnlyProperty();
    }

    /** "No routine matches 'zzz'" while a search hides every routine; empty otherwise. */
    public ReadOnlyStringProperty noMatchProperty() {
        return noMatch.getReadOnlyProperty();
    }
}
