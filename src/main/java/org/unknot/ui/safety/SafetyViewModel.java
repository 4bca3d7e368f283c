package org.unknot.ui.safety;

import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.unknot.domain.RedFlag;
import org.unknot.store.SettingsStore;
import org.unknot.ui.common.BackgroundRunner;
import org.unknot.ui.common.ErrorMessages;

/** The safety screen: the user reads it and acknowledges it; the acknowledgement is stored with its time. */
public final class SafetyViewModel {

    private final SettingsStore settings;
    private final BackgroundRunner runner;
    private final Clock clock;
    private final Runnable onAcknowledged;
    private final ReadOnlyBooleanWrapper saving = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper errorMessage = new ReadOnlyStringWrapper("");

    public SafetyViewModel(SettingsStore settings, BackgroundRunner runner, Clock clock, Runnable onAcknowledged) {
        this.settings = settings;
        this.runner = runner;
        this.clock = clock;
        this.onAcknowledged = onAcknowledged;
    }

    public void acknowledge() {
        if (saving.get()) {
            return;
        }
        saving.set(true);
        Instant now = clock.instant();
        runner.run(() -> {
            settings.acknowledgeSafety(now);
            return now;
        }, saved -> {
            saving.set(false);
            errorMessage.set("");
            onAcknowledged.run();
        }, failure -> {
            saving.set(false);
            errorMessage.set(ErrorMessages.plain(failure));
        });
    }

    /** The red flags' short lines, from the one list the check that comes back asks about. */
    public List<String> seekCareLines() {
        return Arrays.stream(RedFlag.values()).map(RedFlag::line).toList();
    }

    public String seekCareSource() {
        return "Sources: " + RedFlag.SOURCE + ".";
    }

    public ReadOnlyBooleanProperty savingProperty() {
        return saving.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorMessageProperty() {
        return errorMessage.getReadOnlyProperty();
    }
}
