package org.unknot.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import org.unknot.domain.InsightReport;
import org.unknot.domain.PatientDetails;
import org.unknot.files.ExportException;
import org.unknot.files.PhysicianReport;
import org.unknot.files.ReportContent;
import org.unknot.files.ReportContents;
import org.unknot.files.ReportPeriod;
import org.unknot.store.HistoryFilter;
import org.unknot.store.MedicineStore;
import org.unknot.store.Storage;
import org.unknot.store.StoredMedicine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code report FILE [--from DATE] [--to DATE] [--name NAME] [--born DATE]}: the physician report of those days as a
 * PDF; by default the last 12 weeks up to today. The patient's name and date of birth are the remembered ones unless
 * given, and given ones are remembered for the next report, as the History page does.
 */
@Command(mixinStandardHelpOptions = true, name = "report",
        description = "Write the physician report (PDF) of the sessions and check-ins to FILE; by default of the last 12 weeks up to today.")
final class ReportCommand extends ExportCommand {

    /** Without --from, the report covers this many weeks up to its last day (a clinician's usual look-back). */
    static final int DEFAULT_WEEKS = 12;

    @Option(names = "--name", paramLabel = "NAME",
            description = "The patient's name printed on the report, remembered for the next one (\"\" clears it).")
    private String name;

    @Option(names = "--born", paramLabel = "DATE",
            description = "The patient's date of birth as YYYY-MM-DD, remembered for the next report (\"\" clears it).")
    private String born;

    private Optional<LocalDate> bornGiven = Optional.empty();

    @Override
    void checkArguments() {
        super.checkArguments();
        try {
            if (born != null) {
                bornGiven = PatientDetails.born(born, LocalDate.now(ZoneId.systemDefault()));
            }
            if (name != null) {
                new PatientDetails(name, Optional.empty()); // refuses a name longer than the report prints
            }
        } catch (IllegalArgumentException e) {
            throw new UserError(e.getMessage());
        }
    }

    /** Only given details are remembered, and remembering them writes to the data file. */
    @Override
    boolean writes() {
        return name != null || born != null;
    }

    @Override
    String refusal() {
        return "the report was not written";
    }

    private PatientDetails patient(Storage storage) {
        PatientDetails remembered = storage.settings().patientDetails();
        if (!writes()) {
            return remembered;
        }
        PatientDetails given = new PatientDetails(name != null ? name : remembered.name(),
                born != null ? bornGiven : remembered.born());
        storage.settings().savePatientDetails(given);
        return given;
    }

    @Override
    int run(Storage storage, PrintWriter out) {
        PatientDetails patient = patient(storage);
        ZoneId zone = ZoneId.systemDefault();
        LocalDate today = LocalDate.now(zone);
        DateRange days = range().closed(today, DEFAULT_WEEKS);
        LocalDate first = days.from().orElseThrow();
        LocalDate last = days.to().orElseThrow();
        HistoryFilter filter = days.filter(zone);
        InsightReport insights = storage.sessions().insights(filter, zone);
        ReportPeriod period = new ReportPeriod(storage.sessions().periodUse(filter, zone, ReportContents.NOTES_SHOWN),
                action -> storage.sessions().forEachOldestFirst(filter, action), storage.pain().checkIns(first, last),
                action -> storage.pain().forEachCheckIn(days.from(), days.to(), action),
                storage.pain().latestNotes(first, last, ReportContents.NOTES_SHOWN), insights,
                storage.redFlags().lastCheck(), new MedicineStore(storage.database()).list().stream()
                .map(StoredMedicine::medicine).toList(), storage.healthProfile().read());
        ReportContent content = ReportContents.of(period, patient.reportLine(), first, last, today, zone);
        try {
            PhysicianReport.write(target(), content);
        } catch (ExportException e) {
            throw new UserError(e.getMessage());
        }
        out.println("Wrote the report for " + content.period() + " (" + insights.sessions()
                + (insights.sessions() == 1 ? " session" : " sessions") + ") to " + target());
        return 0;
    }
}
