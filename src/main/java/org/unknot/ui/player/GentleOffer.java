package org.unknot.ui.player;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.unknot.domain.GentleVersion;
import org.unknot.domain.Routine;
import org.unknot.store.PainEntry;
import org.unknot.store.PainStore;
import org.unknot.ui.common.BackgroundRunner;
import org.unknot.ui.common.StepText;

/**
 * The ready screen's offer of the gentle version: made when today's check-in marks a flare day or the pain before is
 * 7 or more, and only when the gentle version changes something and the routine may start at all. It says why and
 * what changes, step by step.
 */
public final class GentleOffer {

    private static final Logger LOG = LoggerFactory.getLogger(GentleOffer.class);

    private final GentleVersion version;
    private final PainRating before;
    private final PainStore pain;
    private final BackgroundRunner runner;
    private final Clock clock;
    private final ReadOnlyBooleanWrapper flareDay = new ReadOnlyBooleanWrapper(false);
    private final BooleanBinding offered;
    private final StringBinding reason;
    private boolean asked;

    /** @param startable whether the routine may start at all: one the safety rules block is not offered gently either */
    GentleOffer(Routine routine, boolean startable, PainRating before, PainStore pain, BackgroundRunner runner,
                Clock clock) {
        this.version = GentleVersion.of(routine);
        this.before = before;
        this.pain = pain;
        this.runner = runner;
        this.clock = clock;
        this.offered = Bindings.createBooleanBinding(() -> startable && version.changesAnything()
                && GentleVersion.offered(flareDay.get(), before.score()), flareDay, before.scoreProperty());
        int changed = version.changes().size();
        // what it changes is listed below it, step by step: the sentence only counts them
        this.reason = Bindings.createStringBinding(() -> (flareDay.get() ? "Today is marked a flare day."
                : "Your pain is " + GentleVersion.HIGH_PAIN + " or more right now.")
                + " A gentle version of this routine is ready; it changes " + changed
                + (changed == 1 ? " step:" : " steps:"), flareDay);
    }

    /** Reads once, in the background, whether today's check-in marks a flare day. */
    void activate() {
        if (asked || !version.changesAnything()) {
            return;
        }
        asked = true;
        LocalDate today = LocalDate.now(clock);
        runner.run(() -> pain.checkInOn(today).map(PainEntry::flare).orElse(false), flareDay::set,
                // without it the offer still follows the pain before; the routine plays as planned otherwise
                failure -> LOG.warn("Could not read whether today is a flare day", failure));
    }

    public GentleVersion version() {
        return version;
    }

    /** What the gentle version changes, one line a step: "Step 2  ·  Foam roller  ·  Lower back: 60 s instead of 90 s". */
    public List<String> changes() {
        return version.changes().stream().map(change -> "Step " + (change.stepIndex() + 1) + StepText.SEPARATOR
                + StepText.title(version.routine().steps().get(change.stepIndex())) + ": " + change.text()).toList();
    }

    /** Whether the ready screen offers the gentle version now. */
    public BooleanBinding offeredProperty() {
        return offered;
    }

    public boolean offered() {
        return offered.get();
    }

    /** Why it is offered, in a sentence. */
    public StringBinding reasonProperty() {
        return reason;
    }

    public ReadOnlyBooleanProperty flareDayProperty() {
        return flareDay.getReadOnlyProperty();
    }
}
