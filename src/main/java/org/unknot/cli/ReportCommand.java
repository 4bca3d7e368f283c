package org.unknot.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.unknot.domain.DailyPain;
import org.unknot.domain.InsightReport;
import org.unknot.files.ExportException;
import org.unknot.files.PhysicianReport;
import org.unknot.files.ReportContent;
import org.unknot.files.ReportContents;
import org.unknot.files.SessionRows;
import org.unknot.store.Storage;
import picocli.CommandLine.Command;

/**
 * {@code report FILE [--from DATE] [--to DATE]}: the physician report of those days as a PDF; by default the last 12
 * weeks up to today.
 */
@Command(mixinStandardHelpOptions = true, name = "report",
        description = "Write the physician report (PDF) of the sessions and check-ins to FILE; by default of the last 12 weeks up to today.")
final class ReportCommand extends ExportCommand {

    /** Without --from, the report covers this many weeks up to its last day (a clinician's usual look-back). */
    static final int DEFAULT_WEEKS = 12;

    @Override
    int run(Storage storage, PrintWriter out) {
        ZoneId zone = ZoneId.systemDefault();
        LocalDate today = LocalDate.now(zone);
        DateRange days = range().closed(today, DEFAULT_WEEKS);
        LocalDate first = days.from().orElseThrow();
        LocalDate last = days.to().orElseThrow();
        List<DailyPain> checkIns = storage.pain().checkIns(first, last);
        InsightReport insights = storage.sessions().insights(days.filter(zone), zone);
        SessionRows sessions = action -> storage.sessions().forEachOldestFirst(days.filter(zone), action);
        ReportContent content = ReportContents.of(sessions, checkIns, insights,
                storage.redFlags().lastCheck(), Optional.empty(), first, last, today, zone,
                action -> storage.pain().forEachCheckIn(days.from(), days.to(), action));
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
