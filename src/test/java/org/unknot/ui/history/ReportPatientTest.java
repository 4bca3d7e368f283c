package org.unknot.ui.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.unknot.domain.Area;
import org.unknot.domain.PatientDetails;
import org.unknot.domain.PerformedBy;
import org.unknot.domain.Routine;
import org.unknot.domain.SessionStatus;
import org.unknot.domain.Step;
import org.unknot.domain.StepOutcome;
import org.unknot.domain.Tool;
import org.unknot.ui.common.QueuedRunner;
import org.unknot.ui.common.ScriptedDialogs;
import org.unknot.ui.common.TempStorage;
import org.unknot.ui.common.WriteAccess;

/** History's report button first asks who the report is for: prefilled, remembered, and cancel ends the export. */
class ReportPatientTest {

    @RegisterExtension
    final TempStorage temp = new TempStorage();

    private static final PatientDetails ANNA = new PatientDetails("Anna Petrova", Optional.of(LocalDate.of(1961, 3, 3)));
    private static final PatientDetails BORIS = new PatientDetails("Борис Иванов", Optional.of(LocalDate.of(1958, 7, 9)));

    private final QueuedRunner runner = new QueuedRunner();
    /** What the question was asked with, in order. */
    private final List<PatientDetails> asked = new ArrayList<>();
    private final List<PatientDetails> wentOn = new ArrayList<>();

    private HistoryViewModel history(Optional<PatientDetails> answer) {
        return history(answer, WriteAccess.WRITABLE);
    }

    private HistoryViewModel history(Optional<PatientDetails> answer, WriteAccess access) {
        var sessions = temp.storage().sessions();
        var when = TempStorage.NOW.minus(Duration.ofDays(2));
        long id = sessions.start(Optional.empty(), new Routine("Roller", "", PerformedBy.SELF,
                List.of(Step.of(Tool.FOAM_ROLLER, Area.UPPER_BACK, 60))), when);
        sessions.recordStep(id, 0, StepOutcome.COMPLETED, 60, 0);
        sessions.finish(id, SessionStatus.COMPLETED, Optional.empty(), when.plusSeconds(60));
        HistoryViewModel history = new HistoryViewModel(sessions, temp.storage().pain(), runner, TempStorage.CLOCK,
                new ScriptedDialogs(), access);
        history.setReportPatient(temp.storage().settings(), (remembered, today) -> {
            asked.add(remembered);
            return answer;
        });
        history.activate();
        runner.drain();
        return history;
    }

    @Test
    void theQuestionStartsWithTheRememberedDetailsReadInTheBackground() {
        temp.storage().settings().savePatientDetails(ANNA);
        HistoryViewModel history = history(Optional.of(ANNA));

        history.askReportPatient(wentOn::add);
        assertEquals(List.of(), asked, "the remembered details are read by the runner first");
        runner.drain();

        assertEquals(List.of(ANNA), asked);
        assertEquals(List.of(ANNA), wentOn);
    }

    @Test
    void cancellingEndsTheExportAndWritesNothing() {
        HistoryViewModel history = history(Optional.empty());

        history.askReportPatient(wentOn::add);
        runner.drain();

        assertEquals(List.of(PatientDetails.NONE), asked);
        assertEquals(List.of(), wentOn, "no save dialog after Cancel");
        assertEquals(Optional.empty(), temp.storage().settings().get("report.patient-name"));
        assertEquals(Optional.empty(), temp.storage().settings().get("report.patient-born"));
    }

    @Test
    void okRemembersTheDetailsAndTheReportHeaderHoldsThem() throws Exception {
        temp.storage().settings().savePatientDetails(ANNA);
        HistoryViewModel history = history(Optional.of(BORIS));
        Path pdf = temp.folder().resolve("report.pdf");

        history.askReportPatient(patient -> history.exportReport(pdf, patient));
        runner.drain();

        assertEquals(BORIS, temp.storage().settings().patientDetails());
        String first = firstPage(pdf);
        assertTrue(first.contains("Patient: Борис Иванов · born 9 July 1958"), first);
        assertFalse(first.contains("Anna"), first);
    }

    @Test
    void aDataFileThatCannotBeWrittenStillGivesTheAnswerWithoutRememberingIt() {
        HistoryViewModel history = history(Optional.of(BORIS), WriteAccess.of(Optional.of("The data file is read-only.")));

        history.askReportPatient(wentOn::add);
        runner.drain();

        assertEquals(List.of(BORIS), wentOn);
        assertEquals(PatientDetails.NONE, temp.storage().settings().patientDetails());
    }

    @Test
    void withoutAQuestionTheReportNamesNoPatient() throws Exception {
        HistoryViewModel history = new HistoryViewModel(temp.storage().sessions(), temp.storage().pain(), runner,
                TempStorage.CLOCK, new ScriptedDialogs());

        history.askReportPatient(wentOn::add);

        assertEquals(List.of(PatientDetails.NONE), wentOn);
        assertFalse(Files.exists(temp.folder().resolve("report.pdf")));
    }

    private static String firstPage(Path pdf) throws Exception {
        PdfReader reader = new PdfReader(pdf.toString());
        try {
            return new PdfTextExtractor(reader).getTextFromPage(1);
        } finally {
            reader.close();
        }
    }
}
