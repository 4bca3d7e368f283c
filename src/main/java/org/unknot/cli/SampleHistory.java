package org.unknot.cli;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.unknot.domain.PainKind;
import org.unknot.domain.PainScore;
import org.unknot.store.HistoryWriter;
import org.unknot.store.PainEntry;
import org.unknot.store.Storage;
import org.unknot.store.StoredRoutine;

/**
 * A made-up but plausible history, the same for the same seed and day: a few sessions a week (sometimes two a day)
 * played from the routines in the library, up to yesterday. Every day has its own pain around a slowly improving
 * trend; people massage more often on their worse days, so the check-ins (on many days, with and without a session)
 * are a little higher on session days. What one session looks like is {@link SampleSession}'s part; the medicines
 * and the as-needed answers are {@link SampleMedicines}'.
 */
public final class SampleHistory {

    public static final int MAX_SESSIONS = 200_000;

    /** How far a day's pain strays from the trend (standard deviation, points). */
    private static final double DAY_SPREAD = 1.2;
    /** How much a point of extra pain raises the chance of massaging that day. */
    private static final double WORSE_DAY_PULL = 0.1;
    private static final double CHECK_IN_CHANCE = 0.6;
    /**
     * A checked-in day this far above the trend (points; about 1 day in 8) is marked a flare day, a few a month, on
     * the worst days; its first session plays the gentle version.
     */
    static final double FLARE_OFFSET = 1.4;

    private final SplittableRandom random;
    private final SampleAreas areas;
    private final ZoneId zone;
    private final SampleSession sessions;
    private final SampleMedicines medicines;
    private final SamplePeg peg;

    private SampleHistory(long seed, ZoneId zone, List<StoredRoutine> library) {
        this.random = new SplittableRandom(seed);
        this.peg = new SamplePeg(seed, zone);
        this.areas = new SampleAreas(seed);
        this.zone = zone;
        this.sessions = new SampleSession(random, library);
        this.medicines = new SampleMedicines(seed);
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

    /** One planned day: how far its pain is from the trend, and how many sessions it has. */
    private record PlannedDay(double painOffset, int sessions) {
    }

    private void fill(HistoryWriter writer, int sessions, LocalDate today) {
        List<PlannedDay> plan = plan(sessions);
        int days = plan.size();
        SampleMedicines.list(today.minusDays(days)).forEach(writer::medicine);
        for (int back = days; back >= 1; back--) {
            LocalDate day = today.minusDays(back);
            PlannedDay planned = plan.get(back - 1);
            double pain = trend(1 - (double) back / days) + planned.painOffset();
            boolean flare = false;
            Integer checkedIn = null;
            if (random.nextDouble() < CHECK_IN_CHANCE) {
                flare = planned.painOffset() >= FLARE_OFFSET;
                // the moment first, the score then: the order the random numbers were always drawn in
                Instant made = at(day, 19, 180);
                checkedIn = clamp(Math.round(pain + random.nextGaussian() * 0.5), 0, 10);
                writer.checkIn(day, new PainEntry(PainKind.CHECK_IN, made, new PainScore(checkedIn), areas.next(pain),
                        "", flare), medicines.answer(checkedIn));
            }
            peg.day(day, pain, checkedIn);
            for (int i = 0; i < planned.sessions(); i++) {
                boolean morning = planned.sessions() == 2 ? i == 0 : random.nextDouble() < 0.45;
                Instant start = morning ? at(day, 7, 120) : at(day, 18, 240);
                writer.add(this.sessions.next(start, pain, flare && i == 0));
            }
        }
        peg.write(writer);
    }

    /**
     * Decides each day's pain and sessions first, walking back from yesterday, so the history ends now and has
     * exactly {@code sessions}; a worse day more often has a session.
     */
    private List<PlannedDay> plan(int sessions) {
        List<PlannedDay> plan = new ArrayList<>();
        int planned = 0;
        while (planned < sessions) {
            double offset = random.nextGaussian() * DAY_SPREAD;
            double roll = random.nextDouble() + WORSE_DAY_PULL * offset;
            int count = Math.min(roll < 0.45 ? 0 : roll < 0.92 ? 1 : 2, sessions - planned);
            plan.add(new PlannedDay(offset, count));
            planned += count;
        }
        return plan;
    }

    /** Pain on an average day: about 6.5 at the start of the history, about 4.5 at its end. */
    private static double trend(double progress) {
        return 6.5 - 2 * progress;
    }

    /** A moment on {@code day} from {@code hour} o'clock, up to {@code spreadMinutes} later, in the user's zone. */
    private Instant at(LocalDate day, int hour, int spreadMinutes) {
        LocalTime time = LocalTime.of(hour, 0).plusMinutes(random.nextInt(spreadMinutes)).withSecond(random.nextInt(60));
        return day.atTime(time).atZone(zone).toInstant();
    }

    static int clamp(long value, int low, int high) {
        return (int) Math.max(low, Math.min(high, value));
    }
}
