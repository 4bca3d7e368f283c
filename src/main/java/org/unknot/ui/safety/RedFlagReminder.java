package org.unknot.ui.safety;

import java.time.Clock;
import java.time.Instant;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.unknot.domain.RedFlagCheck;
import org.unknot.domain.RedFlagReason;
import org.unknot.store.RedFlagStore;
import org.unknot.store.SettingsStore;
import org.unknot.ui.common.BackgroundRunner;
import org.unknot.ui.common.WriteAccess;

/**
 * The monthly offer of the red-flag questions: when the pages open and the last check (or, before any, the safety
 * acknowledgement) is 30 days old or more, a calm banner offers them. Later hides it until the app starts again.
 */
public final class RedFlagReminder {

    private static final Logger LOG = LoggerFactory.getLogger(RedFlagReminder.class);

    private final RedFlagStore checks;
    private final SettingsStore settings;
    private final BackgroundRunner runner;
    private final Clock clock;
    private final WriteAccess access;
    private final RedFlagPrompt prompt;
    private final ReadOnlyBooleanWrapper due = new ReadOnlyBooleanWrapper(false);
    private boolean putOff;

    public RedFlagReminder(RedFlagStore checks, SettingsStore settings, BackgroundRunner runner, Clock clock,
                           WriteAccess access, RedFlagPrompt prompt) {
        this.checks = checks;
        this.settings = settings;
        this.runner = runner;
        this.clock = clock;
        this.access = access;
        this.prompt = prompt;
    }

    /** Looks, off the FX thread, whether the monthly questions are due; answers that cannot be kept are not asked. */
    public void refresh() {
        if (putOff || !access.allowed()) {
            return;
        }
        Instant now = clock.instant();
        runner.run(() -> RedFlagCheck.monthlyDue(checks.lastCheck().map(RedFlagCheck::answeredAt),
                        settings.safetyAcknowledgedAt(), now),
                isDue -> due.set(isDue && !putOff),
                failure -> LOG.warn("Could not find when the red-flag questions were last answered", failure));
    }

    public void answerNow() {
        due.set(false);
        prompt.ask(RedFlagReason.MONTHLY);
    }

    public void later() {
        putOff = true;
        due.set(false);
    }

    public ReadOnlyBooleanProperty dueProperty() {
        return due.getReadOnlyProperty();
    }

    /** The banner's sentence. */
    public String sentence() {
        return "It has been a month: please take a minute to answer a few safety questions about signs that need "
                + "a doctor rather than massage.";
    }
}
