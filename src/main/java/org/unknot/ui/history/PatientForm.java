package org.unknot.ui.history;

import java.time.LocalDate;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.unknot.domain.PatientDetails;

/**
 * The report's patient question as a form: the name and the date of birth as typed, the sentence while the date
 * cannot be used, and OK's enabled state. The dialog only shows it and types into it.
 */
public final class PatientForm {

    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty born = new SimpleStringProperty("");
    private final LocalDate today;
    private final StringBinding bornProblem;
    private final BooleanBinding canConfirm;

    public PatientForm(PatientDetails remembered, LocalDate today) {
        this.today = today;
        name.set(remembered.name());
        born.set(remembered.bornText());
        bornProblem = Bindings.createStringBinding(() -> PatientDetails.bornAcceptable(born.get(), today) ? ""
                : PatientDetails.BORN_PROBLEM, born);
        canConfirm = Bindings.createBooleanBinding(() -> bornProblem.get().isEmpty()
                && name.get().strip().length() <= PatientDetails.MAX_NAME, bornProblem, name);
    }

    /** The name as typed; the field allows at most {@value PatientDetails#MAX_NAME} characters. */
    public StringProperty nameProperty() {
        return name;
    }

    /** The date of birth as typed, 1961-03-03, or blank. */
    public StringProperty bornProperty() {
        return born;
    }

    /** "Type the date of birth as 1961-03-03, or leave it empty." while it cannot be used; otherwise empty. */
    public StringBinding bornProblemProperty() {
        return bornProblem;
    }

    /** Whether OK may be pressed: the date of birth is blank or a day from 1900 to today. */
    public BooleanBinding canConfirmProperty() {
        return canConfirm;
    }

    /** The details typed; only while {@link #canConfirmProperty()} holds. */
    public PatientDetails details() {
        return PatientDetails.parse(name.get(), born.get(), today);
    }
}
