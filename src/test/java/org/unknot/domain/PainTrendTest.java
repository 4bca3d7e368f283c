package org.unknot.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The trend reads one measure: check-ins when both windows hold 3, else pain before sessions; never both. */
class PainTrendTest {

    private static PainTrend trend(PainHistory history) {
        return history.report().trend().orElseThrow();
    }

    @Test
    void checkInsAreTheMeasureWhenBothWindowsHoldThree() {
        PainHistory history = new PainHistory().checkIn(0, 6).checkIn(1, 6).checkIn(2, 9)
                .checkIn(40, 3).checkIn(41, 3).checkIn(42, 4)
                .session(0, "A", 2, 1).session(1, "A", 2, 1).session(2, "A", 2, 1)
                .session(40, "A", 8, 7).session(41, "A", 8, 7).session(42, "A", 8, 7);

        PainTrend trend = trend(history);

        assertEquals(PainMeasure.CHECK_INS, trend.measure());
        assertEquals(7.0, trend.baseline().mean(), 1e-9);
        assertEquals(3, trend.baseline().count());
        assertEquals(10 / 3.0, trend.current().mean(), 1e-9);
        assertEquals(42, trend.daysSpanned());
    }

    @Test
    void withTwoCheckInsInAWindowPainBeforeSessionsIsTheMeasureAndCheckInsAreLeftOut() {
        PainHistory history = new PainHistory().checkIn(0, 9).checkIn(1, 9).checkIn(2, 9)
                .checkIn(40, 9).checkIn(41, 9)
                .session(0, "A", 5, 4).session(1, "A", 5, 4).session(2, "A", 5, 4)
                .session(40, "A", 4, 3).session(41, "A", 4, 3).session(42, "A", 4, 3);

        PainTrend trend = trend(history);

        assertEquals(PainMeasure.PAIN_BEFORE, trend.measure());
        assertEquals(5.0, trend.baseline().mean(), 1e-9);
        assertEquals(4.0, trend.current().mean(), 1e-9);
        assertTrue(history.sentences().contains("Pain before sessions: 5.0/10 on average in the first 2 weeks"
                + " (3 rated sessions) and 4.0/10 in the last 2 weeks (3 rated sessions), 20 % lower."),
                history.sentences().toString());
    }

    @Test
    void theBaselineIsTheFirstFourteenDaysOfTheMeasureAndTheCurrentTheLastFourteen() {
        PainHistory history = new PainHistory().checkIn(5, 4).checkIn(6, 4).checkIn(18, 4).checkIn(19, 10)
                .checkIn(41, 10).checkIn(42, 2).checkIn(54, 2).checkIn(55, 2);

        PainTrend trend = trend(history);

        assertEquals(PainHistory.DAY_0.plusDays(5), trend.baseline().from());
        assertEquals(PainHistory.DAY_0.plusDays(18), trend.baseline().to());
        assertEquals(3, trend.baseline().count(), "day 18 is the 14th day and counts; day 19 does not");
        assertEquals(4.0, trend.baseline().mean(), 1e-9);
        assertEquals(3, trend.current().count(), "day 42 is the first of the last 14 days; day 41 is before it");
        assertEquals(2.0, trend.current().mean(), 1e-9);
    }

    @Test
    void twoRatingsInAWindowMakeNoTrend() {
        PainHistory history = new PainHistory().session(0, "A", 5, 4).session(1, "A", 5, 4)
                .session(30, "A", 5, 4).session(31, "A", 5, 4).session(32, "A", 5, 4);

        assertEquals(Optional.empty(), history.report().trend());
        assertTrue(history.sentences().stream().anyMatch(s -> s.startsWith("To see a trend")));
    }

    @Test
    void aWeekOfCheckInsBeforeTheFirstSessionDoesNotChangeTheVerdict() {
        PainHistory sessionsOnly = new PainHistory();
        PainHistory withCheckInsFirst = new PainHistory();
        for (PainHistory history : new PainHistory[] {sessionsOnly, withCheckInsFirst}) {
            history.daily(7, 3, "A", 6, 6).daily(33, 3, "A", 6, 6);
        }
        for (int day = 0; day < 7; day++) {
            withCheckInsFirst.checkIn(day, 9);
        }

        assertEquals(Suggestion.SPECIALIST, sessionsOnly.report().suggestion());
        assertEquals(Suggestion.SPECIALIST, withCheckInsFirst.report().suggestion());
        assertEquals(PainMeasure.PAIN_BEFORE, trend(withCheckInsFirst).measure());
    }
}
