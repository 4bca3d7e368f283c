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

/** The end of a session: how the pain is now (optional), where, a note; then back to the routines. */
public final class AfterSessionViewModel {

    public static final int MAX_NOTE_LENGTH = 2000;
    static final String UNSAVED = "The session and the pain score are saved; the areas and note you entered are not.";

    private final SessionRecorder recorder;
    private final Clock clock;
    private final Dialogs dialogs;
    private final Runnable onClose;
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

    AfterSessionViewModel(SessionRecorder recorder, Clock clock, Dialogs dialogs, SessionStatus status, String summary,
                          Runnable onClose) {
        this.recorder = recorder;
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
        if (!canSave.get()) {
            return;
        }
        saving.set(true);
        recorder.described(areas.get(), note.get(), () -> {
            saving.set(false);
            saved = true;
            skip();
        });
    }

    /** Leaves without the areas and note; the session and the pain score are already saved. Once only. */
    public void skip() {
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
     * The window is closing: asks first when input would be lost. True when the window may close; a save asked for
     * here is queued, and the app's exit lets queued writes finish.
     */
    boolean mayCloseWindow() {
        if (!hasUnsavedInput()) {
            return true;
        }
        return switch (dialogs.askToSave("Save your rating before closing Unknot?", UNSAVED)) {
            case SAVE -> {
                boolean valid = canSave.get();
                save();
                yield valid;
            }
            case DONT_SAVE -> true;
            case CANCEL -> false;
        };
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
