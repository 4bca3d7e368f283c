package org.unknot.cli;

import java.io.PrintWriter;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.unknot.store.DataFolder;
import org.unknot.store.Storage;
import org.unknot.store.StorageException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.UnmatchedArgumentException;
import picocli.CommandLine;

/** The command line of Unknot: with no subcommand it starts the app; subcommands never start the UI. */
@Command(name = "unknot", mixinStandardHelpOptions = true, version = "Unknot 0.1",
        description = "Timed self-massage routines and a private pain history.",
        subcommands = {ListCommand.class, ImportCommand.class, ExportRoutineCommand.class, ExportHistoryCommand.class,
                ExportCheckInsCommand.class, ReportCommand.class, InsightsCommand.class, CheckCommand.class, SampleDataCommand.class, RestoreBackupCommand.class})
public final class UnknotCommand implements Callable<Integer> {

    public static final int OK = 0;
    public static final int USER_ERROR = 1;
    public static final int USAGE_ERROR = 2;

    private final AppStarter appStarter;

    @Option(names = "--data-dir", paramLabel = "DIR", scope = ScopeType.INHERIT,
            description = "Folder that holds unknot.db, backups/ and logs/ (default: UNKNOT_DATA_DIR, else the "
                    + "system's place for app data).")
    private String dataDir;

    @Option(names = "--play", paramLabel = "NAME",
            description = "Open the player ready on this routine (after the safety screen on the first run).")
    private String play;

    private UnknotCommand(AppStarter appStarter) {
        this.appStarter = appStarter;
    }

    @Override
    public Integer call() {
        Optional<String> routine = Optional.ofNullable(play);
        if (routine.isPresent()) {
            try (Storage storage = StorageCommand.openToRead(dataFolder(), false)) {
                if (storage.routines().findByName(routine.get()).isEmpty()) {
                    throw new UserError("There is no routine called \"" + routine.get() + "\"; run \"unknot list\" "
                            + "to see the names.");
                }
            }
        }
        return appStarter.start(dataFolder(), routine);
    }

    DataFolder dataFolder() {
        return DataFolder.resolve(Optional.ofNullable(dataDir));
    }

    /** Parses and runs the arguments; returns the process exit code. */
    public static int run(String[] args, AppStarter appStarter, PrintWriter out, PrintWriter err) {
        CommandLine commandLine = new CommandLine(new UnknotCommand(appStarter));
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setParameterExceptionHandler((exception, arguments) -> {
            // picocli prints either its "Did you mean" guesses or the usage; a guess can be far off, so give both.
            CommandLine failed = exception.getCommandLine();
            failed.getErr().println(exception.getMessage());
            UnmatchedArgumentException.printSuggestions(exception, failed.getErr());
            failed.usage(failed.getErr());
            return USAGE_ERROR;
        });
        commandLine.setExecutionExceptionHandler((exception, failed, parseResult) -> {
            if (exception instanceof StorageException || exception instanceof UserError) {
                err.println(exception.getMessage());
                err.flush();
                return USER_ERROR;
            }
            throw exception;
        });
        int code = commandLine.execute(args);
        out.flush();
        err.flush();
        return code;
    }
}
