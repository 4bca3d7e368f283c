package org.unknot.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

/** Insights count flare days, and tell gentle sessions from full ones, comparing relief only from 3 rated of each. */
class FlareInsightsTest {

    private static final LocalDate MONDAY = LocalDate.of(2026, 1, 5);

    private final List<SessionRecord> sessions = new ArrayList<>();
    private final List<DailyPain> checkIns = new ArrayList<>();

    private void session(int day, int before, int after, boolean gentle) {
        sessions.add(new SessionRecord(sessions.size() + 1, Optional.empty(), "Evening", PerformedBy.SELF,
                MONDAY.plusDays(day).atTime(18, 0).toInstant(ZoneOffset.UTC), Optional.empty(),
                SessionStatus.COMPLETED, Optional.empty(), 600, 600, Optional.of(new PainScore(before)),
                Optional.of(new PainScore(after)), "", Worked.of(Tool.FOAM_ROLLER), gentle));
    }

    private void checkIn(int day, int score, boolean flare) {
        checkIns.add(new DailyPain(MONDAY.plusDays(day), new PainScore(score), flare));
    }

    private InsightReport report() {
        return Insights.of(sessions, checkIns, ZoneOffset.UTC);
    }

    @Test
    void aPeriodWithoutFlaresOrGentleSessionsSaysNothingOfThem() {
        session(0, 5, 3, false);
        checkIn(1, 4, false);

        InsightReport report = report();

        assertEquals(0, report.flare().flareDays());
        assertEquals(1, report.flare().full().sessions());
        assertTrue(report.sentences().stream().noneMatch(line -> line.contains("flare")), report.sentences()::toString);
    }

    @Test
    void flareDaysAreCountedAcrossWeeksAndMarkedOnTheirWeek() {
        checkIn(0, 8, true);
        checkIn(1, 5, false);
        checkIn(9, 9, true);
        session(9, 8, 6, true);

        InsightReport report = report();

        assertEquals(2, report.flare().flareDays());
        assertEquals(List.of(1, 1), report.weekly().stream().map(WeeklyPain::flareDays).toList());
        assertTrue(report.sentences().contains(
                "2 flare days marked in your check-ins; 1 session played gently and 0 as planned."),
                report.sentences()::toString);
    }

    @Test
    void twoRatedGentleSessionsGiveCountsOnly() {
        session(0, 8, 7, true);
        session(1, 8, 7, true);
        session(2, 6, 3, false);
        session(3, 6, 3, false);
        session(4, 6, 3, false);

        FlareInsights flare = report().flare();

        assertEquals(2, flare.gentle().sessions());
        assertEquals(3, flare.full().sessions());
        assertFalse(flare.comparable());
        assertEquals(List.of("0 flare days marked in your check-ins; 2 sessions played gently and 3 as planned."),
                flare.sentences());
    }

    @Test
    void threeRatedOfEachCompareTheirMeanRelief() {
        session(0, 8, 7, true);
        session(1, 8, 7, true);
        session(2, 8, 6, true);
        session(3, 6, 3, false);
        session(4, 6, 3, false);
        session(5, 6, 4, false);

        FlareInsights flare = report().flare();

        assertTrue(flare.comparable());
        assertEquals(OptionalDouble.of(4 / 3.0), flare.gentle().meanRelief());
        assertEquals(List.of("0 flare days marked in your check-ins; 3 sessions played gently and 3 as planned.",
                "Immediate relief averaged 1.3 points in gentle sessions (3 rated) and 2.7 in full ones (3 rated)."),
                flare.sentences());
    }

    @Test
    void threeRatedGentleButTwoRatedFullGiveCountsOnly() {
        session(0, 8, 7, true);
        session(1, 8, 7, true);
        session(2, 8, 6, true);
        session(3, 6, 3, false);
        session(4, 6, 3, false);

        assertFalse(report().flare().comparable());
        assertEquals(1, report().flare().sentences().size());
    }
}
