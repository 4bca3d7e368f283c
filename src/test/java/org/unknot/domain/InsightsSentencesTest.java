package org.unknot.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The insight sentences at their limits: who "helped most", when relief is "about the same", pain-free weeks. */
class InsightsSentencesTest {

    /** A Monday. */
    private static final LocalDate MONDAY = LocalDate.of(2024, 1, 1);

    private final List<SessionRecord> history = new ArrayList<>();
    /** Days after {@link #MONDAY} of the next session added. */
    private int day;

    private void add(String routine, int before, int after, Tool... tools) {
        history.add(new SessionRecord(history.size() + 1, Optional.empty(), routine, PerformedBy.SELF,
                MONDAY.plusDays(day++).atTime(18, 0).toInstant(ZoneOffset.UTC), Optional.empty(),
                SessionStatus.COMPLETED, Optional.empty(), 600, 600, Optional.of(new PainScore(before)),
                Optional.of(new PainScore(after)), "", Set.of(tools)));
    }

    private List<String> sentences() {
        return Insights.of(history, List.of(), ZoneOffset.UTC).sentences();
    }

    private boolean namesAWinner() {
        return sentences().stream().anyMatch(s -> s.contains("helped most"));
    }

    @Test
    void theWinnerIsTheHighestMeanReliefNotTheRoutineWithMostSessions() {
        add("Often", 5, 4);
        add("Often", 5, 4);
        add("Often", 5, 4);
        add("Seldom", 6, 3);
        add("Seldom", 6, 3);

        assertTrue(sentences().contains("Seldom helped most: 3.0 points less right after the session on average over"
                + " 2 rated sessions (immediate relief)."), sentences().toString());
    }

    @Test
    void aTieNamesNoWinner() {
        add("A", 5, 3);
        add("A", 5, 3);
        add("B", 6, 4);
        add("B", 6, 4);

        assertFalse(namesAWinner(), sentences().toString());
    }

    @Test
    void aBestRoutineWithoutReliefIsNoWinner() {
        add("Same", 5, 5);
        add("Same", 5, 5);
        add("Worse", 4, 5);
        add("Worse", 4, 5);

        assertFalse(namesAWinner(), sentences().toString());
    }

    @Test
    void theToolThatHelpedMostIsNamedToo() {
        add("One routine", 6, 3, Tool.FOAM_ROLLER);
        add("One routine", 6, 3, Tool.FOAM_ROLLER);
        add("One routine", 5, 4, Tool.COLD_BALL);
        add("One routine", 5, 4, Tool.COLD_BALL);

        assertEquals("Foam roller helped most: 3.0 points less right after the session on average over 2 rated"
                + " sessions (immediate relief).", sentences().get(sentences().size() - 1));
        assertEquals(3, sentences().size(), "one routine names no routine winner: " + sentences());
    }

    @Test
    void noChangeIsAboutTheSame() {
        add("A", 5, 5);

        assertEquals("Across 1 rated session, pain was about the same right after the session on average"
                + " (no immediate relief).", sentences().get(0));
    }

    @Test
    void aMeanReliefThatRoundsToOneTenthIsNoLongerAboutTheSame() {
        add("A", 5, 4);
        for (int i = 0; i < 19; i++) {
            add("A", 5, 5);
        }
        // 1 point over 20 sessions: 0.05, shown as 0.1
        assertEquals("Across 20 rated sessions, pain was 0.1 points lower right after the session on average"
                + " (immediate relief).", sentences().get(0));

        add("A", 5, 5);
        // 1 point over 21 sessions: 0.048, which would show as 0.0
        assertEquals("Across 21 rated sessions, pain was about the same right after the session on average"
                + " (no immediate relief).", sentences().get(0));
    }

    @Test
    void weeksWithoutPainNeverSuggestASpecialist() {
        // six sessions over three ISO weeks, as a specialist would otherwise be suggested
        for (int on : new int[] {0, 2, 7, 9, 14, 16}) {
            day = on;
            add("A", 0, 0);
        }

        InsightReport report = Insights.of(history, List.of(), ZoneOffset.UTC);

        assertEquals(6, report.sessions());
        assertEquals(3, report.weekly().size());
        assertFalse(report.suggestSpecialist(), report.sentences().toString());
    }

    @Test
    void onlyStoppedSessionsCountTowardsTheReasonsForStopping() {
        java.time.Instant evening = MONDAY.atTime(18, 0).toInstant(ZoneOffset.UTC);
        SessionRecord stopped = new SessionRecord(1, Optional.empty(), "A", PerformedBy.SELF, evening,
                Optional.empty(), SessionStatus.STOPPED, Optional.of(StopReason.EQUIPMENT), 600, 60,
                Optional.empty(), Optional.empty(), "", Set.of());
        SessionRecord interrupted = new SessionRecord(2, Optional.empty(), "A", PerformedBy.SELF,
                evening.plusSeconds(86_400), Optional.empty(), SessionStatus.INTERRUPTED,
                Optional.of(StopReason.OTHER), 600, 60, Optional.empty(), Optional.empty(), "", Set.of());

        assertEquals(java.util.Map.of(StopReason.EQUIPMENT, 1),
                Insights.of(List.of(stopped, interrupted), List.of(), ZoneOffset.UTC).stopReasons());
    }
}
