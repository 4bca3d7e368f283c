package org.unknot.ui.history;

import java.time.LocalDate;
import java.util.function.Consumer;
import org.unknot.domain.PatientDetails;
import org.unknot.store.SettingsStore;
import org.unknot.ui.common.BackgroundRunner;
import org.unknot.ui.common.ErrorMessages;
import org.unknot.ui.common.WriteAccess;

/**
 * Before the report: the name and date of birth, asked with the remembered ones filled in (read in the background),
 * and remembered again in one transaction when the user confirms. Cancelling ends the export with nothing written.
 */
final class ReportPatient {

    private final SettingsStore settings;
    private final PatientQuestion question;
    private final BackgroundRunner runner;
    private final WriteAccess access;
    private final Consumer<String> failed;

    ReportPatient(SettingsStore settings, PatientQuestion question, BackgroundRunner runner, WriteAccess access,
                  Consumer<String> failed) {
        this.settings = settings;
        this.question = question;
        this.runner = runner;
        this.access = access;
        this.failed = failed;
    }

    /** Asks, remembers the answer, then hands it to {@code then}; a cancelled question ends here. */
    void ask(LocalDate today, Consumer<PatientDetails> then) {
        runner.run(settings::patientDetails, remembered -> answer(remembered, today, then),
                failure -> answer(PatientDetails.NONE, today, then));
    }

    private void answer(PatientDetails remembered, LocalDate today, Consumer<PatientDetails> then) {
        question.ask(remembered, today).ifPresent(patient -> {
            // A data file that cannot be written still gives its report; the details are then not remembered.
            if (patient.equals(remembered) || !access.allowed()) {
                then.accept(patient);
                return;
            }
            runner.run(() -> {
                settings.savePatientDetails(patient);
                return patient;
            }, then, failure -> {
                failed.accept(ErrorMessages.plain(failure));
                then.accept(patient);
            });
        });
    }
}
