package org.unknot.ui.history;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.ObservableSet;
import org.unknot.domain.Area;
import org.unknot.domain.AsNeededAnswer;
import org.unknot.domain.CheckInRecord;
import org.unknot.domain.Medicine;
import org.unknot.domain.PainScore;
import org.unknot.ui.body.AreaChoice;

/** A past check-in being corrected: the one shown as saved, and its pain, areas and note as the user edits them. */
public final class CheckInForm {

    /** What a save writes. */
    record Correction(LocalDate day, PainScore score, Set<Area> areas, String note, boolean flare,
                      Optional<AsNeededAnswer> asNeeded) {
    }

    private final ReadOnlyObjectWrapper<CheckInRecord> shown = new ReadOnlyObjectWrapper<>();
    private final ObjectProperty<Integer> score = new SimpleObjectProperty<>();
    private final AreaChoice areas = new AreaChoice();
    private final StringProperty note = new SimpleStringProperty("");
    private final BooleanProperty flare = new SimpleBooleanProperty(false);
    private final StringBinding noteProblem = Bindings.createStringBinding(
            () -> CheckInViewModel.noteProblem(note.get()), note);
    private final AsNeededQuestion asNeeded = new AsNeededQuestion();
    /** The medicines listed: a day when an as-needed one was current asks about it. */
    private List<Medicine> medicines = List.of();

    /** Shows {@code checkIn} as saved (null: none), dropping whatever was edited. */
    void show(CheckInRecord checkIn) {
        shown.set(checkIn);
        revert();
    }

    /** Puts the fields back to the shown check-in as saved. */
    void revert() {
        CheckInRecord checkIn = shown.get();
        score.set(checkIn == null ? null : checkIn.pain().value());
        areas.set(checkIn == null ? Set.of() : checkIn.areas());
        note.set(checkIn == null ? "" : checkIn.note());
        flare.set(checkIn != null && checkIn.flare());
        Optional<AsNeededAnswer> answer = checkIn == null ? Optional.empty() : checkIn.asNeeded();
        asNeeded.show(checkIn != null && (answer.isPresent() || Medicine.asNeededOn(medicines, checkIn.day())),
                answer);
    }

    /** The medicines as read with the list; the question of the check-in shown follows them. */
    void medicines(List<Medicine> listed) {
        medicines = List.copyOf(listed);
        CheckInRecord checkIn = shown.get();
        if (checkIn != null) {
            asNeeded.ask(checkIn.asNeeded().isPresent() || Medicine.asNeededOn(medicines, checkIn.day()),
                    checkIn.asNeeded());
        }
    }

    /** The list was read again: the shown check-in follows it when nothing is being edited, and goes if it went. */
    void refresh(List<CheckInRecord> listed) {
        CheckInRecord current = shown.get();
        if (current == null) {
            return;
        }
        Optional<CheckInRecord> now = listed.stream().filter(each -> each.day().equals(current.day())).findFirst();
        if (now.isEmpty()) {
            show(null);
        } else if (!now.get().equals(current) && !unsaved()) {
            show(now.get());
        }
    }

    /** Whether the fields differ from the shown check-in as saved. */
    public boolean unsaved() {
        CheckInRecord checkIn = shown.get();
        return checkIn != null && (!Objects.equals(score.get(), checkIn.pain().value())
                || !areas.get().equals(checkIn.areas()) || !note.get().strip().equals(checkIn.note())
                || flare.get() != checkIn.flare() || asNeeded.unsaved());
    }

    /** What saving would write, or empty after telling {@code problem} why it cannot be saved. */
    Optional<Correction> correction(Consumer<String> problem) {
        CheckInRecord checkIn = shown.get();
        if (checkIn == null) {
            return Optional.empty();
        }
        if (score.get() == null) {
            problem.accept("Choose how much it hurt that day, from 0 to 10.");
            return Optional.empty();
        }
        if (!noteProblem.get().isEmpty()) {
            problem.accept(noteProblem.get());
            return Optional.empty();
        }
        return Optional.of(new Correction(checkIn.day(), new PainScore(score.get()), areas.get(),
                note.get().strip(), flare.get(), asNeeded.answer()));
    }

    /** The correction is in the data file: it is what the check-in now is. */
    void saved(Correction change) {
        CheckInRecord current = shown.get();
        if (current != null && current.day().equals(change.day())) {
            show(new CheckInRecord(change.day(), change.score(), change.areas(), change.note(), change.flare(),
                    change.asNeeded()));
        }
    }

    public void toggleArea(Area area) {
        areas.toggle(area);
    }

    /** The check-in being corrected, as saved; null when none is selected. */
    public ReadOnlyObjectProperty<CheckInRecord> shownProperty() {
        return shown.getReadOnlyProperty();
    }

    /** 0–10, or null when the user unchose it. */
    public ObjectProperty<Integer> scoreProperty() {
        return score;
    }

    /** "Took an as-needed pain medicine that day?" */
    public AsNeededQuestion asNeeded() {
        return asNeeded;
    }

    public ObservableSet<Area> areas() {
        return areas.chosen();
    }

    /** Where it hurt that day, for the body map and area buttons. */
    public AreaChoice areaChoice() {
        return areas;
    }

    /** Why the note would be refused, or empty: what marks the note field. */
    public StringBinding noteProblemProperty() {
        return noteProblem;
    }

    /** Whether that day is marked a flare day. */
    public BooleanProperty flareProperty() {
        return flare;
    }

    public StringProperty noteProperty() {
        return note;
    }
}
