package org.unknot.ui.history;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.unknot.domain.SessionRecord;
import org.unknot.store.SessionStore;
import org.unknot.ui.common.BackgroundRunner;
import org.unknot.ui.common.ErrorMessages;

/** The recorded sessions, most recent first. */
public final class HistoryViewModel {

    static final int SHOWN = 200;

    private final SessionStore store;
    private final BackgroundRunner runner;
    private final ObservableList<SessionRecord> sessions = FXCollections.observableArrayList();
    private final ObservableList<SessionRecord> readOnlySessions = FXCollections.unmodifiableObservableList(sessions);
    private final ReadOnlyStringWrapper errorMessage = new ReadOnlyStringWrapper("");

    public HistoryViewModel(SessionStore store, BackgroundRunner runner) {
        this.store = store;
        this.runner = runner;
    }

    public void load() {
        runner.run(() -> store.recent(SHOWN), recent -> {
            sessions.setAll(recent);
            errorMessage.set("");
        }, failure -> errorMessage.set(ErrorMessages.plain(failure)));
    }

    public ObservableList<SessionRecord> sessions() {
        return readOnlySessions;
    }

    public ReadOnlyStringProperty errorMessageProperty() {
        return errorMessage.getReadOnlyProperty();
    }
}
