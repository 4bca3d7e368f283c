package org.unknot.domain;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.stream.Collectors;

/**
 * Reads what a period's history says about pain (PRODUCT.md, "Insights"), from its {@link HistoryFacts}: the rules
 * live here, the counting in whoever answers the facts.
 */
public final class Insights {

    static final int SPECIALIST_MIN_SESSIONS = 6;
    static final int SPECIALIST_MIN_DAYS = 28;
    static final double SPECIALIST_MIN_PAIN = 4;
    static final int WINDOW_DAYS = 14;
    static final int MIN_PER_WINDOW = 3;

    private final HistoryFacts facts;
    /** The last day with data in the period, asked once: the trend's current window and the recent stops end there. */
    private Optional<LocalDate> lastDay = Optional.empty();
    private int sessions;
    private int finished;
    private int painRose;
    private final ReliefTally overall = new ReliefTally("All", "all");
    private final Map<String, ReliefTally> byRoutine = new HashMap<>();
    private final Map<Tool, ReliefTally> byTool = new EnumMap<>(Tool.class);
    private final Map<StopReason, Integer> stopReasons = new EnumMap<>(StopReason.class);

    private Insights(HistoryFacts facts) {
        this.facts = facts;
    }

    /** The insights of these sessions and check-ins, days in {@code zone}. */
    public static InsightReport of(List<SessionRecord> sessions, List<DailyPain> checkIns, ZoneId zone) {
        return of(new RecordedHistory(sessions, checkIns, zone));
    }

    public static InsightReport of(HistoryFacts facts) {
        return new Insights(facts).report();
    }

    private InsightReport report() {
        lastDay = facts.lastDay();
        long beforeSum = 0;
        long afterSum = 0;
        List<HistoryFacts.SessionGroup> groups = facts.groups();
        for (HistoryFacts.SessionGroup group : groups) {
            sessions += group.sessions();
            if (group.status() == SessionStatus.COMPLETED || group.status() == SessionStatus.STOPPED) {
                finished += group.sessions();
            }
            overall.add(group);
            byRoutine.computeIfAbsent(group.routine(), name -> new ReliefTally(name, name)).add(group);
            group.tools().stream().filter(Tool::worksOnArea).forEach(tool ->
                    byTool.computeIfAbsent(tool, t -> new ReliefTally(t.label(), t.id())).add(group));
            if (group.before().isPresent() && group.after().isPresent()) {
                beforeSum += (long) group.sessions() * group.before().get().value();
                afterSum += (long) group.sessions() * group.after().get().value();
            }
            // The data file keeps a stop reason only on a stopped session (a CHECK constraint).
            group.stopReason().ifPresent(reason -> stopReasons.merge(reason, group.sessions(), Integer::sum));
        }
        Relief all = overall.relief();
        List<Relief> routines = sorted(byRoutine.values());
        List<Relief> tools = sorted(byTool.values());
        Optional<PainTrend> trend = trend(PainMeasure.CHECK_INS).or(() -> trend(PainMeasure.PAIN_BEFORE));
        Optional<Worsening> worsening = worsening(trend);
        Suggestion suggestion = worsening.isPresent() ? Suggestion.WORSENING
                : specialist(trend) ? Suggestion.SPECIALIST : Suggestion.NONE;
        List<WeeklyPain> weekly = weekly();
        InsightReport report = new InsightReport(facts.firstDay(), lastDay, sessions, all.rated(),
                all.clearRelief(), overall.rose(), mean(beforeSum, all.rated()), mean(afterSum, all.rated()), routines,
                tools, HelpedMost.of(routines), HelpedMost.of(tools), weekly, trend, days(), suggestion, worsening,
                stopReasons, Optional.empty(), List.of(), FlareInsights.of(groups, weekly),
                new PegSummary(facts.pegAnswers()), PainAreas.count(facts.painAreaRatings()));
        Optional<String> conclusion = InsightSentences.conclusion(report);
        return report.withSentences(conclusion, InsightSentences.of(report, conclusion));
    }

    /**
     * The trend of one measure: its baseline is the first 14 days it has, its current window the last 14 days of the
     * period's data — so a week of check-ins long before the sessions cannot pass for a current window. Each window
     * needs at least 3 ratings.
     */
    private Optional<PainTrend> trend(PainMeasure measure) {
        Optional<LocalDate> first = facts.firstDayOf(measure);
        Optional<LocalDate> end = lastDay;
        if (first.isEmpty() || end.isEmpty()) {
            return Optional.empty();
        }
        PainTrend.Window baseline = window(measure, first.get(), first.get().plusDays(WINDOW_DAYS - 1));
        PainTrend.Window current = window(measure, end.get().minusDays(WINDOW_DAYS - 1), end.get());
        if (baseline.count() < MIN_PER_WINDOW || current.count() < MIN_PER_WINDOW) {
            return Optional.empty();
        }
        return Optional.of(new PainTrend(measure, first.get(), facts.lastDayOf(measure).orElseThrow(), baseline,
                current));
    }

    private PainTrend.Window window(PainMeasure measure, LocalDate from, LocalDate to) {
        HistoryFacts.Totals totals = facts.totals(measure, from, to);
        return new PainTrend.Window(from, to, totals.count(), totals.mean());
    }

    /** At least 6 finished sessions, 28 days of the measure, current pain 4/10 or more and less than 30 % lower. */
    private boolean specialist(Optional<PainTrend> trend) {
        return finished >= SPECIALIST_MIN_SESSIONS && trend.filter(t -> t.daysSpanned() >= SPECIALIST_MIN_DAYS
                && t.current().mean() >= SPECIALIST_MIN_PAIN && !t.fellThirtyPercent()).isPresent();
    }

    private Optional<Worsening> worsening(Optional<PainTrend> trend) {
        Optional<PainTrend> risen = trend.filter(t -> t.change() >= Worsening.POINTS_UP - 1e-9);
        List<HistoryFacts.RatedSession> lastRated = facts.lastRated(Worsening.LAST_RATED);
        List<String> worseAfter = lastRated.stream().filter(s -> s.after().value() > s.before().value())
                .map(HistoryFacts.RatedSession::routine).toList();
        List<String> stops = lastDay.map(last -> facts.painWorseStops(
                last.minusDays(Worsening.STOP_DAYS - 1), last)).orElse(List.of());
        boolean rose = worseAfter.size() >= Worsening.WORSE_AFTER;
        boolean stopped = stops.size() >= Worsening.STOPS;
        if (risen.isEmpty() && !rose && !stopped) {
            return Optional.empty();
        }
        List<String> hurting = new ArrayList<>(rose ? worseAfter : List.of());
        if (stopped) {
            hurting.addAll(stops);
        }
        Map<String, Long> counts = hurting.stream().collect(Collectors.groupingBy(name -> name, Collectors.counting()));
        List<String> routines = counts.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey).toList();
        return Optional.of(new Worsening(risen, rose ? worseAfter.size() : 0, lastRated.size(),
                stopped ? stops.size() : 0, routines));
    }

    private Optional<DaysComparison> days() {
        HistoryFacts.Totals with = facts.checkIns(true);
        HistoryFacts.Totals without = facts.checkIns(false);
        if (with.count() < DaysComparison.MIN_DAYS_EACH || without.count() < DaysComparison.MIN_DAYS_EACH) {
            return Optional.empty();
        }
        return Optional.of(new DaysComparison(with.count(), with.mean(), without.count(), without.mean()));
    }

    /** Every week from the first with data to the last, empty weeks included so the chart's time axis is true. */
    private List<WeeklyPain> weekly() {
        List<HistoryFacts.WeekTotals> weeks = facts.weeks();
        List<WeeklyPain> weekly = new ArrayList<>();
        int next = 0;
        for (LocalDate week = weeks.isEmpty() ? null : weeks.get(0).week();
             week != null && !week.isAfter(weeks.get(weeks.size() - 1).week()); week = week.plusWeeks(1)) {
            HistoryFacts.WeekTotals totals = weeks.get(next).week().equals(week) ? weeks.get(next++)
                    : new HistoryFacts.WeekTotals(week, 0, HistoryFacts.Totals.NONE, HistoryFacts.Totals.NONE,
                            HistoryFacts.Totals.NONE);
            weekly.add(new WeeklyPain(week, totals.sessions(), mean(totals.before()), totals.before().count(),
                    mean(totals.after()), totals.after().count(), mean(totals.checkIns()), totals.checkIns().count(),
                    totals.flareDays()));
        }
        return weekly;
    }

    private static List<Relief> sorted(Collection<ReliefTally> tallies) {
        return tallies.stream().map(ReliefTally::relief)
                .sorted(Comparator.comparingInt(Relief::sessions).reversed().thenComparing(Relief::label))
                .toList();
    }

    private static OptionalDouble mean(HistoryFacts.Totals totals) {
        return mean(totals.sum(), totals.count());
    }

    static OptionalDouble mean(long sum, int count) {
        return count == 0 ? OptionalDouble.empty() : OptionalDouble.of(sum / (double) count);
    }
}
