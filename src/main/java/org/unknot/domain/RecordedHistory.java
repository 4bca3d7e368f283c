package org.unknot.domain;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The facts of a history held in memory: sessions and check-ins already read. The data file answers the same
 * questions with aggregate queries; this one is for histories built in code.
 */
public final class RecordedHistory implements HistoryFacts {

    private static final Comparator<SessionRecord> NEWEST_FIRST = Comparator.comparing(SessionRecord::startedAt)
            .thenComparingLong(SessionRecord::id).reversed();

    private final List<SessionRecord> sessions;
    private final List<DailyPain> checkIns;
    private final ZoneId zone;

    public RecordedHistory(List<SessionRecord> sessions, List<DailyPain> checkIns, ZoneId zone) {
        this.sessions = sessions.stream().filter(s -> s.status() != SessionStatus.IN_PROGRESS)
                .sorted(NEWEST_FIRST).toList();
        this.checkIns = List.copyOf(checkIns);
        this.zone = zone;
    }

    private LocalDate day(SessionRecord session) {
        return session.startedAt().atZone(zone).toLocalDate();
    }

    private static LocalDate week(LocalDate day) {
        return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    @Override
    public List<SessionGroup> groups() {
        Map<SessionGroup, Integer> counts = new LinkedHashMap<>();
        for (SessionRecord s : sessions) {
            counts.merge(new SessionGroup(s.routineName(), s.status(), s.stopReason(), s.painBefore(), s.painAfter(),
                    s.tools(), 0, s.gentle()), 1, Integer::sum);
        }
        return counts.entrySet().stream().map(e -> new SessionGroup(e.getKey().routine(), e.getKey().status(),
                e.getKey().stopReason(), e.getKey().before(), e.getKey().after(), e.getKey().tools(), e.getValue(),
                e.getKey().gentle())).toList();
    }

    @Override
    public List<WeekTotals> weeks() {
        Map<LocalDate, WeekTotals> weeks = new TreeMap<>();
        for (SessionRecord s : sessions) {
            weeks.merge(week(day(s)), new WeekTotals(week(day(s)), 1, totals(s.painBefore()), totals(s.painAfter()),
                    Totals.NONE), RecordedHistory::plus);
        }
        for (DailyPain c : checkIns) {
            weeks.merge(week(c.day()), new WeekTotals(week(c.day()), 0, Totals.NONE, Totals.NONE,
                    new Totals(c.score().value(), 1), c.flare() ? 1 : 0), RecordedHistory::plus);
        }
        return List.copyOf(weeks.values());
    }

    private static WeekTotals plus(WeekTotals a, WeekTotals b) {
        return new WeekTotals(a.week(), a.sessions() + b.sessions(), a.before().plus(b.before()),
                a.after().plus(b.after()), a.checkIns().plus(b.checkIns()), a.flareDays() + b.flareDays());
    }

    private static Totals totals(Optional<PainScore> score) {
        return score.map(s -> new Totals(s.value(), 1)).orElse(Totals.NONE);
    }

    private TreeSet<LocalDate> days() {
        TreeSet<LocalDate> days = sessions.stream().map(this::day).collect(Collectors.toCollection(TreeSet::new));
        checkIns.forEach(c -> days.add(c.day()));
        return days;
    }

    @Override
    public Optional<LocalDate> firstDay() {
        return days().stream().findFirst();
    }

    @Override
    public Optional<LocalDate> lastDay() {
        return Optional.ofNullable(days().pollLast());
    }

    private TreeMap<LocalDate, Totals> ratings(PainMeasure measure) {
        TreeMap<LocalDate, Totals> days = new TreeMap<>();
        if (measure == PainMeasure.CHECK_INS) {
            checkIns.forEach(c -> days.merge(c.day(), new Totals(c.score().value(), 1), Totals::plus));
        } else {
            sessions.forEach(s -> s.painBefore().ifPresent(score -> days.merge(day(s), new Totals(score.value(), 1),
                    Totals::plus)));
        }
        return days;
    }

    @Override
    public Optional<LocalDate> firstDayOf(PainMeasure measure) {
        TreeMap<LocalDate, Totals> days = ratings(measure);
        return days.isEmpty() ? Optional.empty() : Optional.of(days.firstKey());
    }

    @Override
    public Optional<LocalDate> lastDayOf(PainMeasure measure) {
        TreeMap<LocalDate, Totals> days = ratings(measure);
        return days.isEmpty() ? Optional.empty() : Optional.of(days.lastKey());
    }

    @Override
    public Totals totals(PainMeasure measure, LocalDate first, LocalDate last) {
        return ratings(measure).subMap(first, true, last, true).values().stream()
                .reduce(Totals.NONE, Totals::plus);
    }

    @Override
    public List<RatedSession> lastRated(int limit) {
        return sessions.stream().filter(s -> s.relief().isPresent()).limit(limit)
                .map(s -> new RatedSession(s.routineName(), s.painBefore().orElseThrow(), s.painAfter().orElseThrow()))
                .toList();
    }

    @Override
    public List<String> painWorseStops(LocalDate first, LocalDate last) {
        List<String> routines = new ArrayList<>();
        for (SessionRecord s : sessions) {
            boolean within = !day(s).isBefore(first) && !day(s).isAfter(last);
            if (within && s.status() == SessionStatus.STOPPED
                    && s.stopReason().filter(r -> r == StopReason.PAIN_WORSE).isPresent()) {
                routines.add(s.routineName());
            }
        }
        return routines;
    }

    @Override
    public Totals checkIns(boolean onSessionDays) {
        Set<LocalDate> sessionDays = sessions.stream().map(this::day).collect(Collectors.toSet());
        return ratings(PainMeasure.CHECK_INS).entrySet().stream()
                .filter(day -> sessionDays.contains(day.getKey()) == onSessionDays)
                .map(Map.Entry::getValue)
                .reduce(Totals.NONE, Totals::plus);
    }
}
