package org.unknot.ui.history;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import org.unknot.domain.PegAnswer;
import org.unknot.store.PegStore;
import org.unknot.ui.common.BackgroundRunner;
import org.unknot.ui.common.Dialogs;
import org.unknot.ui.common.ErrorMessages;
import org.unknot.ui.common.LeaveGuard;
import org.unknot.ui.common.WriteAccess;

/**
 * This week's PEG (three 0–10 questions, once a week): asked while the week is unanswered, skippable ("Not now" hides
 * it for the rest of the day; it is asked again on another day of the week while still unanswered), and once answered
 * shown with "Change" for the rest of the week. The check-in card and the player's page after a session both use it.
 */
public final class PegViewModel implements LeaveGuard {

    /** What the questions' place shows. */
    public enum Mode { HIDDEN, ASKING, ANSWERED, CHANGING }

    private final PegStore store;
    private final BackgroundRunner runner;
    private final Clock clock;
    private final Dialogs dialogs;
    private final Runnable onSaved;
    private final WriteAccess access;
    private final ObjectProperty<Integer> pain = new SimpleObjectProperty<>();
    private final ObjectProperty<Integer> enjoyment = new SimpleObjectProperty<>();
    private final ObjectProperty<Integer> activity = new SimpleObjectProperty<>();
    /** Set by a save with an item missing: from then on the missing items are marked until chosen. */
    private final ReadOnlyBooleanWrapper tried = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyObjectWrapper<Mode> mode = new ReadOnlyObjectWrapper<>(Mode.HIDDEN);
    private final ReadOnlyObjectWrapper<PegAnswer> saved = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper errorMessage = new ReadOnlyStringWrapper("");
    /** The day "Not now" was chosen: the questions stay hidden that day. */
    private LocalDate skippedOn;

    public PegViewModel(PegStore store, BackgroundRunner runner, Clock clock, Dialogs dialogs, Runnable onSaved,
                        WriteAccess access) {
        this.store = store;
        this.runner = runner;
        this.clock = clock;
        this.dialogs = dialogs;
        this.onSaved = onSaved;
        this.access = access;
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The week being asked about: today's, named by its Monday. */
    public LocalDate week() {
        return PegAnswer.weekOf(today());
    }

    /** Reads this week's answer; a new week starts unanswered, whatever was shown before. */
    public void load() {
        LocalDate week = week();
        runner.run(() -> store.week(week), answer -> {
            if (unsaved() && answer.equals(Optional.ofNullable(saved.get()))) {
                return; // what the user is choosing stays while the stored answer has not changed
            }
            show(answer.orElse(null));
        }, failure -> errorMessage.set(ErrorMessages.plain(failure)));
    }

    /**
     * At the end of a session: asks this week's PEG only when the session was the week's first and the week is not
     * answered yet; otherwise nothing is shown.
     */
    public void askAfterSession() {
        LocalDate week = week();
        Instant start = week.atStartOfDay(clock.getZone()).toInstant();
        Instant end = week.plusWeeks(1).atStartOfDay(clock.getZone()).toInstant();
        runner.run(() -> store.unansweredAfterFirstSession(week, start, end), due -> {
            if (due) {
                show(null);
            }
        }, failure -> errorMessage.set(ErrorMessages.plain(failure)));
    }

    private void show(PegAnswer answer) {
        saved.set(answer);
        summary.set(answer == null ? "" : "This week's PEG: " + answer.scoreText() + "/10 (average pain "
                + answer.pain() + ", enjoyment of life " + answer.enjoyment() + ", general activity "
                + answer.activity() + ").");
        fill(answer);
        boolean skipped = today().equals(skippedOn);
        mode.set(answer != null ? Mode.ANSWERED : skipped || !access.allowed() ? Mode.HIDDEN : Mode.ASKING);
    }

    private void fill(PegAnswer answer) {
        pain.set(answer == null ? null : answer.pain());
        enjoyment.set(answer == null ? null : answer.enjoyment());
        activity.set(answer == null ? null : answer.activity());
        tried.set(false);
        errorMessage.set("");
    }

    /** Saves the three answers as this week's, replacing an earlier one of the week. */
    public void save() {
        save(() -> { });
    }

    private void save(Runnable then) {
        if (!access.check(errorMessage::set)) {
            return;
        }
        Optional<String> problem = PegAnswer.problem(pain.get(), enjoyment.get(), activity.get());
        if (problem.isPresent()) {
            tried.set(true);
            errorMessage.set(problem.get());
            return;
        }
        PegAnswer answer = PegAnswer.of(week(), pain.get(), enjoyment.get(), activity.get());
        runner.run(() -> {
            store.save(answer, clock.instant());
            return answer;
        }, written -> {
            show(written);
            onSaved.run();
            then.run();
        }, failure -> errorMessage.set(ErrorMessages.plain(failure)));
    }

    /** "Not now": the questions go for the rest of today; what was chosen is dropped. */
    public void notNow() {
        skippedOn = today();
        show(null);
    }

    /** Opens this week's answer to change it. */
    public void change() {
        if (mode.get() == Mode.ANSWERED) {
            mode.set(Mode.CHANGING);
        }
    }

    /** Puts the answer back as saved and closes the questions. */
    public void cancelChange() {
        if (mode.get() == Mode.CHANGING) {
            show(saved.get());
        }
    }

    /** Whether answers are chosen that are not saved. */
    public boolean unsaved() {
        PegAnswer answer = saved.get();
        return switch (mode.get()) {
            case ASKING -> pain.get() != null || enjoyment.get() != null || activity.get() != null;
            case CHANGING -> !Objects.equals(pain.get(), answer.pain())
                    || !Objects.equals(enjoyment.get(), answer.enjoyment())
                    || !Objects.equals(activity.get(), answer.activity());
            default -> false;
        };
    }

    /** Asks before chosen answers are lost: Save saves (then {@code afterSave}), Don't save drops them, Cancel stays. */
    @Override
    public boolean mayLeave(Runnable afterSave) {
        if (!unsaved()) {
            return true;
        }
        switch (dialogs.askToSave("Save this week's PEG?", "The answers you chose to this week's three questions"
                + " are not saved yet.")) {
            case SAVE -> save(afterSave);
            case DONT_SAVE -> {
                show(saved.get());
                return true;
            }
            case CANCEL -> { }
        }
        return false;
    }

    /** Why an item is marked: the missing-answer sentence once a save was refused, empty otherwise. */
    private StringBinding problemOf(ObjectProperty<Integer> item, String name) {
        return Bindings.createStringBinding(() -> tried.get() && item.get() == null
                ? "Choose a number from 0 to 10 for " + name + "." : "", tried, item);
    }

    public ObjectProperty<Integer> painProperty() {
        return pain;
    }

    public ObjectProperty<Integer> enjoymentProperty() {
        return enjoyment;
    }

    public ObjectProperty<Integer> activityProperty() {
        return activity;
    }

    public StringBinding painProblem() {
        return problemOf(pain, "average pain");
    }

    public StringBinding enjoymentProblem() {
        return problemOf(enjoyment, "enjoyment of life");
    }

    public StringBinding activityProblem() {
        return problemOf(activity, "general activity");
    }

    public ReadOnlyObjectProperty<Mode> modeProperty() {
        return mode.getReadOnlyProperty();
    }

    /** This week's answer as saved; null while unanswered. */
    public ReadOnlyObjectProperty<PegAnswer> savedProperty() {
        return saved.getReadOnlyProperty();
    }

    /** "This week's PEG: 5.3/10 (average pain 6, …)."; empty while unanswered. */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorMessageProperty() {
        return errorMessage.getReadOnlyProperty();
    }
}
