package org.unknot.ui.player;

import java.time.Clock;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.ObservableSet;
import org.unknot.domain.Area;
import org.unknot.domain.RoutineText;
import org.unknot.domain.SessionStatus;
import org.unknot.ui.body.AreaChoice;
import org.unknot.ui.common.Dialogs;
import org.unknot.ui.common.LeaveGuard;

/**
 * The end of a session: how the pain is now (optional), where, a note, and this week's PEG when asked; then back to
 * the routines. Every way out asks first about what would be lost: the rating's areas and note, then the PEG answers.
 */
public final class AfterSessionViewModel {

    public static final int MAX_NOTE_LENGTH = 2000;
    static final String UNSAVED = "The session and the pain score are saved; the areas and note you entered are not.";

    private final SessionRecorder recorder;
    private final Clock clock;
    private final Dialogs dialogs;
    private final Runnable onClose;
    /** This week's PEG on the page: asked about last, on every way out. */
    private final LeaveGuard weekly;
    private final SessionStatus status;
    private final ReadOnlyStringWrapper headline;
    private final ReadOnlyStringWrapper summary;
    private final PainRating rating = new PainRating();
    private final AreaChoice areas = new AreaChoice();
    private final StringProperty note = new SimpleStringProperty("");
    private final ReadOnlyBooleanWrapper saving = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper errorMessage = new ReadOnlyStringWrapper("");
    private final StringBinding problem;
    private boolean saved;
    private boolean left;
    private final BooleanBinding canSave;

    /** @param weekly this week's PEG shown on the page, whose unsaved answers are asked about before leaving */
    AfterSessionViewModel(SessionRecorder recorder, Clock clock, Dialogs dialogs, SessionStatus status, String summary,
                          Runnable onClose, LeaveGuard weekly) {
        this.recorder = recorder;
        this.weekly = weekly;
        this.clock = clock;
        this.dialogs = dialogs;
        this.onClose = onClose;
        this.status = status;
        this.headline = new ReadOnlyStringWrapper(status == SessionStatus.COMPLETED
                ? "Routine complete" : "Session stopped");
        this.summary = new ReadOnlyStringWrapper(summary);
        this.problem = Bindings.createStringBinding(() -> {
            if (RoutineText.length(note.get()) > MAX_NOTE_LENGTH) {
                return "The note is " + RoutineText.length(note.get()) + " characters; shorten it to " + MAX_NOTE_LENGTH + ".";
            }
            return !areas.isEmpty() && rating.scoreProperty().get() == null
                    ? "Choose how much it hurts (0 to 10) so that the areas can be kept with it." : "";
        }, note, areas.chosen(), rating.scoreProperty());
        this.canSave = problem.isEmpty().and(saving.not());
        rating.scoreProperty().addListener((observable, old, score) ->
                recorder.painAfter(Optional.ofNullable(score), clock.instant()));
    }

    /** Saves the areas and note with the pain score (written when it was chosen), then goes back to the routines. */
    public void save() {
        saveThen(this::skip);
    }

    private void saveThen(Runnable then) {
        if (!canSave.get()) {
            return;
        }
        saving.set(true);
        recorder.described(areas.get(), note.get(), () -> {
            saving.set(false);
            saved = true;
            then.run();
        });
    }

    /**
     * Leaves without the areas and note; the session and the pain score are already saved. Unsaved PEG answers are
     * asked about first (Cancel stays). Once only.
     */
    public void skip() {
        if (!left) {
            weekly.leaveThen(this::close);
        }
    }

    private void close() {
        if (!left) {
            left = true;
            onClose.run();
        }
    }

    /** Esc: leaves, but asks first when input would be lost — Save saves, Don't save leaves, Cancel stays. */
    public void leave() {
        if (!hasUnsavedInput()) {
            skip();
            return;
        }
        switch (dialogs.askToSave("Save your rating before leaving?", UNSAVED)) {
            case SAVE -> save();
            case DONT_SAVE -> skip();
            case CANCEL -> {
                // the input stays as it is
            }
        }
    }

    /**
     * The window is closing: asks first when input would be lost, the rating then this week's PEG, each in turn. True
     * when the window may close; the rating's save asked for here is queued (the app's exit lets queued writes
     * finish), the PEG's is written first and then runs {@code close}. Cancel on either keeps the page as it is.
     */
    boolean mayCloseWindow(Runnable close) {
        if (hasUnsavedInput()) {
            switch (dialogs.askToSave("Save your rating before closing Unknot?", UNSAVED)) {
                case SAVE -> {
                    if (!canSave.get()) {
                        return false;
                    }
                    // the page stays until the window goes: the PEG may still be asked about
                    saveThen(() -> { });
                }
                case DONT_SAVE -> {
                    // dropped with the window
                }
                case CANCEL -> {
                    return false;
                }
            }
        }
        return weekly.mayLeave(close);
    }

    /** Areas or a note entered and not saved yet: leaving would lose them (the score is saved when chosen). */
    public boolean hasUnsavedInput() {
        return !saved && (!areas.isEmpty() || !note.get().isBlank());
    }

    void failed(String message) {
        saving.set(false);
        errorMessage.set(message);
    }

    /** Says how saving goes (waiting for a busy file), without giving up a save under way; empty clears it. */
    void tell(String message) {
        errorMessage.set(message);
    }

    public void toggleArea(Area area) {
        areas.toggle(area);
    }

    public SessionStatus status() {
        return status;
    }

    public PainRating rating() {
        return rating;
    }

    public ObservableSet<Area> areas() {
        return areas.chosen();
    }

    /** Where it hurts now, for the page's body map and area buttons. */
    public AreaChoice areaChoice() {
        return areas;
    }

    public StringProperty noteProperty() {
        return note;
    }

    public ReadOnlyStringProperty headlineProperty() {
        return headline.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public StringBinding problemProperty() {
        return problem;
    }

    public BooleanBinding canSaveProperty() {
        return canSave;
    }

    public ReadOnlyBooleanProperty savingProperty() {
        return saving.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorMessageProperty() {
        return errorMessage.getReadOnlyProperty();
    }
}
