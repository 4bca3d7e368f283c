package org.unknot.cli;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.unknot.store.Backups;
import org.unknot.store.DataFolder;
import org.unknot.store.InstanceLock;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code restore-backup [DATE]}: puts the backup of that day (default: the newest that passes its integrity check) in
 * place of the data file, keeping the current file and its -wal/-shm in {@code set-aside/}. Refused while the app is
 * open, since the app would go on writing to the file being replaced.
 */
@Command(mixinStandardHelpOptions = true, name = "restore-backup",
        description = "Put the backup of DATE (default: the newest good one) in place, keeping the current file aside.")
final class RestoreBackupCommand implements Callable<Integer> {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd")
            .withResolverStyle(ResolverStyle.STRICT);

    @ParentCommand
    private UnknotCommand root;

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "DATE",
            description = "The day of the backup, as YYYY-MM-DD (default: the newest that passes its check).")
    private String date;

    @Override
    public Integer call() throws IOException {
        Optional<LocalDate> day = Optional.ofNullable(date).map(RestoreBackupCommand::day);
        DataFolder folder = root.dataFolder();
        folder.prepare();
        try (InstanceLock lock = StorageCommand.lockToWrite(folder, "the backup was not restored")) {
            Backups.Restored restored = Backups.restore(folder, day, Clock.systemDefaultZone());
            spec.commandLine().getOut().println("Put the backup of " + restored.day() + " in place; the file it "
                    + "replaced is kept in " + restored.setAside());
        }
        return UnknotCommand.OK;
    }

    private static LocalDate day(String text) {
        try {
            return LocalDate.parse(text.strip(), DATE);
        } catch (DateTimeParseException e) {
            throw new UserError("\"" + text + "\" is not a date; write it as YYYY-MM-DD, like 2026-11-22, or leave it "
                    + "out to restore the newest good backup.");
        }
    }
}
