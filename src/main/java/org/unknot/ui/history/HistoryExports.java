package org.unknot.ui.history;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.unknot.files.ExportException;
import org.unknot.files.HistoryCsv;
import org.unknot.files.PhysicianReport;
import org.unknot.domain.SessionRecord;
import org.unknot.files.ReportContent;
import org.unknot.files.ReportContents;
import org.unknot.store.HistoryFilter;
import org.unknot.store.PainStore;
import org.unknot.store.SessionStore;
import org.unknot.ui.common.BackgroundRunner;
import org.unknot.ui.common.ErrorMessages;
import org.unknot.ui.common.PlainFailure;

/** History's two exports, written in the background; each ends in one sentence, done or failed. */
final class HistoryExports {

    private final SessionStore sessions;
    private final PainStore pain;
    private final BackgroundRunner runner;
    private final Consumer<String> done;
    private final Consumer<String> failed;

    HistoryExports(SessionStore sessions, PainStore pain, BackgroundRunner runner, Consumer<String> done,
                   Consumer<String> failed) {
        this.sessions = sessions;
        this.pain = pain;
        this.runner = runner;
        this.done = done;
        this.failed = failed;
    }

    /** Writes the history CSV of the sessions the filter finds, oldest first, streamed as the command line does. */
    void csv(Path file, HistoryFilter filter, ZoneId zone) {
        runner.run(() -> {
            try {
                int written = HistoryCsv.write(file, zone, action -> sessions.forEachOldestFirst(filter, action));
                return "Wrote " + written + (written == 1 ? " session" : " sessions") + " to " + file + ".";
            } catch (ExportException e) {
                throw new PlainFailure(e.getMessage(), e);
            }
        }, done, failure -> failed.accept(ErrorMessages.plain(failure)));
    }

    /** Writes the physician report of the sessions the filter finds and the check-ins of those days. */
    void report(Path file, HistoryFilter filter, LocalDate first, LocalDate last, LocalDate today, ZoneId zone) {
        runner.run(() -> {
            try {
                List<SessionRecord> shown = new ArrayList<>();
                sessions.forEachOldestFirst(filter, shown::add);
                ReportContent content = ReportContents.of(shown, pain.checkIns(first, last),
                        sessions.insights(filter, zone), first, last, today, zone);
                PhysicianReport.write(file, content);
                return "Wrote the report for " + content.period() + " to " + file + ".";
            } catch (ExportException e) {
                throw new PlainFailure(e.getMessage(), e);
            }
        }, done, failure -> failed.accept(ErrorMessages.plain(failure)));
    }
}
