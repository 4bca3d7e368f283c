package org.unknot.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.ZoneId;
import org.unknot.store.HistoryWriter;
import org.unknot.store.Storage;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code sample-data --sessions N [--seed S]}: fills a data folder without history with a generated one, to try the app. */
@Command(mixinStandardHelpOptions = true, name = "sample-data",
        description = "Fill a data folder that has no history yet with a realistic made-up one.")
final class SampleDataCommand extends StorageCommand {

    @Option(names = "--sessions", paramLabel = "N", required = true,
            description = "How many sessions to make, 1 to " + SampleHistory.MAX_SESSIONS + ".")
    private int sessions;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1",
            description = "The same seed makes the same history on the same day (default: ${DEFAULT-VALUE}).")
    private long seed;

    @Override
    void checkArguments() {
        if (sessions < 1 || sessions > SampleHistory.MAX_SESSIONS) {
            throw new UserError("--sessions " + sessions + " is out of range; give a number from 1 to "
                    + SampleHistory.MAX_SESSIONS + ".");
        }
    }

    @Override
    boolean writes() {
        return true;
    }

    @Override
    String refusal() {
        return "no sample data was added";
    }

    @Override
    int run(Storage storage, PrintWriter out) {
        int existing = storage.sessions().count();
        int checkIns = storage.pain().checkInCount();
        if (existing > 0 || checkIns > 0) {
            throw new UserError("The data folder " + storage.folder().path() + " already holds a history ("
                    + existing + " sessions, " + checkIns + " check-ins), so sample data was not added; choose an "
                    + "empty folder with --data-dir.");
        }
        HistoryWriter.Written written = SampleHistory.generate(storage, sessions, seed, LocalDate.now(),
                ZoneId.systemDefault());
        out.println("Added " + written.sessions() + " sessions and " + written.checkIns() + " check-ins to "
                + storage.folder().path().toAbsolutePath().normalize());
        return 0;
    }
}
