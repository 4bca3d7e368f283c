package org.unknot.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

/** Counts, weeks, days with and without a session, and the one pass that reads a history in any order. */
class InsightsTest {

    @Test
    void sessionsInProgressAreLeftOutOfEveryCount() {
        PainHistory history = new PainHistory().session(0, "A", 6, 4).session(0, "B", 5, 5).session(0, "B", 5, 5)
                .add(1, "A", SessionStatus.IN_PROGRESS, Optional.empty(), 6, null)
                .add(2, "A", SessionStatus.INTERRUPTED, Optional.empty(), 5, null)
                .stopped(3, "A", StopReason.PAIN_WORSE, 5, 6);

        InsightReport report = history.report();

        assertEquals(5, report.sessions());
        assertEquals(4, report.ratedSessions());
        assertEquals(1, report.painRoseSessions(), "no change is not a rise");
        assertEquals(Map.of(StopReason.PAIN_WORSE, 1), report.stopReasons());
        assertEquals(3, report.byRoutine().get(0).sessions());
        assertEquals(OptionalDouble.of(5.25), report.meanBefore());
        assertEquals(OptionalDouble.of(5.0), report.meanAfter());
    }

    @Test
    void theOrderSessionsArriveInChangesNothing() {
        PainHistory history = new PainHistory().session(0, "A", 5, 4).session(3, "B", 5, 6).session(5, "A", 5, 6)
                .session(8, "B", 6, 7).stopped(9, "A", StopReason.PAIN_WORSE, 5, 5).session(20, "A", 5, 3)
                .checkIn(1, 4).checkIn(2, 5).checkIn(3, 5).checkIn(19, 6).checkIn(20, 6).checkIn(21, 7);
        List<SessionRecord> shuffled = new ArrayList<>(history.sessions);
        Collections.reverse(shuffled);

        assertEquals(history.report(), Insights.of(shuffled, history.checkIns, PainHistory.UTC));
    }

    @Test
    void weeksRunFromTheFirstToTheLastWithDataAndKeepEmptyWeeksAndEachMeasureApart() {
        InsightReport report = new PainHistory().session(1, "A", 6, 4).session(2, "A", 4, null).checkIn(3, 5)
                .checkIn(16, 3).report();

        assertEquals(List.of(
                new WeeklyPain(PainHistory.DAY_0, 2, OptionalDouble.of(5), 2, OptionalDouble.of(4), 1,
                        OptionalDouble.of(5), 1),
                new WeeklyPain(PainHistory.DAY_0.plusWeeks(1), 0, OptionalDouble.empty(), 0, OptionalDouble.empty(), 0,
                        OptionalDouble.empty(), 0),
                new WeeklyPain(PainHistory.DAY_0.plusWeeks(2), 0, OptionalDouble.empty(), 0, OptionalDouble.empty(), 0,
                        OptionalDouble.of(3), 1)), report.weekly());
        assertEquals(Optional.of(PainHistory.DAY_0.plusDays(1)), report.firstDay());
        assertEquals(Optional.of(PainHistory.DAY_0.plusDays(16)), report.lastDay());
    }

    @Test
    void theZoneDecidesTheDayAndSoTheWeek() {
        // Sunday 23:30 in UTC is already Monday in Berlin.
        SessionRecord lateSunday = new PainHistory().session(-1, "A", 5, 4).sessions.get(0);
        SessionRecord moved = new SessionRecord(1, Optional.empty(), "A", PerformedBy.SELF,
                PainHistory.DAY_0.minusDays(1).atTime(23, 30).toInstant(java.time.ZoneOffset.UTC), Optional.empty(),
                SessionStatus.COMPLETED, Optional.empty(), 600, 600, lateSunday.painBefore(), lateSunday.painAfter(),
                "", Worked.of());

        LocalDate utcWeek = Insights.of(List.of(moved), List.of(), PainHistory.UTC).weekly().get(0).weekStart();
        LocalDate berlinWeek = Insights.of(List.of(moved), List.of(), ZoneId.of("Europe/Berlin")).weekly().get(0)
                .weekStart();

        assertEquals(PainHistory.DAY_0.minusWeeks(1), utcWeek);
        assertEquals(PainHistory.DAY_0, berlinWeek);
    }

    @Test
    void daysWithAndWithoutASessionNeedThreeCheckedInDaysOfEach() {
        PainHistory history = new PainHistory().session(0, "A", 5, 4).session(1, "A", 5, 4).session(2, "A", 5, 4)
                .checkIn(0, 6).checkIn(1, 6).checkIn(2, 7).checkIn(3, 4).checkIn(4, 4);

        assertEquals(Optional.empty(), history.report().days(), "two days without");

        history.checkIn(5, 5);
        DaysComparison days = history.report().days().orElseThrow();
        assertEquals(3, days.daysWith());
        assertEquals(19 / 3.0, days.meanWith(), 1e-9);
        assertEquals(3, days.daysWithout());
        assertEquals(13 / 3.0, days.meanWithout(), 1e-9);
        assertTrue(history.sentences().contains("On the 3 days with a session your daily check-in averaged 6.3/10,"
                + " against 4.3/10 on the 3 days without. People often massage on their worse days, so this does not"
                + " show what massage does."), history.sentences().toString());
    }

    @Test
    void anEmptyPeriodSaysSo() {
        InsightReport report = new PainHistory().report();

        assertEquals(0, report.sessions());
        assertEquals(Suggestion.NONE, report.suggestion());
        assertEquals(List.of("Nothing recorded in this period yet."), report.sentences());
        assertEquals(Optional.empty(), report.firstDay());
    }

    @Test
    void unratedSessionsAskForRatingsAndHigherPainAfterIsNoRelief() {
        assertTrue(new PainHistory().session(0, "A", null, null).sentences()
                .contains("Rate your pain before and after a few sessions to see what helps."));
        assertTrue(new PainHistory().session(0, "A", 4, 6).sentences().contains("Across 1 rated session, pain was"
                + " 2.0 points higher right after the session on average (no immediate relief)."));
        assertTrue(new PainHistory().session(0, "A", 4, 4).sentences().contains("Across 1 rated session, pain was"
                + " about the same right after the session on average (no immediate relief)."));
    }
}
