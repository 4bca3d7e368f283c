package org.unknot.cli;

import java.io.PrintWriter;
import org.unknot.store.RoutineSummary;
import org.unknot.store.Storage;
import picocli.CommandLine.Command;

/** {@code list}: the routines, one per line as name, tab, planned seconds. */
@Command(mixinStandardHelpOptions = true, name = "list", description = "Print the routines, one per line: name, tab, planned seconds.")
final class ListCommand extends StorageCommand {

    @Override
    int run(Storage storage, PrintWriter out) {
        for (RoutineSummary routine : storage.routines().summaries()) {
            out.println(routine.name() + "\t" + routine.plannedSeconds());
        }
        return 0;
    }
}
