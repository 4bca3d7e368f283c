package org.unknot.cli;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import org.unknot.domain.Area;
import org.unknot.domain.GentleVersion;
import org.unknot.domain.PainKind;
import org.unknot.domain.PainScore;
import org.unknot.domain.Routine;
import org.unknot.domain.SessionStatus;
import org.unknot.domain.Step;
import org.unknot.domain.StepOutcome;
import org.unknot.domain.StopReason;
import org.unknot.domain.Tool;
import org.unknot.files.StarterRoutines;
import org.unknot.store.HistoryWriter.FinishedSession;
import org.unknot.store.HistoryWriter.StepProgress;
import org.unknot.store.PainEntry;
import org.unknot.store.StoredRoutine;

/**
 * One made-up session of {@link SampleHistory}: a routine of the library (the first ones are the favourites), played
 * to the end or stopped part-way with the later steps left pending, rated before and after. Each routine has its own
 * typical relief, so a long history shows a real winner; notes name only tools that really ran.
 */
final class SampleSession {

    /**
     * Typical immediate relief (points) of the library's routines in name order. For the starters: Legs 1.3,
     * Low-back relief 3.2 (the clear winner), Neck and shoulders 0.8, Partner back massage 0.2 (about none),
     * Upper-back reset 1.0.
     */
    private static final double[] TYPICAL_RELIEF = {1.3, 3.2, 0.8, 0.2, 1.0};
    private static final double RELIEF_SPREAD = 0.9;
    /** Stops for "pain got worse" are rare and never close together, so they do not read as worsening. */
    private static final Duration PAIN_STOPS_APART = Duration.ofDays(30);

    private final SplittableRandom random;
    private final List<Optional<Long>> routineIds = new ArrayList<>();
    private final List<Routine> routines = new ArrayList<>();
    private final SampleNotes notes;
    private Instant lastPainStop = Instant.MIN;

    SampleSession(SplittableRandom random, List<StoredRoutine> library) {
        this.random = random;
        this.notes = new SampleNotes(random);
        for (StoredRoutine stored : library) {
            routineIds.add(Optional.of(stored.id()));
            routines.add(stored.routine());
        }
        if (routines.isEmpty()) {
            // The user deleted every routine: play the starters as unsaved routines, as the player can.
            for (Routine starter : StarterRoutines.load()) {
                routineIds.add(Optional.empty());
                routines.add(starter);
            }
        }
    }

    /**
     * A session starting at {@code start} on a day whose pain is about {@code pain}; {@code gentle} plays the
     * routine's gentle version.
     */
    FinishedSession next(Instant start, double pain, boolean gentle) {
        int pick = Math.min(routines.size() - 1, (int) Math.floor(Math.pow(random.nextDouble(), 1.8) * routines.size()));
        Routine routine = gentle ? GentleVersion.of(routines.get(pick)).routine() : routines.get(pick);
        double roll = random.nextDouble();
        SessionStatus status = roll < 0.08 ? SessionStatus.STOPPED
                : roll < 0.10 ? SessionStatus.INTERRUPTED : SessionStatus.COMPLETED;
        List<Step> steps = routine.steps();
        int endsAt = status == SessionStatus.COMPLETED ? steps.size() : random.nextInt(steps.size());
        List<StepProgress> progresses = progress(steps, endsAt);
        int done = progresses.stream().mapToInt(StepProgress::doneSeconds).sum();
        Optional<StopReason> reason = status == SessionStatus.STOPPED ? Optional.of(stopReason(start)) : Optional.empty();
        Instant end = start.plusSeconds(done + (status == SessionStatus.INTERRUPTED ? 0 : 5 + random.nextInt(40)));
        Optional<PainEntry> before = Optional.empty();
        Optional<PainEntry> after = Optional.empty();
        if (random.nextDouble() < 0.88) {
            Set<Area> areas = steps.stream().flatMap(s -> s.area().stream()).limit(1).collect(Collectors.toSet());
            int beforeScore = SampleHistory.clamp(Math.round(pain + random.nextGaussian() * 0.6), 3, 8);
            before = Optional.of(new PainEntry(PainKind.BEFORE, start, new PainScore(beforeScore), areas, ""));
            if (status != SessionStatus.INTERRUPTED && random.nextDouble() < 0.93) {
                int drop = reason.equals(Optional.of(StopReason.PAIN_WORSE)) ? -1 - random.nextInt(2)
                        : SampleHistory.clamp(Math.round(TYPICAL_RELIEF[pick % TYPICAL_RELIEF.length]
                                + random.nextGaussian() * RELIEF_SPREAD), -1, beforeScore);
                after = Optional.of(new PainEntry(PainKind.AFTER, end, new PainScore(beforeScore - drop), areas, ""));
            }
        }
        Set<Tool> used = usedTools(steps, progresses);
        String note = reason.isPresent()
                ? notes.forStop(reason.get(), endsAt < steps.size() ? steps.get(endsAt).tool() : Tool.REST, used)
                : random.nextDouble() < 0.1 ? notes.any(used) : "";
        return new FinishedSession(routineIds.get(pick), routine, start, end, status, reason, note, progresses,
                before, after, gentle);
    }

    /** Steps before {@code endsAt} done (a few skipped, a few extended), that one cut short, the rest pending. */
    private List<StepProgress> progress(List<Step> steps, int endsAt) {
        List<StepProgress> progresses = new ArrayList<>(steps.size());
        for (int position = 0; position < steps.size(); position++) {
            int seconds = steps.get(position).plannedSeconds();
            if (position > endsAt) {
                progresses.add(new StepProgress(StepOutcome.PENDING, 0, 0));
            } else if (position == endsAt) {
                progresses.add(new StepProgress(StepOutcome.CUT_SHORT, random.nextInt(seconds), 0));
            } else if (random.nextDouble() < 0.06) {
                progresses.add(new StepProgress(StepOutcome.SKIPPED, random.nextInt(Math.max(1, seconds / 3)), 0));
            } else if (random.nextDouble() < 0.05) {
                progresses.add(new StepProgress(StepOutcome.COMPLETED, seconds + 30, 30));
            } else {
                progresses.add(new StepProgress(StepOutcome.COMPLETED, seconds, 0));
            }
        }
        return progresses;
    }

    /** A session uses a tool when a step with it ran for at least a second. */
    private static Set<Tool> usedTools(List<Step> steps, List<StepProgress> progresses) {
        Set<Tool> used = EnumSet.noneOf(Tool.class);
        for (int position = 0; position < steps.size(); position++) {
            if (progresses.get(position).doneSeconds() >= 1 && steps.get(position).tool() != Tool.REST) {
                used.add(steps.get(position).tool());
            }
        }
        return used;
    }

    private StopReason stopReason(Instant start) {
        StopReason reason = StopReason.values()[random.nextInt(StopReason.values().length)];
        if (reason == StopReason.PAIN_WORSE && start.isBefore(lastPainStop.plus(PAIN_STOPS_APART))) {
            reason = StopReason.values()[1 + random.nextInt(StopReason.values().length - 1)];
        }
        if (reason == StopReason.PAIN_WORSE) {
            lastPainStop = start;
        }
        return reason;
    }
}
