package org.unknot.ui.profile;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import org.unknot.store.HealthProfileStore;
import org.unknot.ui.common.BackgroundRunner;

/**
 * The health profile offered once, after the first-run safety screen: Save keeps what was ticked, Skip keeps nothing;
 * either way the offer is not made again, and the app goes on.
 */
public final class HealthProfileOffer {

    private final HealthProfileStore store;
    private final BackgroundRunner runner;
    private final Runnable then;
    private final HealthProfileViewModel form;
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);

    public HealthProfileOffer(HealthProfileStore store, BackgroundRunner runner, Runnable then) {
        this.store = store;
        this.runner = runner;
        this.then = then;
        this.form = new HealthProfileViewModel(store, runner, false);
    }

    public HealthProfileViewModel form() {
        return form;
    }

    /** Saves the profile (marked offered in the same transaction) and goes on; an injury without its area waits. */
    public void save() {
        if (!busy.get()) {
            form.save(then);
        }
    }

    public void skip() {
        if (busy.get()) {
            return;
        }
        busy.set(true);
        runner.run(() -> {
            store.skipOffer();
            return true;
        }, done -> {
            busy.set(false);
            then.run();
        }, failure -> {
            busy.set(false);
            // the offer is only a convenience: a failure to remember the skip must not keep the user out
            then.run();
        });
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }
}
