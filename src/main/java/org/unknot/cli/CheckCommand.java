package org.unknot.cli;

import java.io.PrintWriter;
import org.unknot.store.Database;
import org.unknot.store.Storage;
import picocli.CommandLine.Command;

/**
 * {@code check}: opens and migrates the data file, runs SQLite's full integrity check and prints a one-line summary.
 * Opening has already run the quick check; a file that failed either is only read, never changed.
 */
@Command(mixinStandardHelpOptions = true, name = "check", description = "Open the data file, bring it up to date, check its integrity and summarise it.")
final class CheckCommand extends StorageCommand {

    @Override
    boolean warnsOfDamage() {
        return false;
    }

    @Override
    int run(Storage storage, PrintWriter out) {
        Database database = storage.database();
        if (database.damaged() || !database.passesIntegrityCheck()) {
            throw new UserError(storage.readOnlyReason().orElseThrow());
        }
        out.println(database.file() + ": schema " + database.schemaVersion() + ", " + database.journalMode()
                + " journal, integrity ok, " + storage.routines().count() + " routines, "
                + storage.sessions().count() + " sessions, " + storage.pain().checkInCount() + " check-ins"
                + (storage.readOnly() ? " (read-only now: " + storage.readOnlyReason().orElseThrow() + ")" : ""));
        return 0;
    }
}
