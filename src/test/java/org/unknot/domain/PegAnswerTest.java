package org.unknot.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PegAnswerTest {

    private static final LocalDate MONDAY = LocalDate.of(2026, 11, 16);

    @Test
    void theScoreIsTheMeanOfTheThreeItemsShownWithOneDecimal() {
        PegAnswer answer = PegAnswer.of(MONDAY, 6, 5, 5);
        assertEquals(16 / 3.0, answer.score(), 1e-12);
        assertEquals("5.3", answer.scoreText());
        assertEquals("0.0", PegAnswer.of(MONDAY, 0, 0, 0).scoreText());
        assertEquals("10.0", PegAnswer.of(MONDAY, 10, 10, 10).scoreText());
    }

    @Test
    void aMissingItemIsRefusedWithASentenceNamingIt() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> PegAnswer.of(MONDAY, 4, null, 3));
        assertEquals("Choose a number from 0 to 10 for enjoyment of life; each of the three questions needs one.",
                refused.getMessage());
        assertEquals(Optional.of("Choose a number from 0 to 10 for average pain; each of the three questions needs"
                + " one."), PegAnswer.problem(null, null, null));
        assertEquals(Optional.of("Choose a number from 0 to 10 for general activity; each of the three questions"
                + " needs one."), PegAnswer.problem(1, 2, null));
    }

    @Test
    void itemsAreRefusedJustOutsideZeroToTenAndKeptAtItsEdges() {
        assertEquals(Optional.of("The answer for average pain must be from 0 to 10, not 11."),
                PegAnswer.problem(11, 0, 0));
        assertEquals(Optional.of("The answer for general activity must be from 0 to 10, not -1."),
                PegAnswer.problem(0, 0, -1));
        assertThrows(IllegalArgumentException.class, () -> new PegAnswer(MONDAY, 0, 11, 0));
        assertEquals(Optional.empty(), PegAnswer.problem(0, 10, 0));
    }

    @Test
    void aWeekIsNamedByItsMonday() {
        assertEquals(MONDAY, PegAnswer.weekOf(MONDAY));
        assertEquals(MONDAY, PegAnswer.weekOf(LocalDate.of(2026, 11, 22)));
        assertEquals(LocalDate.of(2026, 11, 23), PegAnswer.weekOf(LocalDate.of(2026, 11, 23)));
        assertThrows(IllegalArgumentException.class, () -> new PegAnswer(MONDAY.plusDays(1), 1, 1, 1));
    }
}
