package org.unknot.ui.history;

import java.time.LocalDate;
import java.util.Optional;
import org.unknot.domain.PatientDetails;

/**
 * Asks for the name and date of birth to print on the physician report. The app asks with {@link PatientDialog};
 * view-model tests answer without a window.
 */
@FunctionalInterface
public interface PatientQuestion {

    /**
     * @param remembered what the fields start with: the details last typed
     * @param today      the last day a date of birth may be
     * @return the details the user confirmed; empty when they cancelled the export
     */
    Optional<PatientDetails> ask(PatientDetails remembered, LocalDate today);
}
