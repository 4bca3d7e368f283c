package org.unknot.cli;

import java.io.PrintWriter;
import java.time.ZoneId;
import org.unknot.files.ExportException;
import org.unknot.files.HistoryCsv;
import org.unknot.store.Storage;
import picocli.CommandLine.Command;

/**
 * {@code export-history FILE [--from DATE] [--to DATE]}: the sessions of those days as the history CSV, oldest first,
 * days and times in this computer's zone.
 */
@Command(mixinStandardHelpOptions = true, name = "export-history",
        description = "Write the sessions to FILE as CSV, oldest first.")
final class ExportHistoryCommand extends ExportCommand {

    @Override
    int run(Storage storage, PrintWriter out) {
        ZoneId zone = ZoneId.systemDefault();
        int written;
        try {
            written = HistoryCsv.write(target(), zone, action -> storage.sessions()
                    .forEachOldestFirst(range().start(zone), range().endExclusive(zone), action));
        } catch (ExportException e) {
            throw new UserError(e.getMessage());
        }
        out.println("Wrote " + written + (written == 1 ? " session" : " sessions") + " to " + target());
        return 0;
    }
}
