package org.unknot.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.unknot.domain.Area;
import org.unknot.domain.PerformedBy;
import org.unknot.domain.PlayerSettings;
import org.unknot.domain.Routine;
import org.unknot.domain.Side;
import org.unknot.domain.Step;
import org.unknot.domain.Tool;
import org.unknot.session.MonotonicClock;
import org.unknot.session.SessionEngine;
import org.unknot.session.SessionEvent;
import org.unknot.session.SessionPlan;
import org.unknot.store.StoredRoutine;
import org.unknot.ui.common.BackgroundRunner;
import org.unknot.ui.player.PlayerViewModel;
import org.unknot.ui.player.RecordingCues;

/**
 * The player's timing: how late cues fire on a real clock with frames at a display's rate (the JavaFX animation pulse
 * drives the player), and whether the per-frame work grows with the routine's length.
 */
class PlayerBenchmark {

    private static final long FRAME = 1_000_000_000L / 60;

    private static Routine routine(int steps, int seconds) {
        List<Step> list = new ArrayList<>();
        for (int i = 0; i < steps; i++) {
            Step step = Step.of(i % 2 == 0 ? Tool.FOAM_ROLLER : Tool.HANDHELD_MASSAGER,
                    Area.values()[i % Area.values().length], seconds);
            list.add(i % 3 == 0 ? step.withSide(Side.EACH) : step);
        }
        return new Routine(steps + " steps", "", PerformedBy.SELF, list);
    }

    @Test
    void cuesFireOnTimeOverATwoMinuteRoutine() {
        // 8 steps, three of them "each": 11 segments of 10–11 s, 120 s in all, with every kind of cue.
        List<Step> steps = new ArrayList<>(routine(8, 11).steps());
        steps.set(7, steps.get(7).withSeconds(10));
        Routine twoMinutes = new Routine("Two minutes", "", PerformedBy.SELF, steps);
        assertEquals(120, twoMinutes.plannedSeconds());
        SessionEngine engine = new SessionEngine(SessionPlan.of(twoMinutes), 0, MonotonicClock.system());
        List<Long> lateness = new ArrayList<>();
        Consumer<List<SessionEvent>> measure = events -> {
            long now = System.nanoTime();
            for (SessionEvent event : events) {
                if (event instanceof SessionEvent.Cue cue) {
                    lateness.add(now - cue.scheduledNanos());
                }
            }
        };
        // A display's frames do not line up with the session's whole seconds: a refresh rate of 59.94 Hz and a
        // start a third of a frame in, so cues fall anywhere between two frames, as they do on screen.
        long displayFrame = Math.round(1e9 / 59.94);
        measure.accept(engine.start());
        long next = System.nanoTime() + displayFrame / 3;
        while (!engine.state().over()) {
            next += displayFrame;
            LockSupport.parkNanos(next - System.nanoTime());
            measure.accept(engine.update());
        }
        long[] sorted = lateness.stream().mapToLong(Long::longValue).sorted().toArray();
        Bench.report("player.cue_lateness_median", sorted[sorted.length / 2] / 1e6, "ms");
        Bench.report("player.cue_lateness_max", sorted[sorted.length - 1] / 1e6, "ms");
        Bench.report("player.cues_measured", sorted.length, "cues");
        assertTrue(sorted.length > 40, "every segment's start and ticks were cued");
    }

    @Test
    void frameWorkDoesNotGrowWithTheRoutine() throws Exception {
        double shortRoutine = frameMicros(routine(10, 60));
        double longRoutine = frameMicros(routine(200, 60));
        Bench.report("player.frame_10_steps_median", shortRoutine, "us");
        Bench.report("player.frame_200_steps_median", longRoutine, "us");
        Bench.report("player.frame_ratio_200_to_10", longRoutine / shortRoutine, "x");
    }

    /** Median time of one frame (engine update, snapshot, texts) over a whole routine played at 60 frames a second. */
    private static double frameMicros(Routine routine) throws Exception {
        long[] clock = {0};
        BackgroundRunner queued = new BackgroundRunner() {
            @Override
            public <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onError) {
                // recording is measured separately (session.record_step_*); frames never wait for it
            }
        };
        double[] medians = new double[3];
        for (int round = 0; round < medians.length; round++) {
            PlayerViewModel player = new PlayerViewModel(new StoredRoutine(1, routine), null, null, queued,
                    new RecordingCues(), PlayerSettings.DEFAULTS.withPrepSeconds(0), () -> clock[0],
                    Clock.systemUTC(), null, () -> { });
            player.start();
            List<Long> frames = new ArrayList<>();
            while (player.phaseProperty().get() == PlayerViewModel.Phase.RUNNING) {
                clock[0] += FRAME;
                long start = System.nanoTime();
                player.frame();
                frames.add(System.nanoTime() - start);
            }
            long[] sorted = frames.stream().mapToLong(Long::longValue).sorted().toArray();
            medians[round] = sorted[sorted.length / 2] / 1e3;
        }
        Arrays.sort(medians);
        return medians[medians.length / 2];
    }
}
