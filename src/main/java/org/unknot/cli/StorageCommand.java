package org.unknot.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.unknot.files.StarterRoutines;
import org.unknot.store.DataFolder;
import org.unknot.store.InstanceLock;
import org.unknot.store.Storage;
import org.unknot.store.StorageException;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * A subcommand that works on the opened data file and prints plain lines. A command that writes holds the instance
 * lock for its whole run, so it never competes with the app; one that only reads takes the lock to open the file when
 * it is free, and otherwise reads what the running app has saved.
 */
abstract class StorageCommand implements Callable<Integer> {

    @ParentCommand
    private UnknotCommand root;

    @Spec
    private CommandSpec spec;

    @Override
    public final Integer call() {
        checkArguments();
        DataFolder folder = root.dataFolder();
        folder.prepare();
        if (!writes()) {
            try (Storage storage = openToRead(folder)) {
                tellNotices(storage);
                if (warnsOfDamage() && storage.database().damaged()) {
                    err().println(storage.readOnlyReason().orElseThrow());
                }
                return run(storage, spec.commandLine().getOut());
            }
        }
        InstanceLock lock = lockToWrite(folder, refusal());
        try (Storage storage = Storage.open(folder, Clock.systemDefaultZone(), StarterRoutines::load, true)) {
            tellNotices(storage);
            if (storage.readOnly()) {
                throw new UserError(storage.readOnlyReason().orElseThrow());
            }
            return run(storage, spec.commandLine().getOut());
        } finally {
            release(lock);
        }
    }

    /**
     * Opens the data file to read. While no other Unknot holds the folder, the lock is taken just for opening (so a
     * stray WAL can be examined, and a session left in progress marked interrupted); beside the running app the file
     * is read as the app has saved it. A folder where not
     * even the lock file can be made is one no Unknot is writing to.
     */
    static Storage openToRead(DataFolder folder) {
        return openToRead(folder, true);
    }

    /** As {@link #openToRead(DataFolder)}; without {@code settle} a session left in progress stays for the app. */
    static Storage openToRead(DataFolder folder, boolean settle) {
        folder.prepare();
        Optional<InstanceLock> lock;
        boolean exclusive;
        try {
            lock = InstanceLock.tryAcquire(folder);
            exclusive = lock.isPresent();
        } catch (StorageException unwritableFolder) {
            lock = Optional.empty();
            exclusive = true;
        }
        try {
            Storage storage = Storage.open(folder, Clock.systemDefaultZone(), StarterRoutines::load, exclusive);
            if (settle && lock.isPresent() && !storage.readOnly()) {
                keepUnfinishedAsInterrupted(storage);
            }
            return storage;
        } finally {
            lock.ifPresent(StorageCommand::release);
        }
    }

    /**
     * No app holds the folder, so a session still in progress was left by one that ended unexpectedly: it is marked
     * interrupted, as the app does when it starts, so every command shows it as the app will. A file that cannot be
     * written now is read as it is.
     */
    private static void keepUnfinishedAsInterrupted(Storage storage) {
        try {
            storage.sessions().markInterrupted();
        } catch (StorageException notWritable) {
            // the commands that only read still read; the app marks it when it next starts
        }
    }

    private void tellNotices(Storage storage) {
        storage.notices().forEach(err()::println);
        err().flush();
    }

    /** The lock a writing command needs, or a plain sentence that the app is open and what was not done. */
    static InstanceLock lockToWrite(DataFolder folder, String notDone) {
        return InstanceLock.acquireForCommand(folder, WAIT_FOR_ANOTHER_COMMAND).orElseThrow(() ->
                InstanceLock.heldByApp(folder)
                        ? new UserError("Unknot is open with this data folder, so " + notDone
                                + "; close the app and try again.")
                        : new UserError("Another Unknot command is still writing to this data folder, so " + notDone
                                + "; let it finish and try again."));
    }

    /** How long a writing command waits for another one (an import, a restore) to finish before giving up. */
    static final Duration WAIT_FOR_ANOTHER_COMMAND = Duration.ofSeconds(30);

    static void release(InstanceLock lock) {
        try {
            lock.close();
        } catch (IOException | RuntimeException e) {
            // the process ends soon, and the lock with it
        }
    }

    /** Whether the command writes to the data file (and so must hold the instance lock). */
    boolean writes() {
        return false;
    }

    /** Whether a command that only reads says first that the file is damaged ({@code check} says it its own way). */
    boolean warnsOfDamage() {
        return true;
    }

    /** For a command that writes: what was not done when the app holds the folder ("nothing was imported"). */
    String refusal() {
        return "nothing was changed";
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
