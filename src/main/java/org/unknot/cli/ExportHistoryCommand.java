package org.unknot.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.ZoneId;
import org.unknot.files.ExportException;
import org.unknot.files.HistoryCsv;
import org.unknot.store.Storage;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code export-history FILE}: every session as the history CSV, oldest first, times in this computer's zone. */
@Command(mixinStandardHelpOptions = true, name = "export-history", description = "Write every session to FILE as CSV, oldest first.")
final class ExportHistoryCommand extends StorageCommand {

    @Parameters(index = "0", paramLabel = "FILE", description = "The CSV file to write; an existing file is replaced.")
    private Path file;

    @Override
    int run(Storage storage, PrintWriter out) {
        Path target = file.toAbsolutePath().normalize();
        int written;
        try {
            written = HistoryCsv.write(target, ZoneId.systemDefault(),
                    storage.sessions()::forEachOldestFirst);
        } catch (ExportException e) {
            throw new UserError(e.getMessage());
        }
        out.println("Wrote " + written + (written == 1 ? " session" : " sessions") + " to " + target);
        return 0;
    }

}
