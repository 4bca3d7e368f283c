package org.unknot.ui.history;

import java.time.Clock;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
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
import org.unknot.domain.SessionRecord;
import org.unknot.store.PainEntry;
import org.unknot.store.PainStore;
import org.unknot.store.PlayedStep;
import org.unknot.store.SessionStore;
import org.unknot.ui.common.BackgroundRunner;
import org.unknot.ui.common.ErrorMessages;

/** One recorded session: its steps as played, and its pain ratings and notes to correct. */
public final class SessionDetailViewModel {

    public static final int MAX_NOTE_LENGTH = 2000;

    private final SessionRecord session;
    private final SessionStore sessions;
    private final PainStore pain;
    private final BackgroundRunner runner;
    private final Clock clock;
    private final Runnable onSaved;
    private final ObservableList<PlayedStep> steps = FXCollections.observableArrayList();
    private final ObjectProperty<Integer> before = new SimpleObjectProperty<>();
    private final ObjectProperty<Integer> after = new SimpleObjectProperty<>();
    private final StringProperty notes = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper errorMessage = new ReadOnlyStringWrapper("");

    SessionDetailViewModel(SessionRecord session, SessionStore sessions, PainStore pain, BackgroundRunner runner,
                           Clock clock, Runnable onSaved) {
        this.session = session;
        this.sessions = sessions;
        this.pain = pain;
        this.runner = runner;
        this.clock = clock;
        this.onSaved = onSaved;
        before.set(session.painBefore().map(PainScore::value).orElse(null));
        after.set(session.painAfter().map(PainScore::value).orElse(null));
        notes.set(session.notes());
    }

    public void load() {
        runner.run(() -> sessions.steps(session.id()), steps::setAll,
                failure -> errorMessage.set(ErrorMessages.plain(failure)));
    }

    /** Saves the ratings (a rating set to none is removed) and the notes in the background. */
    public void save() {
        save(() -> { });
    }

    /** Saves as {@link #save()} does, then runs {@code afterSaved} (e.g. leaving); a refused or failed save stays. */
    public void save(Runnable afterSaved) {
        if (notes.get().length() > MAX_NOTE_LENGTH) {
            errorMessage.set("The notes are " + notes.get().length() + " characters; shorten them to "
                    + MAX_NOTE_LENGTH + ".");
            return;
        }
        Optional<Integer> newBefore = Optional.ofNullable(before.get());
        Optional<Integer> newAfter = Optional.ofNullable(after.get());
        String newNotes = notes.get();
        runner.run(() -> {
            rate(PainKind.BEFORE, newBefore);
            rate(PainKind.AFTER, newAfter);
            sessions.setNotes(session.id(), newNotes);
            return true;
        }, saved -> {
            errorMessage.set("");
            onSaved.run();
            afterSaved.run();
        }, failure -> errorMessage.set(ErrorMessages.plain(failure)));
    }

    private void rate(PainKind kind, Optional<Integer> score) {
        if (score.isPresent()) {
            pain.rateSession(session.id(), new PainEntry(kind, clock.instant(), new PainScore(score.get()), Set.of(),
                    ""));
        } else {
            pain.clearSessionRating(session.id(), kind);
        }
    }

    /** Whether a rating or the notes differ from the session as recorded. */
    public boolean unsaved() {
        return !Objects.equals(before.get(), session.painBefore().map(PainScore::value).orElse(null))
                || !Objects.equals(after.get(), session.painAfter().map(PainScore::value).orElse(null))
                || !notes.get().equals(session.notes());
    }

    /** The zone the session's time is shown in: the clock's. */
    public ZoneId zone() {
        return clock.getZone();
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
