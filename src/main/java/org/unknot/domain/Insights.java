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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Reads a pain history (PRODUCT.md, "Insights (history)"). Relief is always called immediate: it is measured right
 * after one session, while the clinical 2-point / 30 % threshold comes from weeks of treatment.
 */
public final class Insights {

    static final int MIN_DAYS_EACH = 3;
    static final int SPECIALIST_MIN_SESSIONS = 6;
    static final int SPECIALIST_MIN_WEEKS = 3;
    /** A routine or tool needs this many rated sessions before a sentence calls it the one that helped most. */
    static final int MIN_RATED_TO_COMPARE = 2;
    private static final double EPSILON = 1e-9;

    private Insights() {
    }

    /** A drop of at least 2 points or at least 30 % of the before score (Farrar et al. 2001); never from 0. */
    public static boolean meaningful(PainScore before, PainScore after) {
        return dropIsMeaningful(before.value(), before.value() - after.value());
    }

    /**
     * Sessions still in progress are left out. {@code zone} decides on which day, and so in which week, a session
     * happened.
     */
    public static InsightReport of(List<SessionRecord> sessions, List<DailyPain> checkIns, ZoneId zone) {
        List<SessionRecord> done = sessions.stream()
                .filter(s -> s.status() != SessionStatus.IN_PROGRESS)
                .sorted(Comparator.comparing(SessionRecord::startedAt))
                .toList();
        List<SessionRecord> rated = done.stream().filter(s -> s.relief().isPresent()).toList();
        Map<LocalDate, Double> dailyPain = dailyPain(checkIns);

        OptionalDouble meanBefore = mean(rated.stream().map(s -> (double) s.painBefore().orElseThrow().value())
                .toList());
        OptionalDouble meanAfter = mean(rated.stream().map(s -> (double) s.painAfter().orElseThrow().value())
                .toList());
        Relief overall = relief("All", done);
        List<Relief> byRoutine = group(done, s -> Set.of(s.routineName()));
        // Rest is a pause between tools, not something that can relieve pain.
        List<Relief> byTool = group(done, s -> s.tools().stream()
                .filter(Tool::worksOnArea).map(Tool::label).collect(Collectors.toSet()));
        List<WeeklyPain> weekly = weekly(done, dailyPain, zone);
        Optional<DaysComparison> days = days(done, dailyPain, zone);
        long weeksSpanned = weeksSpanned(done, zone);
        boolean suggestSpecialist = done.size() >= SPECIALIST_MIN_SESSIONS
                && weeksSpanned >= SPECIALIST_MIN_WEEKS
                && notImproved(weekly);

        Map<StopReason, Integer> stopReasons = new EnumMap<>(StopReason.class);
        done.stream().filter(s -> s.status() == SessionStatus.STOPPED)
                .forEach(s -> s.stopReason().ifPresent(r -> stopReasons.merge(r, 1, Integer::sum)));

        List<String> sentences = new ArrayList<>();
        if (rated.isEmpty()) {
            sentences.add("Rate your pain before and after a few sessions to see what helps.");
        } else {
            sentences.add(reliefSentence(rated.size(), overall.meanRelief().orElseThrow()));
            long meaningful = Math.round(overall.meaningfulShare().orElseThrow() * rated.size());
            sentences.add(String.format(Locale.ROOT,
                    "Meaningful immediate relief (2 points or 30 %% less) in %d of %s (%d %%).",
                    meaningful, count(rated.size(), "rated session"),
                    Math.round(overall.meaningfulShare().orElseThrow() * 100)));
            helpedMost(byRoutine).ifPresent(sentences::add);
            helpedMost(byTool).ifPresent(sentences::add);
        }
        days.ifPresentOrElse(d -> sentences.add(String.format(Locale.ROOT,
                        "On the %s with a session your daily pain averaged %.1f, against %.1f on the %s without.",
                        count(d.daysWith(), "day"), d.meanWith(), d.meanWithout(), count(d.daysWithout(), "day"))),
                () -> {
                    if (!dailyPain.isEmpty()) {
                        sentences.add("Check in your daily pain on at least 3 days with a session and 3 days"
                                + " without to compare them.");
                    }
                });
        if (suggestSpecialist) {
            sentences.add(String.format(Locale.ROOT,
                    "Your weekly pain has not come down by 2 points or 30 %% over %d weeks and %s. Massage may not be"
                            + " enough on its own; consider seeing a pain specialist, and take the report with you.",
                    weeksSpanned, count(done.size(), "session")));
        }
        return new InsightReport(done.size(), rated.size(), meanBefore, meanAfter, overall.meaningfulShare(),
                byRoutine, byTool, weekly, days, suggestSpecialist, stopReasons, sentences);
    }

    private static boolean dropIsMeaningful(double before, double drop) {
        return before > 0 && (drop >= 2 - EPSILON || drop * 10 >= before * 3 - EPSILON);
    }

    private static Relief relief(String label, Collection<SessionRecord> sessions) {
        List<SessionRecord> rated = sessions.stream().filter(s -> s.relief().isPresent()).toList();
        OptionalDouble share = rated.isEmpty() ? OptionalDouble.empty() : OptionalDouble.of(
                rated.stream().filter(s -> meaningful(s.painBefore().orElseThrow(), s.painAfter().orElseThrow()))
                        .count() / (double) rated.size());
        return new Relief(label, sessions.size(), rated.size(),
                mean(rated.stream().map(s -> (double) s.relief().orElseThrow()).toList()), share);
    }

    private static List<Relief> group(List<SessionRecord> sessions, Function<SessionRecord, Set<String>> labels) {
        Map<String, List<SessionRecord>> groups = new LinkedHashMap<>();
        for (SessionRecord session : sessions) {
            for (String label : labels.apply(session)) {
                groups.computeIfAbsent(label, l -> new ArrayList<>()).add(session);
            }
        }
        return groups.entrySet().stream()
                .map(e -> relief(e.getKey(), e.getValue()))
                .sorted(Comparator.comparingInt(Relief::sessions).reversed().thenComparing(Relief::label))
                .toList();
    }

    private static Map<LocalDate, Double> dailyPain(List<DailyPain> checkIns) {
        // Two check-ins on one day count as that day's mean.
        return checkIns.stream().collect(Collectors.groupingBy(DailyPain::day, TreeMap::new,
                Collectors.averagingInt(c -> c.score().value())));
    }

    private static LocalDate dayOf(SessionRecord session, ZoneId zone) {
        return session.startedAt().atZone(zone).toLocalDate();
    }

    private static LocalDate weekOf(LocalDate day) {
        return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    private static List<WeeklyPain> weekly(List<SessionRecord> sessions, Map<LocalDate, Double> dailyPain,
            ZoneId zone) {
        Map<LocalDate, List<SessionRecord>> sessionsByWeek = sessions.stream()
                .collect(Collectors.groupingBy(s -> weekOf(dayOf(s, zone))));
        Map<LocalDate, List<Double>> checkInsByWeek = dailyPain.entrySet().stream().collect(Collectors.groupingBy(
                e -> weekOf(e.getKey()), Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
        TreeMap<LocalDate, Boolean> weeks = new TreeMap<>();
        sessionsByWeek.keySet().forEach(w -> weeks.put(w, true));
        checkInsByWeek.keySet().forEach(w -> weeks.put(w, true));
        if (weeks.isEmpty()) {
            return List.of();
        }
        List<WeeklyPain> weekly = new ArrayList<>();
        for (LocalDate week = weeks.firstKey(); !week.isAfter(weeks.lastKey()); week = week.plusWeeks(1)) {
            List<SessionRecord> inWeek = sessionsByWeek.getOrDefault(week, List.of());
            weekly.add(new WeeklyPain(week, inWeek.size(),
                    mean(inWeek.stream().flatMap(s -> s.painBefore().stream()).map(p -> (double) p.value()).toList()),
                    mean(checkInsByWeek.getOrDefault(week, List.of()))));
        }
        return weekly;
    }

    private static Optional<DaysComparison> days(List<SessionRecord> sessions, Map<LocalDate, Double> dailyPain,
            ZoneId zone) {
        Set<LocalDate> sessionDays = sessions.stream().map(s -> dayOf(s, zone)).collect(Collectors.toSet());
        Map<Boolean, List<Double>> split = dailyPain.entrySet().stream().collect(Collectors.partitioningBy(
                e -> sessionDays.contains(e.getKey()), Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
        List<Double> with = split.get(true);
        List<Double> without = split.get(false);
        if (with.size() < MIN_DAYS_EACH || without.size() < MIN_DAYS_EACH) {
            return Optional.empty();
        }
        return Optional.of(new DaysComparison(with.size(), mean(with).orElseThrow(),
                without.size(), mean(without).orElseThrow()));
    }

    /** ISO weeks from the first session's to the last session's, both included. */
    private static long weeksSpanned(List<SessionRecord> sessions, ZoneId zone) {
        if (sessions.isEmpty()) {
            return 0;
        }
        LocalDate first = weekOf(dayOf(sessions.get(0), zone));
        LocalDate last = weekOf(dayOf(sessions.get(sessions.size() - 1), zone));
        return ChronoUnit.WEEKS.between(first, last) + 1;
    }

    /**
     * The last week with data has not come down by 2 points or 30 % from the first. Without two weeks to compare,
     * or with no pain left in the last week, there is nothing to flag.
     */
    private static boolean notImproved(List<WeeklyPain> weekly) {
        List<Double> pains = weekly.stream().map(WeeklyPain::pain)
                .filter(OptionalDouble::isPresent).map(OptionalDouble::getAsDouble).toList();
        if (pains.size() < 2) {
            return false;
        }
        double first = pains.get(0);
        double last = pains.get(pains.size() - 1);
        return last > 0 && !dropIsMeaningful(first, first - last);
    }

    private static String reliefSentence(int rated, double meanRelief) {
        String sessions = count(rated, "rated session");
        if (Math.abs(meanRelief) < 0.05) {
            return "Across " + sessions + ", pain was about the same right after the session on average"
                    + " (no immediate relief).";
        }
        return String.format(Locale.ROOT,
                "Across %s, pain was %.1f points %s right after the session on average (%s).", sessions,
                Math.abs(meanRelief), meanRelief > 0 ? "lower" : "higher",
                meanRelief > 0 ? "immediate relief" : "no immediate relief");
    }

    /** Names a winner only among at least two candidates with enough ratings, and only a clear one that helped. */
    private static Optional<String> helpedMost(List<Relief> reliefs) {
        List<Relief> candidates = reliefs.stream().filter(r -> r.rated() >= MIN_RATED_TO_COMPARE)
                .sorted(Comparator.comparingDouble((Relief r) -> r.meanRelief().orElseThrow()).reversed())
                .toList();
        if (candidates.size() < 2) {
            return Optional.empty();
        }
        Relief best = candidates.get(0);
        double mean = best.meanRelief().orElseThrow();
        if (mean <= 0 || mean - candidates.get(1).meanRelief().orElseThrow() < EPSILON) {
            return Optional.empty();
        }
        return Optional.of(String.format(Locale.ROOT,
                "%s helped most: %.1f points less right after the session on average over %s (immediate relief).",
                best.label(), mean, count(best.rated(), "rated session")));
    }

    private static String count(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    private static OptionalDouble mean(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).average();
    }
}
