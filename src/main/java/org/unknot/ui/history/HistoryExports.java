package org.unknot.ui.history;

import java.nio.file.Path;
import java.time.ZoneId;
import java.util.function.Consumer;
import org.unknot.files.ExportException;
import org.unknot.files.HistoryCsv;
import org.unknot.files.PhysicianReport;
import org.unknot.files.ReportContent;
import org.unknot.store.HistoryFilter;
import org.unknot.store.SessionStore;
import org.unknot.ui.common.BackgroundRunner;
import org.unknot.ui.common.ErrorMessages;
import org.unknot.ui.common.PlainFailure;

/** History's two exports, written in the background; each ends in one sentence, done or failed. */
final class HistoryExports {

    private final SessionStore sessions;
    private final BackgroundRunner runner;
    private final Consumer<String> done;
    private final Consumer<String> failed;

    HistoryExports(SessionStore sessions, BackgroundRunner runner, Consumer<String> done, Consumer<String> failed) {
        this.sessions = sessions;
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

    /** Writes the physician report as shown. */
    void report(Path file, ReportContent content) {
        runner.run(() -> {
            try {
                PhysicianReport.write(file, content);
                return "Wrote the report for " + content.period() + " to " + file + ".";
            } catch (ExportException e) {
                throw new PlainFailure(e.getMessage(), e);
            }
        }, done, failure -> failed.accept(ErrorMessages.plain(failure)));
    }
}
