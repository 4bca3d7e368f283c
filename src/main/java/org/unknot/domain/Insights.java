package org.unknot.domain;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Reads a pain history in one pass (PRODUCT.md, "Insights"): sessions are added one at a time, in any order, and
 * only small tallies are kept, so a history of any size fits. Sessions still in progress are left out. The zone
 * decides on which day, and so in which week, a session happened.
 */
public final class Insights {

    static final int SPECIALIST_MIN_SESSIONS = 6;
    static final int SPECIALIST_MIN_DAYS = 28;
    static final double SPECIALIST_MIN_PAIN = 4;

    private static final Comparator<SessionRecord> BY_START = Comparator.comparing(SessionRecord::startedAt)
            .thenComparingLong(SessionRecord::id);

    private final ZoneId zone;
    private int sessions;
    private int finished;
    private final ReliefTally overall = new ReliefTally("All", "all");
    private long beforeSum;
    private long afterSum;
    private int painRose;
    private final Map<String, ReliefTally> byRoutine = new HashMap<>();
    private final Map<Tool, ReliefTally> byTool = new EnumMap<>(Tool.class);
    private final TreeMap<LocalDate, WeekTally> weeks = new TreeMap<>();
    private final TreeMap<LocalDate, long[]> beforeByDay = new TreeMap<>();
    private final Set<LocalDate> sessionDays = new HashSet<>();
    private final Map<StopReason, Integer> stopReasons = new EnumMap<>(StopReason.class);
    /** The newest rated sessions, at most {@link Worsening#LAST_RATED}. */
    private final TreeSet<SessionRecord> lastRated = new TreeSet<>(BY_START);
    private final List<SessionRecord> painWorseStops = new ArrayList<>();
    private LocalDate firstDay;
    private LocalDate lastDay;

    public Insights(ZoneId zone) {
        this.zone = zone;
    }

    /** The insights of these sessions and check-ins. */
    public static InsightReport of(List<SessionRecord> sessions, List<DailyPain> checkIns, ZoneId zone) {
        Insights insights = new Insights(zone);
        sessions.forEach(insights::add);
        return insights.report(checkIns);
    }

    /** Counts one more session of the period. */
    public void add(SessionRecord session) {
        if (session.status() == SessionStatus.IN_PROGRESS) {
            return;
        }
        sessions++;
        if (session.status() == SessionStatus.COMPLETED || session.status() == SessionStatus.STOPPED) {
            finished++;
        }
        LocalDate day = session.startedAt().atZone(zone).toLocalDate();
        sessionDays.add(day);
        firstDay = firstDay == null || day.isBefore(firstDay) ? day : firstDay;
        lastDay = lastDay == null || day.isAfter(lastDay) ? day : lastDay;
        weeks.computeIfAbsent(weekOf(day), week -> new WeekTally()).add(session);
        overall.add(session);
        byRoutine.computeIfAbsent(session.routineName(), name -> new ReliefTally(name, name)).add(session);
        session.tools().stream().filter(Tool::worksOnArea).forEach(tool ->
                byTool.computeIfAbsent(tool, t -> new ReliefTally(t.label(), t.id())).add(session));
        session.painBefore().ifPresent(before -> {
            long[] tally = beforeByDay.computeIfAbsent(day, d -> new long[2]);
            tally[0] += before.value();
            tally[1]++;
        });
        session.relief().ifPresent(relief -> {
            beforeSum += session.painBefore().orElseThrow().value();
            afterSum += session.painAfter().orElseThrow().value();
            if (relief < 0) {
                painRose++;
            }
            lastRated.add(session);
            if (lastRated.size() > Worsening.LAST_RATED) {
                lastRated.pollFirst();
            }
        });
        session.stopReason().filter(reason -> session.status() == SessionStatus.STOPPED).ifPresent(reason -> {
            stopReasons.merge(reason, 1, Integer::sum);
            if (reason == StopReason.PAIN_WORSE) {
                painWorseStops.add(session);
            }
        });
    }

    /** The insights of the sessions added so far, with the daily check-ins of the same period. */
    public InsightReport report(List<DailyPain> checkIns) {
        NavigableMap<LocalDate, long[]> checkInsByDay = new TreeMap<>();
        for (DailyPain checkIn : checkIns) {
            long[] tally = checkInsByDay.computeIfAbsent(checkIn.day(), d -> new long[2]);
            tally[0] += checkIn.score().value();
            tally[1]++;
        }
        Relief all = overall.relief();
        List<Relief> routines = sorted(byRoutine.values());
        List<Relief> tools = sorted(byTool.values());
        TreeSet<LocalDate> days = new TreeSet<>(checkInsByDay.keySet());
        if (lastDay != null) {
            days.add(firstDay);
            days.add(lastDay);
        }
        Optional<PainTrend> trend = days.isEmpty() ? Optional.empty()
                : PainTrends.of(checkInsByDay, beforeByDay, days.last());
        Optional<Worsening> worsening = worsening(trend);
        Suggestion suggestion = worsening.isPresent() ? Suggestion.WORSENING
                : specialist(trend) ? Suggestion.SPECIALIST : Suggestion.NONE;
        InsightReport report = new InsightReport(Optional.ofNullable(days.isEmpty() ? null : days.first()),
                Optional.ofNullable(days.isEmpty() ? null : days.last()), sessions, all.rated(), all.clearRelief(), painRose,
                mean(beforeSum, all.rated()), mean(afterSum, all.rated()), routines, tools,
                HelpedMost.of(routines), HelpedMost.of(tools), weekly(checkInsByDay), trend, days(checkInsByDay), suggestion,
                worsening, stopReasons, List.of());
        return report.withSentences(InsightSentences.of(report));
    }

    /** At least 6 finished sessions, 28 days of the measure, current pain 4/10 or more and less than 30 % lower. */
    private boolean specialist(Optional<PainTrend> trend) {
        return finished >= SPECIALIST_MIN_SESSIONS && trend.filter(t -> t.daysSpanned() >= SPECIALIST_MIN_DAYS
                && t.current().mean() >= SPECIALIST_MIN_PAIN - 1e-9 && !t.fellThirtyPercent()).isPresent();
    }

    private Optional<Worsening> worsening(Optional<PainTrend> trend) {
        Optional<PainTrend> risen = trend.filter(t -> t.change() >= Worsening.POINTS_UP - 1e-9);
        List<SessionRecord> worseAfter = lastRated.stream().filter(s -> s.relief().orElseThrow() < 0).toList();
        List<SessionRecord> recentStops = lastDay == null ? List.of() : painWorseStops.stream()
                .filter(s -> ChronoUnit.DAYS.between(s.startedAt().atZone(zone).toLocalDate(), lastDay)
                        < Worsening.STOP_DAYS)
                .toList();
        boolean rose = worseAfter.size() >= Worsening.WORSE_AFTER;
        boolean stopped = recentStops.size() >= Worsening.STOPS;
        if (risen.isEmpty() && !rose && !stopped) {
            return Optional.empty();
        }
        List<SessionRecord> hurting = new ArrayList<>(rose ? worseAfter : List.of());
        if (stopped) {
            hurting.addAll(recentStops);
        }
        Map<String, Long> counts = hurting.stream().collect(Collectors.groupingBy(SessionRecord::routineName,
                Collectors.counting()));
        List<String> routines = counts.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey).toList();
        return Optional.of(new Worsening(risen, rose ? worseAfter.size() : 0, lastRated.size(),
                stopped ? recentStops.size() : 0, routines));
    }

    private Optional<DaysComparison> days(NavigableMap<LocalDate, long[]> checkIns) {
        long[] with = new long[2];
        long[] without = new long[2];
        checkIns.forEach((day, tally) -> {
            long[] side = sessionDays.contains(day) ? with : without;
            side[0] += tally[0];
            side[1] += tally[1];
        });
        int daysWith = (int) checkIns.keySet().stream().filter(sessionDays::contains).count();
        int daysWithout = checkIns.size() - daysWith;
        if (daysWith < DaysComparison.MIN_DAYS_EACH || daysWithout < DaysComparison.MIN_DAYS_EACH) {
            return Optional.empty();
        }
        return Optional.of(new DaysComparison(daysWith, with[0] / (double) with[1], daysWithout,
                without[0] / (double) without[1]));
    }

    /** Every week from the first with data to the last, empty weeks included so the chart's time axis is true. */
    private List<WeeklyPain> weekly(NavigableMap<LocalDate, long[]> checkIns) {
        TreeMap<LocalDate, long[]> checkInWeeks = new TreeMap<>();
        checkIns.forEach((day, tally) -> {
            long[] week = checkInWeeks.computeIfAbsent(weekOf(day), w -> new long[2]);
            week[0] += tally[0];
            week[1] += tally[1];
        });
        TreeSet<LocalDate> all = new TreeSet<>(weeks.keySet());
        all.addAll(checkInWeeks.keySet());
        if (all.isEmpty()) {
            return List.of();
        }
        List<WeeklyPain> weekly = new ArrayList<>();
        for (LocalDate week = all.first(); !week.isAfter(all.last()); week = week.plusWeeks(1)) {
            long[] days = checkInWeeks.getOrDefault(week, new long[2]);
            weekly.add(weeks.getOrDefault(week, new WeekTally()).week(week, days[0], (int) days[1]));
        }
        return weekly;
    }

    private static List<Relief> sorted(Collection<ReliefTally> tallies) {
        return tallies.stream().map(ReliefTally::relief)
                .sorted(Comparator.comparingInt(Relief::sessions).reversed().thenComparing(Relief::label))
                .toList();
    }

    private static LocalDate weekOf(LocalDate day) {
        return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    static OptionalDouble mean(long sum, int count) {
        return count == 0 ? OptionalDouble.empty() : OptionalDouble.of(sum / (double) count);
    }

    /** One week's sessions, pain before and after, and check-ins. */
    private static final class WeekTally {
        private int sessions;
        private long before;
        private int ratedBefore;
        private long after;
        private int ratedAfter;

        void add(SessionRecord session) {
            sessions++;
            session.painBefore().ifPresent(score -> {
                before += score.value();
                ratedBefore++;
            });
            session.painAfter().ifPresent(score -> {
                after += score.value();
                ratedAfter++;
            });
        }

        WeeklyPain week(LocalDate start, long checkIns, int checkInDays) {
            return new WeeklyPain(start, sessions, mean(before, ratedBefore), ratedBefore, mean(after, ratedAfter),
                    ratedAfter, mean(checkIns, checkInDays), checkInDays);
        }
    }
}
