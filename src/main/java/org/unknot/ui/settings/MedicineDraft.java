package org.unknot.ui.settings;

import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.unknot.domain.Medicine;
import org.unknot.domain.MedicineUse;
import org.unknot.ui.common.Days;

/**
 * A medicine as the user types it, before it is saved: its fields, each with the one sentence that refuses it. A
 * missing name is pointed out only once the user tries to save, not while the form is still fresh.
 */
public final class MedicineDraft {

    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty dose = new SimpleStringProperty("");
    private final ObjectProperty<MedicineUse> use = new SimpleObjectProperty<>(MedicineUse.REGULAR);
    private final StringProperty started = new SimpleStringProperty("");
    private final StringProperty stopped = new SimpleStringProperty("");
    private final BooleanProperty tried = new SimpleBooleanProperty();
    private final StringBinding nameProblem = Bindings.createStringBinding(
            () -> name.get().isBlank() && !tried.get() ? "" : Medicine.nameProblem(name.get()), name, tried);
    private final StringBinding doseProblem = Bindings.createStringBinding(() -> Medicine.doseProblem(dose.get()), dose);
    private final StringBinding startProblem = Bindings.createStringBinding(() -> started.get().isBlank()
            ? "Choose the day you started it." : unreadable(started.get()), started);
    private final StringBinding stopProblem = Bindings.createStringBinding(() -> {
        String unreadable = unreadable(stopped.get());
        return unreadable.isEmpty() ? Medicine.stopProblem(Days.TYPED.fromString(started.get()),
                Optional.ofNullable(Days.TYPED.fromString(stopped.get()))) : unreadable;
    }, started, stopped);

    private static String unreadable(String text) {
        return !text.isBlank() && Days.TYPED.fromString(text) == null
                ? "Type the day as " + Days.PROMPT + ", or pick it from the calendar." : "";
    }

    /** Fills the fields from {@code medicine}, or for a new one started on {@code today}. */
    void fill(Optional<Medicine> medicine, LocalDate today) {
        tried.set(false);
        name.set(medicine.map(Medicine::name).orElse(""));
        dose.set(medicine.map(Medicine::dose).orElse(""));
        use.set(medicine.map(Medicine::use).orElse(MedicineUse.REGULAR));
        started.set(Days.TYPED.toString(medicine.map(Medicine::startedOn).orElse(today)));
        stopped.set(Days.TYPED.toString(medicine.flatMap(Medicine::stoppedOn).orElse(null)));
    }

    /** The medicine to save, or empty (every refused field then marked) with the first field's sentence. */
    Optional<Medicine> medicine(Consumer<String> problem) {
        tried.set(true);
        for (StringBinding each : new StringBinding[] {nameProblem, doseProblem, startProblem, stopProblem}) {
            if (!each.get().isEmpty()) {
                problem.accept(each.get());
                return Optional.empty();
            }
        }
        return Optional.of(new Medicine(name.get(), dose.get(), use.get(), Days.TYPED.fromString(started.get()),
                Optional.ofNullable(Days.TYPED.fromString(stopped.get()))));
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty doseProperty() {
        return dose;
    }

    /** Regular or as needed. */
    public ObjectProperty<MedicineUse> useProperty() {
        return use;
    }

    /** The start day as typed (YYYY-MM-DD). */
    public StringProperty startedProperty() {
        return started;
    }

    /** The stop day as typed; empty while it is still taken. */
    public StringProperty stoppedProperty() {
        return stopped;
    }

    public StringBinding nameProblemProperty() {
        return nameProblem;
    }

    public StringBinding doseProblemProperty() {
        return doseProblem;
    }

    public StringBinding startProblemProperty() {
        return startProblem;
    }

    public StringBinding stopProblemProperty() {
        return stopProblem;
    }
}
