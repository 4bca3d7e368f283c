package org.unknot.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What the insights read from a period's history: counts and sums small enough to come from aggregate queries, so
 * the insights of any number of sessions cost a handful of small results (PRODUCT.md: any history size). Sessions
 * still in progress are never counted. Days are those of the user's zone.
 */
public interface HistoryFacts {

    /**
     * Sessions counted by routine, status, stop reason, ratings, the tools they really worked with and whether they
     * played the gentle version.
     */
    record SessionGroup(String routine, SessionStatus status, Optional<StopReason> stopReason,
                        Optional<PainScore> before, Optional<PainScore> after, Set<Tool> tools, int sessions,
                        boolean gentle) {

        public SessionGroup(String routine, SessionStatus status, Optional<StopReason> stopReason,
                            Optional<PainScore> before, Optional<PainScore> after, Set<Tool> tools, int sessions) {
            this(routine, status, stopReason, before, after, tools, sessions, false);
        }

        public SessionGroup {
            tools = Set.copyOf(tools);
        }
    }

    /**
     * One ISO week (from its Monday): sessions, sums and counts of pain before and after, and of check-ins, and how
     * many of its check-ins marked a flare day.
     */
    record WeekTotals(LocalDate week, int sessions, Totals before, Totals after, Totals checkIns, int flareDays) {

        public WeekTotals(LocalDate week, int sessions, Totals before, Totals after, Totals checkIns) {
            this(week, sessions, before, after, checkIns, 0);
        }
    }

    /** A sum of ratings and how many there were. */
    record Totals(long sum, int count) {

        public static final Totals NONE = new Totals(0, 0);

        public Totals plus(Totals other) {
            return new Totals(sum + other.sum, count + other.count);
        }

        public double mean() {
            return count == 0 ? 0 : sum / (double) count;
        }
    }

    /** A session rated before and after. */
    record RatedSession(String routine, PainScore before, PainScore after) {
    }

    List<SessionGroup> groups();

    /** The weeks that hold a session or a check-in, oldest first. */
    List<WeekTotals> weeks();

    /** The first day with a session or a check-in. */
    Optional<LocalDate> firstDay();

    /** The last day with a session or a check-in. */
    Optional<LocalDate> lastDay();

    /** The first and last days with a rating of that measure. */
    Optional<LocalDate> firstDayOf(PainMeasure measure);

    Optional<LocalDate> lastDayOf(PainMeasure measure);

    /** The ratings of that measure on the days from {@code first} to {@code last}, both included. */
    Totals totals(PainMeasure measure, LocalDate first, LocalDate last);

    /** The newest sessions rated before and after, at most {@code limit}, newest first. */
    List<RatedSession> lastRated(int limit);

    /** The routine of each session stopped for "pain got worse" on the days from {@code first} to {@code last}. */
    List<String> painWorseStops(LocalDate first, LocalDate last);

    /** The check-ins on days with at least one session ({@code true}) or without ({@code false}), as days. */
    Totals checkIns(boolean onSessionDays);

    /** The weekly PEG answers of the period's weeks, oldest first; none where no answers are kept. */
    default List<PegAnswer> pegAnswers() {
        return List.of();
    }

    /**
     * How many pain ratings named each set of areas: the check-ins of the period and the ratings after its sessions;
     * none where the areas are not known.
     */
    default Map<Set<Area>, Integer> painAreaRatings() {
        return Map.of();
    }
}
