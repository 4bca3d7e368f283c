package org.unknot.cli;

import java.io.PrintWriter;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.unknot.files.AppVersion;
import org.unknot.store.DataFolder;
import org.unknot.store.Storage;
import org.unknot.store.StorageException;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.UnmatchedArgumentException;
import picocli.CommandLine;

/** The command line of Unknot: with no subcommand it starts the app; subcommands never start the UI. */
@Command(name = "unknot", mixinStandardHelpOptions = true, versionProvider = UnknotCommand.Version.class,
        description = "Timed self-massage routines and a private pain history.",
        subcommands = {ListCommand.class, ImportCommand.class, ExportRoutineCommand.class, ExportHistoryCommand.class,
                ExportCheckInsCommand.class, ReportCommand.class, InsightsCommand.class, CheckCommand.class, SampleDataCommand.class, RestoreBackupCommand.class})
public final class UnknotCommand implements Callable<Integer> {

    public static final int OK = 0;
    public static final int USER_ERROR = 1;
    public static final int USAGE_ERROR = 2;
    static final String DATA_DIR = "--data-dir";
    static final String PLAY = "--play";

    private final AppStarter appStarter;

    @Option(names = DATA_DIR, paramLabel = "DIR", scope = ScopeType.INHERIT,
            description = "Folder that holds unknot.db, backups/ and logs/ (default: UNKNOT_DATA_DIR, else the "
                    + "system's place for app data).")
    private String dataDir;

    @Option(names = PLAY, paramLabel = "NAME",
            description = "Open the player ready on this routine (after the safety screen on the first run).")
    private String play;

    private UnknotCommand(AppStarter appStarter) {
        this.appStarter = appStarter;
    }

    private UnknotCommand(AppStarter appStarter, PlainStart start) {
        this(appStarter);
        this.dataDir = start.dataDir().orElse(null);
        this.play = start.play().orElse(null);
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

    /**
     * Parses and runs the arguments; returns the process exit code. Arguments that only start the app are read
     * without picocli, whose set-up (a few hundred classes, every subcommand's options read by reflection) would
     * cost the window a quarter of a second before its first frame; anything else goes to picocli.
     */
    public static int run(String[] args, AppStarter appStarter, PrintWriter out, PrintWriter err) {
        Optional<PlainStart> plain = PlainStart.read(args, subcommandNames());
        int code = plain.isPresent() ? startApp(new UnknotCommand(appStarter, plain.get()), err)
                : commandLine(appStarter, out, err).execute(args);
        out.flush();
        err.flush();
        return code;
    }

    /** As picocli runs the command: a refusal is one line, any other failure its stack trace and exit code 1. */
    private static int startApp(UnknotCommand command, PrintWriter err) {
        try {
            return command.call();
        } catch (RuntimeException failure) {
            Optional<Integer> code = userError(failure, err);
            if (code.isPresent()) {
                return code.get();
            }
            failure.printStackTrace(err);
            return CommandLine.ExitCode.SOFTWARE;
        }
    }

    /** A refusal the user can act on is one line on the error stream; anything else is a bug. */
    private static Optional<Integer> userError(Exception failure, PrintWriter err) {
        if (failure instanceof StorageException || failure instanceof UserError) {
            err.println(failure.getMessage());
            err.flush();
            return Optional.of(USER_ERROR);
        }
        return Optional.empty();
    }

    private static Set<String> subcommandNames() {
        return Arrays.stream(UnknotCommand.class.getAnnotation(Command.class).subcommands())
                .map(type -> type.getAnnotation(Command.class).name())
                .collect(Collectors.toSet());
    }

    private static CommandLine commandLine(AppStarter appStarter, PrintWriter out, PrintWriter err) {
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
            Optional<Integer> code = userError(exception, err);
            if (code.isEmpty()) {
                throw exception;
            }
            return code.get();
        });
        return commandLine;
    }

    /** {@code unknot --version}: the version About shows, from the build. */
    static final class Version implements IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"Unknot " + AppVersion.current()};
        }
    }
}
