package org.unknot.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import org.junit.jupiter.api.Test;

class InsightsTest {

    private static final ZoneId UTC = ZoneOffset.UTC;
    /** A Monday. */
    private static final LocalDate WEEK_1 = LocalDate.of(2024, 1, 1);

    private static long ids;

    private static SessionRecord session(LocalDate day, String routine, Integer before, Integer after, Tool... tools) {
        return session(day.atTime(18, 0).toInstant(ZoneOffset.UTC), routine, SessionStatus.COMPLETED,
                Optional.empty(), before, after, tools);
    }

    private static SessionRecord session(Instant startedAt, String routine, SessionStatus status,
            Optional<StopReason> stopReason, Integer before, Integer after, Tool... tools) {
        return new SessionRecord(++ids, Optional.empty(), routine, PerformedBy.SELF, startedAt, Optional.empty(),
                status, stopReason, 600, 600, Optional.ofNullable(before).map(PainScore::new),
                Optional.ofNullable(after).map(PainScore::new), "", Set.of(tools));
    }

    private static DailyPain checkIn(LocalDate day, int score) {
        return new DailyPain(day, new PainScore(score));
    }

    private static boolean meaningful(int before, int after) {
        return Insights.meaningful(new PainScore(before), new PainScore(after));
    }

    @Test
    void meaningfulReliefIsTwoPointsOrThirtyPercentAndNeverFromZero() {
        assertTrue(meaningful(5, 3), "2 points");
        assertTrue(meaningful(10, 8), "2 points, only 20 %");
        assertTrue(meaningful(9, 7), "2 points");
        assertTrue(meaningful(3, 2), "1 point but 33 %");
        assertTrue(meaningful(10, 7), "30 % exactly");
        assertFalse(meaningful(7, 6), "1 point, 14 %");
        assertFalse(meaningful(4, 3), "1 point, 25 %");
        assertFalse(meaningful(10, 9), "1 point, 10 %");
        assertFalse(meaningful(5, 5), "no change");
        assertFalse(meaningful(3, 5), "worse");
        assertFalse(meaningful(0, 0), "nothing to relieve");
    }

    @Test
    void reliefByRoutineCountsRatedSessionsAndSortsBySessionsThenLabel() {
        List<SessionRecord> history = List.of(
                session(WEEK_1, "Upper back", 6, 3),
                session(WEEK_1.plusDays(1), "Upper back", 5, 4),
                session(WEEK_1.plusDays(2), "Upper back", 5, null),
                session(WEEK_1.plusDays(3), "Low back", 4, 4),
                session(WEEK_1.plusDays(4), "Glutes", null, null));

        List<Relief> byRoutine = Insights.of(history, List.of(), UTC).byRoutine();

        assertEquals(List.of(
                new Relief("Upper back", 3, 2, OptionalDouble.of(2.0), OptionalDouble.of(0.5)),
                new Relief("Glutes", 1, 0, OptionalDouble.empty(), OptionalDouble.empty()),
                new Relief("Low back", 1, 1, OptionalDouble.of(0.0), OptionalDouble.of(0.0))), byRoutine);
    }

    @Test
    void aSessionCountsForEveryToolItUsedButRestIsNoTool() {
        List<SessionRecord> history = List.of(
                session(WEEK_1, "A", 6, 3, Tool.FOAM_ROLLER, Tool.COLD_BALL),
                session(WEEK_1.plusDays(1), "A", 5, 4, Tool.FOAM_ROLLER, Tool.REST),
                session(WEEK_1.plusDays(2), "B", 4, 2, Tool.HANDHELD_MASSAGER));

        List<Relief> byTool = Insights.of(history, List.of(), UTC).byTool();

        assertEquals(List.of(
                new Relief("Foam roller", 2, 2, OptionalDouble.of(2.0), OptionalDouble.of(0.5)),
                new Relief("Cold ball", 1, 1, OptionalDouble.of(3.0), OptionalDouble.of(1.0)),
                new Relief("Handheld massager", 1, 1, OptionalDouble.of(2.0), OptionalDouble.of(1.0))), byTool);
    }

    @Test
    void weeklyTrendKeepsAnEmptyWeekBetweenTheFirstAndLastDataPoint() {
        List<SessionRecord> history = List.of(
                session(WEEK_1, "A", 6, 4),
                session(WEEK_1.plusDays(6), "A", 4, null),
                session(WEEK_1.plusDays(15), "A", 3, 2));
        List<DailyPain> checkIns = List.of(checkIn(WEEK_1.plusDays(2), 5), checkIn(WEEK_1.plusDays(3), 6),
                checkIn(WEEK_1.plusDays(22), 2));

        List<WeeklyPain> weekly = Insights.of(history, checkIns, UTC).weekly();

        assertEquals(List.of(
                new WeeklyPain(WEEK_1, 2, OptionalDouble.of(5.0), OptionalDouble.of(5.5)),
                new WeeklyPain(WEEK_1.plusWeeks(1), 0, OptionalDouble.empty(), OptionalDouble.empty()),
                new WeeklyPain(WEEK_1.plusWeeks(2), 1, OptionalDouble.of(3.0), OptionalDouble.empty()),
                new WeeklyPain(WEEK_1.plusWeeks(3), 0, OptionalDouble.empty(), OptionalDouble.of(2.0))), weekly);
    }

    @Test
    void theZoneDecidesTheDayAndSoTheWeek() {
        // Sunday 7 January 23:30 UTC is already Monday 8 January in Berlin.
        Instant sundayNightUtc = Instant.parse("2024-01-07T23:30:00Z");
        List<SessionRecord> history = List.of(
                session(sundayNightUtc, "A", SessionStatus.COMPLETED, Optional.empty(), 5, 3));

        assertEquals(WEEK_1, Insights.of(history, List.of(), UTC).weekly().get(0).weekStart());
        assertEquals(WEEK_1.plusWeeks(1),
                Insights.of(history, List.of(), ZoneId.of("Europe/Berlin")).weekly().get(0).weekStart());
    }

    @Test
    void daysComparisonNeedsThreeCheckedInDaysOfEach() {
        List<SessionRecord> history = List.of(
                session(WEEK_1, "A", 5, 3), session(WEEK_1.plusDays(1), "A", 5, 3),
                session(WEEK_1.plusDays(2), "A", 5, 3),
                session(WEEK_1.plusDays(9), "A", 5, 3)); // no check-in that day: does not count
        List<DailyPain> withDays = List.of(checkIn(WEEK_1, 4), checkIn(WEEK_1.plusDays(1), 3),
                checkIn(WEEK_1.plusDays(2), 5));
        List<DailyPain> withoutDays = List.of(checkIn(WEEK_1.plusDays(3), 6), checkIn(WEEK_1.plusDays(4), 5),
                checkIn(WEEK_1.plusDays(5), 7));

        InsightReport twoWithout = Insights.of(history, concat(withDays, withoutDays.subList(0, 2)), UTC);
        InsightReport twoWith = Insights.of(history, concat(withDays.subList(0, 2), withoutDays), UTC);
        InsightReport threeAndThree = Insights.of(history, concat(withDays, withoutDays), UTC);

        assertEquals(Optional.empty(), twoWithout.days());
        assertEquals(Optional.empty(), twoWith.days());
        assertFalse(twoWithout.sentences().stream().anyMatch(s -> s.contains("without.")), twoWithout.sentences()
                .toString());
        assertFalse(twoWith.sentences().stream().anyMatch(s -> s.contains("averaged")), twoWith.sentences()
                .toString());
        assertEquals(Optional.of(new DaysComparison(3, 4.0, 3, 6.0)), threeAndThree.days());
        assertTrue(threeAndThree.sentences().contains(
                "On the 3 days with a session your daily pain averaged 4.0, against 6.0 on the 3 days without."),
                threeAndThree.sentences().toString());
    }

    /** Six sessions, two a week over three ISO weeks, rated before as given for the first and the last week. */
    private static List<SessionRecord> threeWeeks(int firstA, int firstB, int lastA, int lastB) {
        return List.of(
                session(WEEK_1, "A", firstA, null), session(WEEK_1.plusDays(3), "A", firstB, null),
                session(WEEK_1.plusDays(8), "A", null, null), session(WEEK_1.plusDays(10), "A", null, null),
                session(WEEK_1.plusDays(14), "A", lastA, null), session(WEEK_1.plusDays(16), "A", lastB, null));
    }

    @Test
    void suggestsASpecialistAfterSixSessionsOverThreeWeeksWithoutImprovement() {
        InsightReport report = Insights.of(threeWeeks(5, 5, 4, 4), List.of(), UTC);

        assertTrue(report.suggestSpecialist(), "1 point, 20 %: not enough");
        assertTrue(report.sentences().contains("Your weekly pain has not come down by 2 points or 30 % over 3 weeks"
                + " and 6 sessions. Massage may not be enough on its own; consider seeing a pain specialist, and take"
                + " the report with you."), report.sentences().toString());
    }

    @Test
    void noSpecialistWithFiveSessions() {
        List<SessionRecord> five = threeWeeks(5, 5, 4, 4).subList(1, 6);

        assertFalse(Insights.of(five, List.of(), UTC).suggestSpecialist());
    }

    @Test
    void noSpecialistWhenWeeklyPainDroppedExactlyTwoPointsOrThirtyPercent() {
        assertFalse(Insights.of(threeWeeks(8, 8, 6, 6), List.of(), UTC).suggestSpecialist(), "2 points, 25 %");
        assertFalse(Insights.of(threeWeeks(5, 5, 4, 3), List.of(), UTC).suggestSpecialist(), "5 to 3.5 is 30 %");
        assertTrue(Insights.of(threeWeeks(5, 5, 4, 4), List.of(), UTC).suggestSpecialist(), "control: 20 %");
    }

    @Test
    void noSpecialistWithinTwoWeeks() {
        // Monday of week 1 to Sunday of week 2: 13 days, two ISO weeks.
        List<SessionRecord> twoWeeks = List.of(
                session(WEEK_1, "A", 5, null), session(WEEK_1.plusDays(2), "A", 5, null),
                session(WEEK_1.plusDays(4), "A", 5, null), session(WEEK_1.plusDays(7), "A", 5, null),
                session(WEEK_1.plusDays(9), "A", 5, null), session(WEEK_1.plusDays(13), "A", 5, null));

        InsightReport report = Insights.of(twoWeeks, List.of(), UTC);

        assertFalse(report.suggestSpecialist());
        assertFalse(report.sentences().stream().anyMatch(s -> s.contains("specialist")));
    }

    @Test
    void specialistFallsBackOnCheckInsWhenNoPainBeforeWasRated() {
        List<SessionRecord> unrated = new ArrayList<>();
        for (int day : new int[] {0, 2, 7, 9, 14, 16}) {
            unrated.add(session(WEEK_1.plusDays(day), "A", null, null));
        }
        List<DailyPain> steady = List.of(checkIn(WEEK_1.plusDays(1), 6), checkIn(WEEK_1.plusDays(15), 5));
        List<DailyPain> better = List.of(checkIn(WEEK_1.plusDays(1), 6), checkIn(WEEK_1.plusDays(15), 4));

        assertTrue(Insights.of(unrated, steady, UTC).suggestSpecialist());
        assertFalse(Insights.of(unrated, better, UTC).suggestSpecialist());
        assertFalse(Insights.of(unrated, List.of(), UTC).suggestSpecialist(), "nothing rated, nothing to flag");
    }

    @Test
    void stopReasonsCountStoppedSessionsAndInProgressSessionsAreLeftOut() {
        Instant t = Instant.parse("2024-01-02T18:00:00Z");
        List<SessionRecord> history = List.of(
                session(t, "A", SessionStatus.STOPPED, Optional.of(StopReason.PAIN_WORSE), 4, 6),
                session(t.plusSeconds(86_400), "A", SessionStatus.STOPPED, Optional.of(StopReason.PAIN_WORSE), 4,
                        null),
                session(t.plusSeconds(172_800), "A", SessionStatus.STOPPED, Optional.of(StopReason.OUT_OF_TIME),
                        null, null),
                session(t.plusSeconds(259_200), "A", SessionStatus.COMPLETED, Optional.empty(), 5, 3),
                session(t.plusSeconds(345_600), "A", SessionStatus.IN_PROGRESS, Optional.empty(), 5, null));

        InsightReport report = Insights.of(history, List.of(), UTC);

        assertEquals(Map.of(StopReason.PAIN_WORSE, 2, StopReason.OUT_OF_TIME, 1), report.stopReasons());
        assertEquals(4, report.sessions());
        assertEquals(2, report.ratedSessions());
    }

    @Test
    void sentencesGiveTheNumbersAndCallReliefImmediate() {
        List<SessionRecord> history = List.of(
                session(WEEK_1, "Low-back relief", 6, 3),
                session(WEEK_1.plusDays(1), "Low-back relief", 5, 3),
                session(WEEK_1.plusDays(2), "Neck", 5, 4),
                session(WEEK_1.plusDays(3), "Neck", 4, 2));

        InsightReport report = Insights.of(history, List.of(), UTC);

        assertEquals(OptionalDouble.of(5.0), report.meanBefore());
        assertEquals(OptionalDouble.of(3.0), report.meanAfter());
        assertEquals(OptionalDouble.of(0.75), report.meaningfulShare());
        assertEquals(List.of(
                "Across 4 rated sessions, pain was 2.0 points lower right after the session on average"
                        + " (immediate relief).",
                "Meaningful immediate relief (2 points or 30 % less) in 3 of 4 rated sessions (75 %).",
                "Low-back relief helped most: 2.5 points less right after the session on average over 2 rated"
                        + " sessions (immediate relief)."), report.sentences());
        report.sentences().forEach(s -> assertTrue(s.contains("immediate"), s));
    }

    @Test
    void higherPainAfterIsNotCalledRelief() {
        List<SessionRecord> history = List.of(session(WEEK_1, "A", 3, 5));

        assertEquals("Across 1 rated session, pain was 2.0 points higher right after the session on average"
                + " (no immediate relief).", Insights.of(history, List.of(), UTC).sentences().get(0));
    }

    @Test
    void emptyHistoryHasZeroCountsAndAsksForRatings() {
        InsightReport report = Insights.of(List.of(), List.of(), UTC);

        assertEquals(0, report.sessions());
        assertEquals(0, report.ratedSessions());
        assertEquals(OptionalDouble.empty(), report.meanBefore());
        assertEquals(OptionalDouble.empty(), report.meaningfulShare());
        assertEquals(List.of(), report.byRoutine());
        assertEquals(List.of(), report.byTool());
        assertEquals(List.of(), report.weekly());
        assertEquals(Optional.empty(), report.days());
        assertFalse(report.suggestSpecialist());
        assertEquals(Map.of(), report.stopReasons());
        assertEquals(List.of("Rate your pain before and after a few sessions to see what helps."),
                report.sentences());
    }

    private static <T> List<T> concat(List<T> a, List<T> b) {
        List<T> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
