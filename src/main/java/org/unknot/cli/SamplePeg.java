package org.unknot.cli;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.unknot.domain.PegAnswer;
import org.unknot.store.HistoryWriter;

/**
 * The sample history's weekly PEG answers, on most weeks: the pain item near the week's mean check-in (the day's pain
 * where there was no check-in that week), the two interference items within 2 points of it. Its own random numbers,
 * so the rest of a seed's history is the same with or without it.
 */
final class SamplePeg {

    private static final double ANSWER_CHANCE = 0.8;
    private static final long SALT = 0x5045_4721_0000_0014L;

    /** A week's days so far, their pain and the check-ins among them. */
    private static final class Week {
        final List<LocalDate> days = new ArrayList<>();
        double painSum;
        int checkInSum;
        int checkIns;
    }

    private final SplittableRandom random;
    private final ZoneId zone;
    private final Map<LocalDate, Week> weeks = new TreeMap<>();

    SamplePeg(long seed, ZoneId zone) {
        this.random = new SplittableRandom(seed ^ SALT);
        this.zone = zone;
    }

    /** One day of the history: its pain on the trend, and its check-in score if there was one (null otherwise). */
    void day(LocalDate day, double pain, Integer checkIn) {
        Week week = weeks.computeIfAbsent(PegAnswer.weekOf(day), monday -> new Week());
        week.days.add(day);
        week.painSum += pain;
        if (checkIn != null) {
            week.checkInSum += checkIn;
            week.checkIns++;
        }
    }

    /** Writes the answers of most weeks, each on one of the week's days in the evening. */
    void write(HistoryWriter writer) {
        weeks.forEach((monday, week) -> {
            if (random.nextDouble() >= ANSWER_CHANCE) {
                return;
            }
            double mean = week.checkIns > 0 ? week.checkInSum / (double) week.checkIns
                    : week.painSum / week.days.size();
            int pain = SampleHistory.clamp(Math.round(mean + random.nextGaussian() * 0.4), 0, 10);
            PegAnswer answer = new PegAnswer(monday, pain, near(pain), near(pain));
            LocalDate day = week.days.get(random.nextInt(week.days.size()));
            LocalTime time = LocalTime.of(20, 0).plusMinutes(random.nextInt(120));
            writer.peg(answer, day.atTime(time).atZone(zone).toInstant());
        });
    }

    /** An interference item: the pain item give or take up to 2 points, a little more often above it. */
    private int near(int pain) {
        long offset = Math.max(-2, Math.min(2, Math.round(random.nextGaussian() * 1.1 + 0.3)));
        return SampleHistory.clamp(pain + offset, 0, 10);
    }
}
