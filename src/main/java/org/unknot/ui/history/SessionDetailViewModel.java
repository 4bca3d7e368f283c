package org.unknot.ui.history;

import java.time.Clock;
import java.time.ZoneId;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.unknot.domain.PainKind;
import org.unknot.domain.PainScore;
import org.unknot.domain.RoutineText;
import org.unknot.domain.SessionRecord;
import org.unknot.store.PainStore;
import org.unknot.store.PlayedStep;
import org.unknot.store.SessionChanges;
import org.unknot.store.SessionCorrection;
import org.unknot.store.SessionStore;
import org.unknot.ui.common.BackgroundRunner;
import org.unknot.ui.common.ErrorMessages;
import org.unknot.ui.common.WriteAccess;

/** One recorded session: its steps as played, and its pain ratings and notes to correct. */
public final class SessionDetailViewModel {

    public static final int MAX_NOTE_LENGTH = 2000;

    private final SessionRecord session;
    private final SessionStore sessions;
    private final PainStore pain;
    private final BackgroundRunner runner;
    private final Clock clock;
    private final Runnable onSaved;
    private final WriteAccess access;
    private final ObservableList<PlayedStep> steps = FXCollections.observableArrayList();
    private final ObjectProperty<Integer> before = new SimpleObjectProperty<>();
    private final ObjectProperty<Integer> after = new SimpleObjectProperty<>();
    private final StringProperty notes = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper errorMessage = new ReadOnlyStringWrapper("");
    /** The ratings and notes as opened or last saved: a save writes what differs from them. */
    private Entered saved;

    SessionDetailViewModel(SessionRecord session, SessionStore sessions, PainStore pain, BackgroundRunner runner,
                           Clock clock, Runnable onSaved, WriteAccess access) {
        this.access = access;
        this.session = session;
        this.sessions = sessions;
        this.pain = pain;
        this.runner = runner;
        this.clock = clock;
        this.onSaved = onSaved;
        before.set(session.painBefore().map(PainScore::value).orElse(null));
        after.set(session.painAfter().map(PainScore::value).orElse(null));
        notes.set(session.notes());
        saved = entered();
    }

    public void load() {
        runner.run(() -> sessions.steps(session.id()), steps::setAll,
                failure -> errorMessage.set(ErrorMessages.plain(failure)));
    }

    /**
     * Saves what the user changed, in one transaction in the background: a rating set to none is removed, a corrected
     * score keeps the areas and time of its rating, and what was not changed is not written.
     */
    public void save() {
        save(() -> { });
    }

    /** Saves as {@link #save()} does, then runs {@code afterSaved} (e.g. leaving); a refused or failed save stays. */
    public void save(Runnable afterSaved) {
        if (!access.check(errorMessage::set)) {
            return;
        }
        if (RoutineText.length(notes.get()) > MAX_NOTE_LENGTH) {
            errorMessage.set("The notes are " + RoutineText.length(notes.get()) + " characters; shorten them to "
                    + MAX_NOTE_LENGTH + ".");
            return;
        }
        Entered entered = entered();
        SessionChanges changes = entered.changesFrom(saved);
        SessionCorrection correction = new SessionCorrection(sessions, pain);
        runner.run(() -> {
            correction.apply(session.id(), changes, clock.instant());
            return true;
        }, done -> {
            saved = entered;
            errorMessage.set("");
            onSaved.run();
            afterSaved.run();
        }, failure -> errorMessage.set(ErrorMessages.plain(failure)));
    }

    private Entered entered() {
        return new Entered(Optional.ofNullable(before.get()).map(PainScore::new),
                Optional.ofNullable(after.get()).map(PainScore::new), notes.get().strip());
    }

    /** The ratings and notes as entered. */
    private record Entered(Optional<PainScore> before, Optional<PainScore> after, String notes) {

        SessionChanges changesFrom(Entered old) {
            SessionChanges changes = SessionChanges.none();
            if (!before.equals(old.before)) {
                changes = changes.withRating(PainKind.BEFORE, before);
            }
            if (!after.equals(old.after)) {
                changes = changes.withRating(PainKind.AFTER, after);
            }
            return notes.equals(old.notes) ? changes : changes.withNotes(notes);
        }
    }

    /** Whether a rating or the notes differ from what was last saved (or recorded). */
    public boolean unsaved() {
        // a file that cannot be written has its corrections turned off: there is nothing to save
        return access.allowed() && !entered().changesFrom(saved).isEmpty();
    }

    /** The zone the session's time is shown in: the clock's. */
    public ZoneId zone() {
        return clock.getZone();
    }

    public WriteAccess writeAccess() {
        return access;
    }

    public SessionRecord session() {
        return session;
    }

    public ObservableList<PlayedStep> steps() {
        return steps;
    }

    /** 0–10, or null for no rating. */
    public ObjectProperty<Integer> beforeProperty() {
        return before;
    }

    /** 0–10, or null for no rating. */
    public ObjectProperty<Integer> afterProperty() {
        return after;
    }

    public StringProperty notesProperty() {
        return notes;
    }

    public ReadOnlyStringProperty errorMessageProperty() {
        return errorMessage.getReadOnlyProperty();
    }
}
