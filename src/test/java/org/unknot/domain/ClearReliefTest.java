package org.unknot.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Clear immediate relief needs both a 2-point and a 30 % drop (Farrar 2001; Ostelo 2008). */
class ClearReliefTest {

    private static boolean clear(int before, int after) {
        return ClearRelief.of(new PainScore(before), new PainScore(after));
    }

    @Test
    void twoPointsAndThirtyPercentAreBothNeeded() {
        assertTrue(clear(6, 4), "2 points, 33 %");
        assertTrue(clear(10, 7), "3 points, exactly 30 %");
        assertTrue(clear(2, 0), "2 points, 100 %");
        assertFalse(clear(10, 8), "2 points but only 20 %");
        assertFalse(clear(7, 5), "2 points but 29 %");
        assertTrue(clear(7, 4), "3 points, 43 %");
        assertFalse(clear(3, 2), "33 % but only 1 point");
        assertFalse(clear(1, 0), "100 % but only 1 point");
        assertFalse(clear(5, 5), "no change");
        assertFalse(clear(3, 5), "worse");
    }

    @Test
    void aThirtyPercentFallIsMeasuredOnTheMeans() {
        assertTrue(ClearRelief.thirtyPercentLower(10, 7));
        assertFalse(ClearRelief.thirtyPercentLower(10, 7.01));
        assertTrue(ClearRelief.thirtyPercentLower(5, 3.5));
        assertFalse(ClearRelief.thirtyPercentLower(5, 3.6));
    }

    @Test
    void clearReliefIsCountedPerSessionAndNeverCalledMeaningful() {
        InsightReport report = new PainHistory()
                .session(0, "A", 6, 4).session(1, "A", 7, 5).session(2, "A", 3, 2).session(3, "A", 10, 6)
                .session(4, "A", 5, 5).report();

        assertEquals(2, report.clearReliefSessions());
        assertEquals(5, report.ratedSessions());
        assertEquals(2, report.byRoutine().get(0).clearRelief());
        assertTrue(report.sentences().contains("Clear immediate relief (at least 2 points and 30 % less) in 2 of 5"
                + " rated sessions (40 %)."), report.sentences().toString());
        assertTrue(report.sentences().stream().noneMatch(s -> s.toLowerCase().contains("meaningful")));
    }
}
