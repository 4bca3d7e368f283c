package org.unknot.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PatientDetailsTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 30);

    @Test
    void theNameIsStrippedAndMayBeEightyCharactersButNotMore() {
        String eighty = "A".repeat(80);

        assertEquals(eighty, new PatientDetails("  " + eighty + "\t", Optional.empty()).name());
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> new PatientDetails(eighty + "B", Optional.empty()));
        assertEquals(PatientDetails.NAME_PROBLEM, refused.getMessage());
    }

    @Test
    void aBirthOnTheFirstDayOf1900IsTakenAndTheDayBeforeIsRefused() {
        assertEquals(Optional.of(LocalDate.of(1900, 1, 1)), PatientDetails.born("1900-01-01", TODAY));
        assertThrows(IllegalArgumentException.class, () -> PatientDetails.born("1899-12-31", TODAY));
        assertThrows(IllegalArgumentException.class,
                () -> new PatientDetails("", Optional.of(LocalDate.of(1899, 12, 31))));
    }

    @Test
    void aBirthTodayIsTakenAndTomorrowIsRefusedWithThePlainSentence() {
        assertEquals(Optional.of(TODAY), PatientDetails.born("2026-11-30", TODAY));
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> PatientDetails.born("2026-12-01", TODAY));
        assertEquals(PatientDetails.BORN_PROBLEM, refused.getMessage());
    }

    @Test
    void aBlankBirthIsNoneAndTextThatIsNotADayIsRefused() {
        assertEquals(Optional.empty(), PatientDetails.born("  ", TODAY));
        assertTrue(PatientDetails.bornAcceptable("", TODAY));
        assertTrue(PatientDetails.bornAcceptable(" 1961-03-03 ", TODAY));
        assertFalse(PatientDetails.bornAcceptable("3/3/1961", TODAY));
        assertFalse(PatientDetails.bornAcceptable("1961-02-30", TODAY));
    }

    @Test
    void emptyOnlyWithNeitherNameNorBirth() {
        assertTrue(PatientDetails.parse("  ", "", TODAY).isEmpty());
        assertFalse(PatientDetails.parse("Anna", "", TODAY).isEmpty());
        assertFalse(PatientDetails.parse("", "1961-03-03", TODAY).isEmpty());
    }

    @Test
    void theReportLineHoldsWhatWasGiven() {
        assertEquals(Optional.of("Anna Petrova · born 3 March 1961"),
                PatientDetails.parse("Anna Petrova", "1961-03-03", TODAY).reportLine());
        assertEquals(Optional.of("Anna Petrova"), PatientDetails.parse(" Anna Petrova ", "", TODAY).reportLine());
        assertEquals(Optional.of("born 3 March 1961"), PatientDetails.parse("", "1961-03-03", TODAY).reportLine());
        assertEquals(Optional.empty(), PatientDetails.NONE.reportLine());
    }

    @Test
    void theBirthIsWrittenBackAsTyped() {
        assertEquals("1961-03-03", PatientDetails.parse("", "1961-03-03", TODAY).bornText());
        assertEquals("", PatientDetails.NONE.bornText());
    }
}
