package org.unknot.ui.player;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.unknot.domain.PerformedBy;
import org.unknot.domain.PlayerSettings;
import org.unknot.domain.RedFlagReason;
import org.unknot.domain.Routine;
import org.unknot.domain.HealthProfile;
import org.unknot.domain.SafetyFinding;
import org.unknot.domain.SafetyRules;
import org.unknot.domain.StopReason;
import org.unknot.domain.Tool;
import org.unknot.session.CueKind;
import org.unknot.session.MonotonicClock;
import org.unknot.session.Segment;
import org.unknot.session.SessionEngine;
import org.unknot.session.SessionEvent;
import org.unknot.session.SessionPlan;
import org.unknot.session.SessionSnapshot;
import org.unknot.session.SessionState;
import org.unknot.store.PainStore;
import org.unknot.store.PegStore;
import org.unknot.store.SessionStore;
import org.unknot.store.StoredRoutine;
import org.unknot.ui.common.BackgroundRunner;
import org.unknot.ui.common.Dialogs;
import org.unknot.ui.common.Durations;
import org.unknot.ui.common.WriteAccess;
import org.unknot.ui.history.PegViewModel;
import org.unknot.ui.safety.RedFlagPrompt;

/**
 * The player: the ready screen (safety, pain before), the running session read from the engine once a frame, the
 * question why when stopping early, and then the rating after. The engine decides what time it is; this only reads
 * it, turns its events into cues and records, and its snapshot into text.
 */
public final class PlayerViewModel {

    /** Which screen of the player is showing. */
    public enum Phase { READY, RUNNING, STOP_ASKED, FINISHED }

    private static final long SECOND = 1_000_000_000L;

    private final StoredRoutine stored;
    /** The routine as planned until "Start gentle" puts the gentle version in its place. */
    private SessionEngine engine;
    private final MonotonicClock monotonic;
    private final GentleOffer gentle;
    /** Whether the session plays the gentle version: set once, when it starts. */
    private boolean playsGentle;
    private final SessionRecorder recorder;
    private final CueOutput cues;
    private final PlayerSettings settings;
    private final Clock wallClock;
    private final Dialogs dialogs;
    private final Runnable onClose;
    private final RedFlagPrompt redFlags;
    private final List<SafetyFinding> findings;
    private final PainRating before = new PainRating();
    private final Map<Integer, Integer> doneByStep = new HashMap<>();

    private final ReadOnlyObjectWrapper<Phase> phase = new ReadOnlyObjectWrapper<>(Phase.READY);
    private final ReadOnlyStringWrapper remaining = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper countingDown = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper paused = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyObjectWrapper<Tool> tool = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper toolName = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper area = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper side = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper technique = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper howTo = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper pressure = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper level = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper cue = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper gentleChange = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper next = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper elapsed = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper stepCounter = new ReadOnlyStringWrapper("");
    private final ReadOnlyDoubleWrapper stepProgress = new ReadOnlyDoubleWrapper(0);
    private final ReadOnlyDoubleWrapper routineProgress = new ReadOnlyDoubleWrapper(0);
    private final ReadOnlyIntegerWrapper flashes = new ReadOnlyIntegerWrapper(0);
    private final ReadOnlyStringWrapper errorMessage = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<AfterSessionViewModel> after = new ReadOnlyObjectWrapper<>();
    private final FloorSignals floor = new FloorSignals();
    /** This week's PEG, asked after the week's first session while unanswered. */
    private final PegViewModel weekly;
    private boolean pausedBeforeAsking;
    /** What the recorder says while the data file is busy, carried over to the rating screen; empty otherwise. */
    private String waiting = "";

    public PlayerViewModel(StoredRoutine stored, SessionStore sessions, PainStore pain, BackgroundRunner runner,
                           CueOutput cues, PlayerSettings settings, MonotonicClock clock, Clock wallClock,
                           Dialogs dialogs, Runnable onClose) {
        this(stored, sessions, pain, runner, cues, settings, clock, wallClock, dialogs, onClose, RedFlagPrompt.NONE);
    }

    /** As above; after a session stopped because pain got worse, leaving the rating asks {@code redFlags}. */
    public PlayerViewModel(StoredRoutine stored, SessionStore sessions, PainStore pain, BackgroundRunner runner,
                           CueOutput cues, PlayerSettings settings, MonotonicClock clock, Clock wallClock,
                           Dialogs dialogs, Runnable onClose, RedFlagPrompt redFlags) {
        this(stored, sessions, pain, runner, RetryTimer.DELAYED, cues, settings, clock, wallClock, dialogs, onClose,
                redFlags);
    }

    /** With the timer that schedules a retry while the data file is busy. */
    PlayerViewModel(StoredRoutine stored, SessionStore sessions, PainStore pain, BackgroundRunner runner,
                    RetryTimer retries, CueOutput cues, PlayerSettings settings, MonotonicClock clock,
                    Clock wallClock, Dialogs dialogs, Runnable onClose) {
        this(stored, sessions, pain, runner, retries, cues, settings, clock, wallClock, dialogs, onClose,
                RedFlagPrompt.NONE);
    }

    PlayerViewModel(StoredRoutine stored, SessionStore sessions, PainStore pain, BackgroundRunner runner,
                    RetryTimer retries, CueOutput cues, PlayerSettings settings, MonotonicClock clock,
                    Clock wallClock, Dialogs dialogs, Runnable onClose, RedFlagPrompt redFlags) {
        this(stored, sessions, pain, runner, retries, cues, settings, clock, wallClock, dialogs, onClose, redFlags,
                HealthProfile.NONE);
    }

    /** As above; the ready screen's safety findings take the user's health profile into account. */
    public PlayerViewModel(StoredRoutine stored, SessionStore sessions, PainStore pain, BackgroundRunner runner,
                           CueOutput cues, PlayerSettings settings, MonotonicClock clock, Clock wallClock,
                           Dialogs dialogs, Runnable onClose, RedFlagPrompt redFlags, HealthProfile profile) {
        this(stored, sessions, pain, runner, RetryTimer.DELAYED, cues, settings, clock, wallClock, dialogs, onClose,
                redFlags, profile);
    }

    PlayerViewModel(StoredRoutine stored, SessionStore sessions, PainStore pain, BackgroundRunner runner,
                    RetryTimer retries, CueOutput cues, PlayerSettings settings, MonotonicClock clock,
                    Clock wallClock, Dialogs dialogs, Runnable onClose, RedFlagPrompt redFlags,
                    HealthProfile profile) {
        this.redFlags = redFlags;
        this.stored = stored;
        this.dialogs = dialogs;
        this.cues = cues;
        this.settings = settings;
        this.wallClock = wallClock;
        this.onClose = onClose;
        this.findings = SafetyRules.evaluate(stored.routine(), profile);
        this.weekly = new PegViewModel(new PegStore(pain), runner, wallClock, dialogs, () -> { },
                WriteAccess.WRITABLE);
        this.engine = new SessionEngine(SessionPlan.of(stored.routine()), settings.prepSeconds(), clock);
        this.monotonic = clock;
        this.gentle = new GentleOffer(stored.routine(), canStart(), before, pain, runner, wallClock);
        this.recorder = new SessionRecorder(sessions, pain, runner, retries, new WriteQueue.Listener() {
            @Override
            public void failed(String message) {
                if (after.get() != null) {
                    after.get().failed(message);
                } else {
                    errorMessage.set(message);
                }
            }

            @Override
            public void waiting(String message) {
                waiting = message;
                if (after.get() != null) {
                    after.get().tell(message);
                } else {
                    errorMessage.set(message);
                }
            }
        });
        cues.setVolume(settings.volume() / (double) PlayerSettings.MAX_VOLUME);
        refresh();
    }

    // Commands ----------------------------------------------------------------------------------------------------

    /** Space: start on the ready screen, pause or resume while running. */
    public void primary() {
        switch (phase.get()) {
            case READY -> start();
            case RUNNING -> togglePause();
            default -> {
                // Space means nothing while asking why, or after the end
            }
        }
    }

    public void start() {
        if (phase.get() != Phase.READY || !canStart()) {
            return;
        }
        List<SessionEvent> events = engine.start();
        recorder.started(Optional.of(stored.id()), playsGentle ? gentle.version().routine() : stored.routine(),
                wallClock.instant(), before.score(), playsGentle);
        phase.set(Phase.RUNNING);
        handle(events);
        refresh();
    }

    /** "Start gentle" (G): plays the gentle version, while the ready screen offers it. */
    public void startGentle() {
        if (phase.get() != Phase.READY || !canStart() || !gentle.offered()) {
            return;
        }
        engine = new SessionEngine(SessionPlan.of(gentle.version().routine()), settings.prepSeconds(), monotonic);
        playsGentle = true;
        start();
    }

    public void togglePause() {
        if (phase.get() == Phase.RUNNING) {
            handle(engine.state() == SessionState.PAUSED ? engine.resume() : engine.pause());
            refresh();
        }
    }

    public void next() {
        whileRunning(engine::next);
    }

    public void previous() {
        whileRunning(engine::previous);
    }

    public void addTime() {
        whileRunning(engine::addTime);
    }

    /** Esc: pauses and asks why the user wants to stop. */
    public void askStop() {
        if (phase.get() != Phase.RUNNING) {
            return;
        }
        pausedBeforeAsking = engine.state() == SessionState.PAUSED;
        handle(engine.pause());
        // The routine may have ended in this very frame; then there is nothing left to stop.
        if (phase.get() == Phase.RUNNING) {
            phase.set(Phase.STOP_ASKED);
        }
        refresh();
    }

    /** The user changed their mind: back to the session as it was. */
    public void keepGoing() {
        if (phase.get() != Phase.STOP_ASKED) {
            return;
        }
        phase.set(Phase.RUNNING);
        if (!pausedBeforeAsking) {
            handle(engine.resume());
        }
        refresh();
    }

    public void stop(StopReason reason) {
        if (phase.get() == Phase.RUNNING || phase.get() == Phase.STOP_ASKED) {
            handle(engine.stop(reason));
            refresh();
        }
    }

    /** Called once a frame while the player shows: moves time on and refreshes what the screen shows. */
    public void frame() {
        if (phase.get() == Phase.RUNNING) {
            handle(engine.update());
            refresh();
        }
    }

    /** A digit key: the pain before on the ready screen, the reason 1–4 when stopping, the pain after at the end. */
    public void typeDigit(int digit) {
        switch (phase.get()) {
            case READY -> before.typeDigit(digit);
            case STOP_ASKED -> {
                StopReason[] reasons = StopReason.values();
                if (digit >= 1 && digit <= reasons.length) {
                    stop(reasons[digit - 1]);
                }
            }
            case FINISHED -> after.get().rating().typeDigit(digit);
            case RUNNING -> {
                // digits mean nothing while a step runs
            }
        }
    }

    /** Enter: start on the ready screen, save the rating at the end. */
    public void confirm() {
        if (phase.get() == Phase.READY) {
            start();
        } else if (phase.get() == Phase.FINISHED) {
            after.get().save();
        }
    }

    /** Esc: back from the ready screen, ask why while running, keep going when asked why, leave the rating. */
    public void escape() {
        switch (phase.get()) {
            case READY -> close();
            case RUNNING -> askStop();
            case STOP_ASKED -> keepGoing();
            case FINISHED -> after.get().leave();
        }
    }

    /**
     * The window is asked to close. Mid-session it asks first, and a yes records the session as stopped; with a
     * rating or this week's PEG answers entered and not saved it asks to save them. True when the window may close;
     * otherwise {@code close} runs once the PEG answers asked to be saved are saved.
     */
    public boolean mayCloseWindow(Runnable close) {
        if (sessionActive()) {
            if (!dialogs.confirm("Stop this session and close Unknot?",
                    "The session will be kept in your history as stopped, with what you have done so far.",
                    "Stop and close", "Keep going")) {
                return false;
            }
            stop(StopReason.OTHER);
            return true;
        }
        return phase.get() != Phase.FINISHED || after.get().mayCloseWindow(close);
    }

    /** Leaves the ready screen without starting. */
    public void close() {
        if (phase.get() == Phase.READY) {
            onClose.run();
        }
    }

    /** A session stopped because pain got worse: back where the user was, then the red-flag questions. */
    private void closeAndAskRedFlags() {
        onClose.run();
        redFlags.ask(RedFlagReason.PAIN_WORSE_STOP);
    }

    /** The session as the app's exit writes it when the app is ended mid-session (TERM). */
    public UnfinishedSession unfinished() {
        return recorder;
    }

    /** True while a session is under way, so that closing the window must ask first. */
    public boolean sessionActive() {
        return phase.get() == Phase.RUNNING || phase.get() == Phase.STOP_ASKED;
    }

    /** True when a rating, areas or a note were entered after the session and not saved yet. */
    public boolean ratingUnsaved() {
        return phase.get() == Phase.FINISHED && after.get().hasUnsavedInput();
    }

    // Ready screen ------------------------------------------------------------------------------------------------

    public Routine routine() {
        return stored.routine();
    }

    public boolean partner() {
        return stored.routine().performedBy() == PerformedBy.PARTNER;
    }

    public List<SafetyFinding> findings() {
        return findings;
    }

    public boolean canStart() {
        return !SafetyRules.hasErrors(findings);
    }

    /** Why the routine cannot start, naming the step; empty when it can. */
    public String blockedReason() {
        return findings.stream().filter(SafetyFinding::blocking).findFirst()
                .map(finding -> "This routine cannot start. " + finding.describe() + " Change the step in the editor"
                        + (finding.rule().condition().isPresent() ? ", or your health profile in Settings." : "."))
                .orElse("");
    }

    /** The offer of the gentle version on the ready screen. */
    public GentleOffer gentle() {
        return gentle;
    }

    public PainRating painBefore() {
        return before;
    }

    // Running -----------------------------------------------------------------------------------------------------

    private void whileRunning(Supplier<List<SessionEvent>> command) {
        if (phase.get() == Phase.RUNNING) {
            handle(command.get());
            refresh();
        }
    }

    private void handle(List<SessionEvent> events) {
        for (SessionEvent event : events) {
            if (event instanceof SessionEvent.Cue cueEvent) {
                cue(cueEvent);
            } else if (event instanceof SessionEvent.StepEnded step) {
                doneByStep.put(step.stepIndex(), step.doneSeconds());
                recorder.stepEnded(step);
            } else if (event instanceof SessionEvent.Ended end) {
                recorder.ended(end, wallClock.instant());
                int done = doneByStep.values().stream().mapToInt(Integer::intValue).sum();
                String summary = "You did " + Durations.words(done) + " of " + Durations.words(
                        (int) (engine.snapshot().routineTotal() / SECOND)) + ".";
                after.set(new AfterSessionViewModel(recorder, wallClock, dialogs, end.status(), summary,
                        end.reason().equals(Optional.of(StopReason.PAIN_WORSE)) ? this::closeAndAskRedFlags : onClose,
                        weekly));
                after.get().tell(waiting);
                phase.set(Phase.FINISHED);
            }
        }
    }

    private void cue(SessionEvent.Cue event) {
        flashes.set(flashes.get() + 1);
        if (settings.sound()) {
            cues.play(event.kind());
        }
        if (settings.voice()) {
            if (event.kind() == CueKind.STEP_START || event.kind() == CueKind.SWITCH_SIDES) {
                cues.say(SegmentText.spoken(engine.segment(event.segment())));
            } else if (event.kind() == CueKind.END) {
                cues.say("Routine complete");
            }
        }
    }

    private void refresh() {
        SessionSnapshot snapshot = engine.snapshot();
        boolean countdown = snapshot.countingDown() || snapshot.state() == SessionState.READY;
        Optional<Segment> shown = snapshot.segment().or(snapshot::next);
        remaining.set(Durations.clock(seconds(snapshot.state() == SessionState.READY
                ? shown.map(segment -> segment.step().seconds() * SECOND).orElse(0L)
                : snapshot.remaining())));
        countingDown.set(snapshot.countingDown());
        paused.set(snapshot.state() == SessionState.PAUSED);
        shown.ifPresent(segment -> {
            tool.set(segment.step().tool());
            toolName.set(segment.step().tool().label());
            area.set(SegmentText.area(segment));
            side.set(SegmentText.side(segment));
            technique.set(segment.step().technique().map(t -> t.label()).orElse(""));
            howTo.set(segment.step().technique().map(t -> t.howTo()).orElse(""));
            pressure.set(SegmentText.pressure(segment.step()));
            level.set(SegmentText.level(segment.step()));
            cue.set(segment.step().cue());
            gentleChange.set(playsGentle ? gentle.version().changeOf(segment.stepIndex())
                    .map(change -> "Gentle: " + change.text()).orElse("") : "");
            stepCounter.set((countdown ? "Get ready for step " : "Step ") + (segment.stepIndex() + 1) + " of "
                    + stored.routine().steps().size());
        });
        next.set(countdown ? "" : snapshot.next().map(SegmentText::next).orElse("Last step"));
        elapsed.set(Durations.clock((int) (snapshot.routineElapsed() / SECOND)) + " / "
                + Durations.clock(seconds(snapshot.routineTotal())));
        stepProgress.set(snapshot.phaseFraction());
        routineProgress.set(snapshot.routineFraction());
        recorder.underWay(engine.stepUnderWay());
        floor.show(snapshot, sessionActive(), remaining.get(), stepCounter.get());
    }

    /** Whole seconds, rounded up, so that a countdown shows 00:00 only at the very end. */
    private static int seconds(long nanos) {
        return (int) ((nanos + SECOND - 1) / SECOND);
    }

    // Properties --------------------------------------------------------------------------------------------------

    public ReadOnlyObjectProperty<Phase> phaseProperty() {
        return phase.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty remainingProperty() {
        return remaining.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty countingDownProperty() {
        return countingDown.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty pausedProperty() {
        return paused.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Tool> toolProperty() {
        return tool.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty toolNameProperty() {
        return toolName.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty areaProperty() {
        return area.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty sideProperty() {
        return side.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty techniqueProperty() {
        return technique.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty howToProperty() {
        return howTo.getReadOnlyProperty();
    }

    /** "Medium pressure", or empty. */
    public ReadOnlyStringProperty pressureProperty() {
        return pressure.getReadOnlyProperty();
    }

    /** "Level 2" for a massager step with a speed, or empty. */
    public ReadOnlyStringProperty levelProperty() {
        return level.getReadOnlyProperty();
    }

    /** The switch card and the window title. */
    public FloorSignals floor() {
        return floor;
    }

    /** "Gentle: 60 s instead of 90 s" for a step the gentle version changed, or empty. */
    public ReadOnlyStringProperty gentleChangeProperty() {
        return gentleChange.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty cueProperty() {
        return cue.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty nextProperty() {
        return next.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty elapsedProperty() {
        return elapsed.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty stepCounterProperty() {
        return stepCounter.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty stepProgressProperty() {
        return stepProgress.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty routineProgressProperty() {
        return routineProgress.getReadOnlyProperty();
    }

    /** Counts cues; the view flashes each time it changes, for rooms where sound is off. */
    public ReadOnlyIntegerProperty flashesProperty() {
        return flashes.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorMessageProperty() {
        return errorMessage.getReadOnlyProperty();
    }

    /** This week's PEG on the page after the session; hidden unless the session was the week's first, unanswered. */
    public PegViewModel weekly() {
        return weekly;
    }

    public ReadOnlyObjectProperty<AfterSessionViewModel> afterProperty() {
        return after.getReadOnlyProperty();
    }
}
