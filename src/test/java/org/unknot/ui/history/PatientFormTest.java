package org.unknot.ui.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.unknot.domain.PatientDetails;

class PatientFormTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);
    private static final PatientDetails ANNA = new PatientDetails("Anna Petrova", Optional.of(LocalDate.of(1961, 3, 3)));

    @Test
    void startsWithTheRememberedDetailsAsTyped() {
        PatientForm form = new PatientForm(ANNA, TODAY);

        assertEquals("Anna Petrova", form.nameProperty().get());
        assertEquals("1961-03-03", form.bornProperty().get());
        assertTrue(form.canConfirmProperty().get());
        assertEquals(ANNA, form.details());
    }

    @Test
    void aDateOfBirthThatIsNotADayTurnsOkOffWithOneSentence() {
        PatientForm form = new PatientForm(PatientDetails.NONE, TODAY);

        form.bornProperty().set("3.3.61");

        assertFalse(form.canConfirmProperty().get());
        assertEquals(PatientDetails.BORN_PROBLEM, form.bornProblemProperty().get());

        form.bornProperty().set("2026-11-23");
        assertFalse(form.canConfirmProperty().get(), "tomorrow is refused");

        form.bornProperty().set("");
        assertTrue(form.canConfirmProperty().get());
        assertEquals("", form.bornProblemProperty().get());
    }

    @Test
    void emptyFieldsGiveNoDetails() {
        PatientForm form = new PatientForm(ANNA, TODAY);

        form.nameProperty().set("  ");
        form.bornProperty().set("");

        assertTrue(form.details().isEmpty());
    }
}
