package org.unknot.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class PegSummaryTest {

    private static final LocalDate FIRST = LocalDate.of(2026, 9, 7);

    /** Answers a week apart, each item equal to the given value. */
    private static PegSummary answers(int... values) {
        List<PegAnswer> answers = new ArrayList<>();
        for (int i = 0; i < values.length; i++) {
            answers.add(new PegAnswer(FIRST.plusWeeks(i), values[i], values[i], values[i]));
        }
        return new PegSummary(answers);
    }

    @Test
    void noBaselineOrCurrentIsClaimedFromFewerThanFourAnswers() {
        for (int n = 0; n < 4; n++) {
            PegSummary summary = answers(new int[n]);
            assertEquals(n, summary.count());
            assertEquals(OptionalDouble.empty(), summary.baseline(), n + " answers");
            assertEquals(OptionalDouble.empty(), summary.current(), n + " answers");
            assertFalse(summary.clearImprovement());
        }
        assertEquals(Optional.empty(), answers().sentence());
        assertEquals(Optional.of("Weekly PEG (pain, and how it interferes with enjoyment of life and general activity):"
                + " 3 answers so far, the latest 2.0/10. A baseline and a current score need 4 weekly answers."),
                answers(8, 8, 2).sentence());
        assertEquals("1 answer so far", answers(5).sentence().orElseThrow().split(": ")[1].split(", ")[0]);
    }

    @Test
    void fromFourAnswersTheBaselineIsTheFirstTwoAndTheCurrentTheLastTwo() {
        PegSummary summary = answers(8, 6, 1, 9, 5, 3);
        assertEquals(6, summary.count());
        assertEquals(7.0, summary.baseline().getAsDouble(), 1e-12);
        assertEquals(4.0, summary.current().getAsDouble(), 1e-12);
        assertTrue(summary.compared());
    }

    @Test
    void answersGivenOutOfOrderAreTakenInWeekOrder() {
        PegSummary summary = new PegSummary(List.of(new PegAnswer(FIRST.plusWeeks(3), 2, 2, 2),
                new PegAnswer(FIRST, 8, 8, 8), new PegAnswer(FIRST.plusWeeks(2), 2, 2, 2),
                new PegAnswer(FIRST.plusWeeks(1), 8, 8, 8)));
        assertEquals(8.0, summary.baseline().getAsDouble(), 1e-12);
        assertEquals(2.0, summary.current().getAsDouble(), 1e-12);
    }

    @Test
    void aFallOfExactlyThirtyPercentIsAClearImprovementAndJustLessIsNot() {
        // baseline items 10,10,10 and 10,10,10 (60 points); current 7 × 6 = 42 points is exactly 30 % less
        PegSummary exactly = answers(10, 10, 7, 7);
        assertTrue(exactly.clearImprovement());
        assertEquals(-30.0, exactly.changePercent().getAsDouble(), 1e-12);
        assertTrue(exactly.sentence().orElseThrow().endsWith(
                "10.0/10 at first (first 2 answers) and 7.0/10 now (last 2 answers), 30 % lower over 4 answers:"
                        + " a clear improvement in how pain interferes."), exactly.sentence().orElseThrow());
        // one item point more (43 of 60 points) is a fall of 28.3 %
        PegSummary justLess = new PegSummary(List.of(new PegAnswer(FIRST, 10, 10, 10),
                new PegAnswer(FIRST.plusWeeks(1), 10, 10, 10), new PegAnswer(FIRST.plusWeeks(2), 7, 7, 7),
                new PegAnswer(FIRST.plusWeeks(3), 8, 7, 7)));
        assertFalse(justLess.clearImprovement());
        assertTrue(justLess.sentence().orElseThrow().endsWith(
                "28 % lower over 4 answers. A fall of 30 % or more would be a clear improvement."),
                justLess.sentence().orElseThrow());
    }

    @Test
    void aRiseOrNoPainAtFirstIsNeverAnImprovement() {
        PegSummary risen = answers(4, 4, 6, 6);
        assertFalse(risen.clearImprovement());
        assertEquals("50 % higher", risen.direction());
        PegSummary none = answers(0, 0, 0, 0);
        assertFalse(none.clearImprovement());
        assertEquals("about the same", none.direction());
    }
}
