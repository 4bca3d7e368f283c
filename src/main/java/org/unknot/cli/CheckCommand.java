package org.unknot.cli;

import java.io.PrintWriter;
import org.unknot.store.Database;
import org.unknot.store.Storage;
import picocli.CommandLine.Command;

/** {@code check}: opens and migrates the data file, checks its integrity and prints a one-line summary. */
@Command(mixinStandardHelpOptions = true, name = "check", description = "Open the data file, bring it up to date, check its integrity and summarise it.")
final class CheckCommand extends StorageCommand {

    @Override
    int run(Storage storage, PrintWriter out) {
        Database database = storage.database();
        String integrity = database.integrityCheck();
        if (!"ok".equals(integrity)) {
            throw new UserError("The data file " + database.file() + " is damaged (" + integrity.lines().findFirst()
                    .orElse("") + "); restore a copy from the backups folder. Unknot did not change it.");
        }
        out.println(database.file() + ": schema " + database.schemaVersion() + ", " + database.journalMode()
                + " journal, integrity ok, " + storage.routines().count() + " routines, "
                + storage.sessions().count() + " sessions, " + storage.pain().checkInCount() + " check-ins");
        return 0;
    }
}
