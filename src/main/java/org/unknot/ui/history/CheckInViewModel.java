package org.unknot.ui.history;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.ObservableSet;
import org.unknot.domain.Area;
import org.unknot.domain.AsNeededAnswer;
import org.unknot.domain.PainKind;
import org.unknot.domain.PainScore;
import org.unknot.domain.RoutineText;
import org.unknot.store.CheckInRecording;
import org.unknot.store.MedicineStore;
import org.unknot.store.PainEntry;
import org.unknot.store.PainStore;
import org.unknot.ui.body.AreaChoice;
import org.unknot.ui.common.BackgroundRunner;
import org.unknot.ui.common.Dialogs;
import org.unknot.ui.common.ErrorMessages;
import org.unknot.ui.common.LeaveGuard;
import org.unknot.ui.common.WriteAccess;

/** Today's pain check-in, for a day without a session; a second one the same day replaces the first. */
public final class CheckInViewModel implements LeaveGuard {

    public static final int MAX_NOTE_LENGTH = 2000;

    /** The one sentence that refuses a note, here and in the check-ins tab's correction; empty for a note that fits. */
    static String noteProblem(String text) {
        int length = RoutineText.length(text);
        return length > MAX_NOTE_LENGTH
                ? "The note is " + length + " characters; shorten it to " + MAX_NOTE_LENGTH + "." : "";
    }

    /** What the card holds: a score (null before one is chosen), the areas, the note and the flare mark. */
    private record Entered(Integer score, Set<Area> areas, String note, boolean flare) {
        static final Entered NOTHING = new Entered(null, Set.of(), "", false);
    }

    private final PainStore pain;
    private final BackgroundRunner runner;
    private final Dialogs dialogs;
    private final Clock clock;
    private final Runnable onSaved;
    private final WriteAccess access;
    private final ObjectProperty<Integer> score = new SimpleObjectProperty<>();
    private final AreaChoice areas = new AreaChoice();
    private final StringProperty note = new SimpleStringProperty("");
    private final BooleanProperty flare = new SimpleBooleanProperty(false);
    private final StringBinding noteProblem = Bindings.createStringBinding(() -> noteProblem(note.get()), note);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper errorMessage = new ReadOnlyStringWrapper("");
    private final AsNeededQuestion asNeeded = new AsNeededQuestion();
    private final MedicineStore medicines;
    /** The day of the saved check-in the form shows; null while it shows only what the user is entering. */
    private LocalDate shownDay;
    /** What the card held when it was last shown or saved: leaving with anything else asks. */
    private Entered kept = Entered.NOTHING;

    CheckInViewModel(PainStore pain, BackgroundRunner runner, Clock clock, Dialogs dialogs, Runnable onSaved,
            WriteAccess access) {
        this.access = access;
        this.pain = pain;
        this.runner = runner;
        this.dialogs = dialogs;
        this.clock = clock;
        this.onSaved = onSaved;
        this.medicines = MedicineStore.beside(pain);
    }

    /** Shows today's check-in if there is one already; a day's check-in is not shown as the next day's. */
    public WriteAccess writeAccess() {
        return access;
    }

    public void load() {
        LocalDate today = LocalDate.now(clock);
        runner.run(() -> pain.checkInOn(today), existing -> existing.ifPresentOrElse(entry -> {
            show(new Entered(entry.score().value(), entry.areas(), entry.note(), entry.flare()),
                    "Today's check-in is saved; saving again replaces it.");
            shownDay = today;
        }, () -> {
            if (shownDay != null && !shownDay.equals(today)) {
                show(Entered.NOTHING, "");
                shownDay = null;
            }
        }), failure -> errorMessage.set(ErrorMessages.plain(failure)));
        runner.run(() -> medicines.askedOn(today), day -> asNeeded.ask(day.asked(), day.answer()),
                failure -> errorMessage.set(ErrorMessages.plain(failure)));
    }

    private void show(Entered shown, String saved) {
        score.set(shown.score());
        areas.set(shown.areas());
        note.set(shown.note());
        flare.set(shown.flare());
        status.set(saved);
        kept = entered();
    }

    private Entered entered() {
        return new Entered(score.get(), areas.get(), note.get().strip(), flare.get());
    }

    /** Whether the card holds a score, areas or a note that are not saved. */
    public boolean unsaved() {
        Entered now = entered();
        return !Objects.equals(now.score(), kept.score()) || !now.areas().equals(kept.areas())
                || !now.note().equals(kept.note()) || now.flare() != kept.flare() || asNeeded.unsaved();
    }

    /**
     * True when nothing entered would be lost. Otherwise asks: Don't save puts the card back as it was (true), Save
     * runs {@code afterSave} once the check-in is saved, Cancel stays.
     */
    @Override
    public boolean mayLeave(Runnable afterSave) {
        if (!unsaved()) {
            return true;
        }
        switch (dialogs.askToSave("Save today's check-in?", "What you entered for today's check-in is not saved yet.")) {
            case SAVE -> save(afterSave);
            case DONT_SAVE -> {
                show(kept, status.get());
                asNeeded.revert();
                return true;
            }
            case CANCEL -> { }
        }
        return false;
    }

    public void save() {
        save(() -> { });
    }

    private void save(Runnable then) {
        if (!access.check(errorMessage::set)) {
            return;
        }
        if (score.get() == null) {
            errorMessage.set("Choose how much it hurts today, from 0 to 10.");
            return;
        }
        if (!noteProblem.get().isEmpty()) {
            errorMessage.set(noteProblem.get());
            return;
        }
        PainEntry entry = new PainEntry(PainKind.CHECK_IN, clock.instant(), new PainScore(score.get()),
                areas.get(), note.get(), flare.get());
        CheckInRecording checkIns = new CheckInRecording(pain);
        Optional<AsNeededAnswer> answer = asNeeded.answer();
        runner.run(() -> {
            checkIns.save(entry, clock.getZone(), answer);
            return entry;
        }, saved -> {
            errorMessage.set("");
            status.set("Saved today's check-in: pain " + saved.score().value() + ".");
            shownDay = LocalDate.ofInstant(saved.recordedAt(), clock.getZone());
            kept = new Entered(saved.score().value(), saved.areas(), saved.note().strip(), saved.flare());
            asNeeded.saved();
            onSaved.run();
            then.run();
        }, failure -> errorMessage.set(ErrorMessages.plain(failure)));
    }

    public void toggleArea(Area area) {
        areas.toggle(area);
    }

    /** 0–10, or null before the user chooses. */
    public ObjectProperty<Integer> scoreProperty() {
        return score;
    }

    /** "Took an as-needed pain medicine today?" */
    public AsNeededQuestion asNeeded() {
        return asNeeded;
    }

    public ObservableSet<Area> areas() {
        return areas.chosen();
    }

    /** Where it hurts today, for the card's body map and area buttons. */
    public AreaChoice areaChoice() {
        return areas;
    }

    /** Whether the user marks today a flare day. */
    public BooleanProperty flareProperty() {
        return flare;
    }

    public StringProperty noteProperty() {
        return note;
    }

    /** Why the note would be refused, or empty: what marks the note field. */
    public StringBinding noteProblemProperty() {
        return noteProblem;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorMessageProperty() {
        return errorMessage.getReadOnlyProperty();
    }
}
