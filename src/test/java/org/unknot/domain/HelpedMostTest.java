package org.unknot.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** "Helped most" only with two candidates of ≥ 10 rated sessions and a lead of ≥ 1 point; never from noise. */
class HelpedMostTest {

    /** {@code n} sessions of {@code routine} rated 6 → 6 − relief, and one more with one point more relief. */
    private static PainHistory routine(PainHistory history, String routine, int n, int relief, boolean onePointMore,
                                       Tool... tools) {
        int day = history.sessions.size();
        history.daily(day, n, routine, 6, 6 - relief, tools);
        if (onePointMore) {
            history.session(day + n, routine, 6, 5 - relief, tools);
        }
        return history;
    }

    @Test
    void aLeadOfOnePointOverTenRatedSessionsEachNamesTheWinner() {
        PainHistory history = routine(new PainHistory(), "Roller", 10, 2, false);
        routine(history, "Cold", 10, 1, false);

        InsightReport report = history.report();

        assertEquals("Roller", report.helpedMostRoutine().orElseThrow().key());
        assertTrue(report.sentences().contains("Roller helped most: 2.0 points less right after the session on average"
                + " over 10 rated sessions, against 1.0 for Cold (10 rated sessions; immediate relief)."),
                report.sentences().toString());
    }

    @Test
    void aLeadOfLessThanOnePointNamesNoWinner() {
        PainHistory history = routine(new PainHistory(), "Roller", 10, 2, false);
        routine(history, "Cold", 9, 1, true);

        InsightReport report = history.report();

        assertEquals(Optional.empty(), report.helpedMostRoutine(), "2.0 against 1.1");
        assertTrue(report.sentences().contains("No clear difference between routines yet: Roller 2.0 points"
                + " (10 rated sessions), Cold 1.1 points (10 rated sessions). A routine stands out with 10 rated"
                + " sessions and a lead of at least 1 point over the next."), report.sentences().toString());
    }

    @Test
    void theWinnerIsSetAgainstTheNextBestAndUnratedRoutinesAreLeftOutOfTheComparison() {
        PainHistory history = routine(new PainHistory(), "Roller", 10, 4, false);
        routine(history, "Cold", 10, 1, false);
        routine(history, "Massager", 10, 2, false);
        history.session(40, "Unrated", null, null);

        assertTrue(history.sentences().contains("Roller helped most: 4.0 points less right after the session on"
                + " average over 10 rated sessions, against 2.0 for Massager (10 rated sessions; immediate relief)."),
                history.sentences().toString());

        PainHistory close = routine(new PainHistory(), "Roller", 10, 2, false);
        routine(close, "Cold", 10, 2, false);
        close.session(40, "Unrated", null, null);
        assertTrue(close.sentences().stream().anyMatch(s -> s.startsWith("No clear difference between routines yet:")
                && !s.contains("Unrated")), close.sentences().toString());
    }

    @Test
    void nineRatedSessionsAreNotEnoughToCompare() {
        PainHistory history = routine(new PainHistory(), "Roller", 10, 3, false);
        routine(history, "Cold", 9, 0, false);

        assertEquals(Optional.empty(), history.report().helpedMostRoutine());
        routine(history, "Cold", 1, 0, false);
        assertEquals("Roller", history.report().helpedMostRoutine().orElseThrow().key());
    }

    @Test
    void aLeaderWithoutReliefIsNoWinner() {
        PainHistory history = routine(new PainHistory(), "Roller", 10, 0, false);
        routine(history, "Cold", 10, -1, false);

        assertEquals(Optional.empty(), history.report().helpedMostRoutine());
    }

    @Test
    void aToolIsCreditedOnlyWithSessionsThatWorkedWithItAndIsNamedByItsId() {
        PainHistory history = routine(new PainHistory(), "Massager then cold", 10, 3, false, Tool.HANDHELD_MASSAGER,
                Tool.COLD_BALL);
        // Stopped during the massager step: the cold ball never touched the skin.
        routine(history, "Massager then cold", 10, 0, false, Tool.HANDHELD_MASSAGER);

        InsightReport report = history.report();

        Relief cold = report.byTool().stream().filter(r -> r.key().equals("cold-ball")).findFirst().orElseThrow();
        Relief massager = report.byTool().stream().filter(r -> r.key().equals("handheld-massager")).findFirst()
                .orElseThrow();
        assertEquals(10, cold.sessions());
        assertEquals(3.0, cold.meanRelief().orElseThrow(), 1e-9);
        assertEquals(20, massager.sessions());
        assertEquals(1.5, massager.meanRelief().orElseThrow(), 1e-9);
        assertEquals("cold-ball", report.helpedMostTool().orElseThrow().key());
        assertTrue(report.sentences().stream().anyMatch(s -> s.startsWith("Cold ball helped most: 3.0 points")),
                report.sentences().toString());
        assertEquals(List.of("handheld-massager", "cold-ball"), report.byTool().stream().map(Relief::key).toList());
    }
}
