package org.unknot.cli;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import org.unknot.domain.Area;
import org.unknot.domain.PainKind;
import org.unknot.domain.PainScore;
import org.unknot.domain.Routine;
import org.unknot.domain.SessionStatus;
import org.unknot.domain.Step;
import org.unknot.domain.StepOutcome;
import org.unknot.domain.StopReason;
import org.unknot.files.StarterRoutines;
import org.unknot.store.HistoryWriter.FinishedSession;
import org.unknot.store.HistoryWriter.StepProgress;
import org.unknot.store.HistoryWriter;
import org.unknot.store.PainEntry;
import org.unknot.store.Storage;
import org.unknot.store.StoredRoutine;

/**
 * A made-up but plausible history, the same for the same seed and day: a few sessions a week (sometimes two a day)
 * played from the routines in the library, up to yesterday; pain before slowly improving with noise, lower after;
 * some stopped early, a few interrupted, some unrated; check-ins on many days without a session; a few notes.
 */
public final class SampleHistory {

    public static final int MAX_SESSIONS = 200_000;

    private static final List<String> NOTES = List.of("Felt looser afterwards", "Tight after a long day at the desk",
            "Cold ball straight from the freezer, too cold at first", "Slept badly, back stiff in the morning",
            "Better than last week", "Neck tense after driving");
    private static final List<String> STOP_NOTES = List.of("Pressure on the knot was too much", "Had to leave",
            "Massager battery ran out", "");

    private final SplittableRandom random;
    private final ZoneId zone;
    private final List<Optional<Long>> routineIds = new ArrayList<>();
    private final List<Routine> routines = new ArrayList<>();

    private SampleHistory(long seed, ZoneId zone, List<StoredRoutine> library) {
        this.random = new SplittableRandom(seed);
        this.zone = zone;
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

    /** Adds {@code sessions} sessions ending the day before {@code today}, and check-ins, in one transaction. */
    public static HistoryWriter.Written generate(Storage storage, int sessions, long seed, LocalDate today, ZoneId zone) {
        if (sessions < 1 || sessions > MAX_SESSIONS) {
            throw new IllegalArgumentException("Between 1 and " + MAX_SESSIONS + " sessions, not " + sessions);
        }
        List<StoredRoutine> library = storage.routines().summaries().stream()
                .map(summary -> storage.routines().find(summary.id()).orElseThrow())
                .toList();
        SampleHistory sample = new SampleHistory(seed, zone, library);
        return HistoryWriter.write(storage.database(), writer -> sample.fill(writer, sessions, today));
    }

    private void fill(HistoryWriter writer, int sessions, LocalDate today) {
        // Decide the sessions per day first, walking back from yesterday, so the history ends now and has exactly n.
        List<Integer> perDay = new ArrayList<>();
        int planned = 0;
        while (planned < sessions) {
            double roll = random.nextDouble();
            int count = roll < 0.45 ? 0 : roll < 0.92 ? 1 : 2;
            count = Math.min(count, sessions - planned);
            perDay.add(count);
            planned += count;
        }
        int days = perDay.size();
        for (int back = days; back >= 1; back--) {
            LocalDate day = today.minusDays(back);
            double progress = 1 - (double) back / days;
            int count = perDay.get(back - 1);
            if (count == 0) {
                if (random.nextDouble() < 0.7) {
                    writer.checkIn(day, new PainEntry(PainKind.CHECK_IN, at(day, 19, 180), new PainScore(
                            clamp(Math.round(trend(progress) + random.nextGaussian() * 1.2), 0, 10)), Set.of(), ""));
                }
                continue;
            }
            for (int i = 0; i < count; i++) {
                boolean morning = count == 2 ? i == 0 : random.nextDouble() < 0.45;
                Instant start = morning ? at(day, 7, 120) : at(day, 18, 240);
                writer.add(session(start, progress));
            }
        }
    }

    private FinishedSession session(Instant start, double progress) {
        // The first routines of the library are the favourites.
        int pick = Math.min(routines.size() - 1, (int) Math.floor(Math.pow(random.nextDouble(), 1.8) * routines.size()));
        Routine routine = routines.get(pick);
        double roll = random.nextDouble();
        SessionStatus status = roll < 0.08 ? SessionStatus.STOPPED
                : roll < 0.10 ? SessionStatus.INTERRUPTED : SessionStatus.COMPLETED;
        List<Step> steps = routine.steps();
        int endsAt = status == SessionStatus.COMPLETED ? steps.size() : random.nextInt(steps.size());
        List<StepProgress> progresses = new ArrayList<>();
        int done = 0;
        for (int position = 0; position < steps.size(); position++) {
            int seconds = steps.get(position).plannedSeconds();
            StepProgress step;
            if (position > endsAt) {
                step = new StepProgress(StepOutcome.PENDING, 0, 0);
            } else if (position == endsAt) {
                step = new StepProgress(StepOutcome.CUT_SHORT, random.nextInt(seconds), 0);
            } else if (random.nextDouble() < 0.06) {
                step = new StepProgress(StepOutcome.SKIPPED, random.nextInt(Math.max(1, seconds / 3)), 0);
            } else if (random.nextDouble() < 0.05) {
                step = new StepProgress(StepOutcome.COMPLETED, seconds + 30, 30);
            } else {
                step = new StepProgress(StepOutcome.COMPLETED, seconds, 0);
            }
            done += step.doneSeconds();
            progresses.add(step);
        }
        Optional<StopReason> reason = status == SessionStatus.STOPPED
                ? Optional.of(StopReason.values()[random.nextInt(StopReason.values().length)]) : Optional.empty();
        Instant end = start.plusSeconds(done + (status == SessionStatus.INTERRUPTED ? 0 : 5 + random.nextInt(40)));
        boolean rated = random.nextDouble() < 0.88;
        Optional<PainEntry> before = Optional.empty();
        Optional<PainEntry> after = Optional.empty();
        if (rated) {
            Set<Area> areas = steps.stream().flatMap(s -> s.area().stream()).limit(1).collect(Collectors.toSet());
            int beforeScore = clamp(Math.round(trend(progress) + random.nextGaussian()), 3, 8);
            before = Optional.of(new PainEntry(PainKind.BEFORE, start, new PainScore(beforeScore), areas, ""));
            if (status != SessionStatus.INTERRUPTED && random.nextDouble() < 0.93) {
                int drop = reason.equals(Optional.of(StopReason.PAIN_WORSE)) ? -1 : random.nextInt(4);
                after = Optional.of(new PainEntry(PainKind.AFTER, end,
                        new PainScore(clamp(beforeScore - drop, 0, 10)), areas, ""));
            }
        }
        String notes = status == SessionStatus.STOPPED ? STOP_NOTES.get(random.nextInt(STOP_NOTES.size()))
                : random.nextDouble() < 0.1 ? NOTES.get(random.nextInt(NOTES.size())) : "";
        Optional<Long> routineId = routineIds.get(pick);
        return new FinishedSession(routineId, routine, start, end, status, reason, notes, progresses, before, after);
    }

    /** Pain before a session: about 6.5 at the start of the history, about 4.5 at its end. */
    private static double trend(double progress) {
        return 6.5 - 2 * progress;
    }

    /** A moment on {@code day} from {@code hour} o'clock, up to {@code spreadMinutes} later, in the user's zone. */
    private Instant at(LocalDate day, int hour, int spreadMinutes) {
        LocalTime time = LocalTime.of(hour, 0).plusMinutes(random.nextInt(spreadMinutes)).withSecond(random.nextInt(60));
        return day.atTime(time).atZone(zone).toInstant();
    }

    private static int clamp(long value, int low, int high) {
        return (int) Math.max(low, Math.min(high, value));
    }
}
