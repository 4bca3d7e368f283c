package org.unknot.cli;

import java.io.PrintWriter;
import java.time.Clock;
import java.util.concurrent.Callable;
import org.unknot.files.StarterRoutines;
import org.unknot.store.Storage;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** A subcommand that works on the opened data file and prints plain lines. */
abstract class StorageCommand implements Callable<Integer> {

    @ParentCommand
    private UnknotCommand root;

    @Spec
    private CommandSpec spec;

    @Override
    public final Integer call() {
        checkArguments();
        try (Storage storage = Storage.open(root.dataFolder(), Clock.systemDefaultZone(), StarterRoutines::load)) {
            return run(storage, spec.commandLine().getOut());
        }
    }

    /** Refuses wrong arguments with a {@link UserError} before the data file is opened, so nothing is touched. */
    void checkArguments() {
    }

    abstract int run(Storage storage, PrintWriter out);

    /** Where a command that goes on after a problem prints it; a command that stops throws {@link UserError}. */
    final PrintWriter err() {
        return spec.commandLine().getErr();
    }
}
