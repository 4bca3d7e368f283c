package org.unknot.ui.history;

import java.time.Clock;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.unknot.domain.SessionRecord;
import org.unknot.store.PainStore;
import org.unknot.store.SessionStore;
import org.unknot.ui.common.BackgroundRunner;
import org.unknot.ui.common.Dialogs;
import org.unknot.ui.common.LeaveGuard;
import org.unknot.ui.common.WriteAccess;

/**
 * Which session History has open to correct, if any. Leaving it with unsaved corrections — back to the list, or to
 * another session — asks first: Save saves and then leaves, Don't save leaves, Cancel stays.
 */
public final class OpenedSession implements LeaveGuard {

    private final SessionStore sessions;
    private final PainStore pain;
    private final BackgroundRunner runner;
    private final Clock clock;
    private final Dialogs dialogs;
    private final Runnable onSaved;
    private final WriteAccess access;
    static final String QUESTION = "Save the corrections to this session?";

    private final ReadOnlyObjectWrapper<SessionDetailViewModel> detail = new ReadOnlyObjectWrapper<>();

    OpenedSession(SessionStore sessions, PainStore pain, BackgroundRunner runner, Clock clock, Dialogs dialogs,
                  Runnable onSaved, WriteAccess access) {
        this.access = access;
        this.sessions = sessions;
        this.pain = pain;
        this.runner = runner;
        this.clock = clock;
        this.dialogs = dialogs;
        this.onSaved = onSaved;
    }

    /** Opens a session to see its steps and correct its ratings and notes. */
    public void open(SessionRecord session) {
        if (!isOpen(session.id())) {
            leaveThen(() -> detail.set(new SessionDetailViewModel(session, sessions, pain, runner, clock, onSaved,
                    access)));
        }
    }

    /** Back to the list. */
    public void close() {
        leaveThen(() -> detail.set(null));
    }

    /** Saves the corrections and goes back to the list. */
    public void save() {
        SessionDetailViewModel open = detail.get();
        if (open != null) {
            open.save(() -> {
                if (detail.get() == open) {
                    detail.set(null);
                }
            });
        }
    }

    /**
     * True when no correction would be lost. Otherwise asks: Don't save drops them (true), Save runs
     * {@code afterSave} once they are saved, Cancel stays.
     */
    @Override
    public boolean mayLeave(Runnable afterSave) {
        SessionDetailViewModel open = detail.get();
        if (open == null || !open.unsaved()) {
            return true;
        }
        switch (dialogs.askToSave(QUESTION, unsavedMessage(open))) {
            case SAVE -> open.save(afterSave);
            case DONT_SAVE -> {
                // the corrections are dropped with the session: back to the list
                detail.set(null);
                return true;
            }
            case CANCEL -> { }
        }
        return false;
    }

    /** The session is gone (deleted): it closes without asking, there is nothing left to correct. */
    void gone(long sessionId) {
        if (isOpen(sessionId)) {
            detail.set(null);
        }
    }

    private boolean isOpen(long sessionId) {
        return detail.get() != null && detail.get().session().id() == sessionId;
    }

    private static String unsavedMessage(SessionDetailViewModel open) {
        return "Your changes to the pain ratings and notes of this session of " + open.session().routineName()
                + " are not saved yet.";
    }

    /** The session open beside the list, or null for the list. */
    public ReadOnlyObjectProperty<SessionDetailViewModel> detailProperty() {
        return detail.getReadOnlyProperty();
    }
}
