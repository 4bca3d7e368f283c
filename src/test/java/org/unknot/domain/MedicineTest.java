package org.unknot.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A medicine's limits, at each edge, and which days it was current on. */
class MedicineTest {

    private static final LocalDate START = LocalDate.of(2026, 11, 3);

    private static Medicine medicine(MedicineUse use, Optional<LocalDate> stop) {
        return new Medicine("Ibuprofen", "400 mg", use, START, stop);
    }

    @Test
    void aNameIsTrimmedAndHoldsOneToEightyCharacters() {
        assertEquals("Give the medicine a name.", Medicine.nameProblem(" \u00a0 "));
        assertEquals("", Medicine.nameProblem("x"));
        assertEquals("", Medicine.nameProblem("  " + "💊".repeat(80) + " "));
        assertEquals("The name is 81 characters; shorten it to 80.", Medicine.nameProblem("x".repeat(81)));
        assertEquals("Ibuprofen", new Medicine("  Ibuprofen ", "", MedicineUse.REGULAR, START,
                Optional.empty()).name());
    }

    @Test
    void aDoseMayBeEmptyAndHoldsAtMostEightyCharacters() {
        assertEquals("", Medicine.doseProblem(""));
        assertEquals("", Medicine.doseProblem("x".repeat(80)));
        assertEquals("The dose is 81 characters; shorten it to 80.", Medicine.doseProblem("x".repeat(81)));
    }

    @Test
    void aStopDateMayBeTheStartDateButNotTheDayBefore() {
        assertEquals("", Medicine.stopProblem(START, Optional.of(START)));
        assertEquals("", Medicine.stopProblem(START, Optional.empty()));
        assertEquals("The stop date is before the start date; choose the start date or a later day.",
                Medicine.stopProblem(START, Optional.of(START.minusDays(1))));
    }

    @Test
    void aMedicineThatBreaksARuleIsRefusedWithItsSentence() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> new Medicine("", "", MedicineUse.REGULAR, START, Optional.empty()));
        assertEquals("Give the medicine a name.", refused.getMessage());
        assertThrows(IllegalArgumentException.class, () -> medicine(MedicineUse.REGULAR,
                Optional.of(START.minusDays(1))));
    }

    @Test
    void itIsCurrentFromItsStartThroughItsStopDay() {
        Medicine stopped = medicine(MedicineUse.REGULAR, Optional.of(START.plusDays(2)));

        assertFalse(stopped.currentOn(START.minusDays(1)));
        assertTrue(stopped.currentOn(START));
        assertTrue(stopped.currentOn(START.plusDays(2)));
        assertFalse(stopped.currentOn(START.plusDays(3)));
        assertTrue(medicine(MedicineUse.REGULAR, Optional.empty()).currentOn(START.plusYears(3)));
    }

    @Test
    void theCheckInAsksOnlyAboutACurrentAsNeededMedicine() {
        Medicine regular = medicine(MedicineUse.REGULAR, Optional.empty());
        Medicine asNeeded = medicine(MedicineUse.AS_NEEDED, Optional.of(START.plusDays(2)));

        assertFalse(Medicine.asNeededOn(List.of(regular), START));
        assertTrue(Medicine.asNeededOn(List.of(regular, asNeeded), START.plusDays(2)));
        assertFalse(Medicine.asNeededOn(List.of(regular, asNeeded), START.plusDays(3)));
        assertFalse(Medicine.asNeededOn(List.of(asNeeded), START.minusDays(1)));
    }
}
