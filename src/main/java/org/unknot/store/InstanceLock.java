package org.unknot.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;

/**
 * One writer per data folder: the app holds this while it runs, and so does every command that writes. Released when
 * closed or when the process dies. The lock file is owner-only and never followed through a link; it says who holds
 * it ("app" or "command"), so a command waits for another command to finish but not for the app to close.
 */
public final class InstanceLock implements AutoCloseable {

    private static final Set<OpenOption> OPTIONS = Set.of(StandardOpenOption.CREATE, StandardOpenOption.WRITE,
            LinkOption.NOFOLLOW_LINKS);
    static final String APP = "app";
    static final String COMMAND = "command";
    private static final long POLL_MILLIS = 50;

    private final FileChannel channel;
    private final FileLock lock;

    private InstanceLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /** Takes the lock, or says plainly that Unknot is already open with this folder. */
    public static InstanceLock acquire(DataFolder folder) {
        return tryAcquire(folder, APP).orElseThrow(() -> new StorageException("Unknot is already open with this data "
                + "folder (the app, or a command that is writing to it); switch to that window, or let the command "
                + "finish, and try again."));
    }

    /** The lock for a command, or empty when another Unknot (the app, or a command that writes) holds it. */
    public static Optional<InstanceLock> tryAcquire(DataFolder folder) {
        return tryAcquire(folder, COMMAND);
    }

    /**
     * The lock for a command that writes, waiting up to {@code patience} while another command holds it (two imports
     * at once run one after the other); empty at once when the app holds it, or when the wait runs out.
     */
    public static Optional<InstanceLock> acquireForCommand(DataFolder folder, Duration patience) {
        long deadline = System.nanoTime() + patience.toNanos();
        while (true) {
            Optional<InstanceLock> lock = tryAcquire(folder, COMMAND);
            if (lock.isPresent() || heldByApp(folder) || System.nanoTime() - deadline >= 0) {
                return lock;
            }
            try {
                Thread.sleep(POLL_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return Optional.empty();
            }
        }
    }

    /** Whether the lock file says the app holds the folder (unreadable, as on Windows while locked: not known). */
    public static boolean heldByApp(DataFolder folder) {
        try {
            return APP.equals(Files.readString(folder.path().resolve("unknot.lock"), StandardCharsets.UTF_8).strip());
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    private static Optional<InstanceLock> tryAcquire(DataFolder folder, String holder) {
        Path file = folder.path().resolve("unknot.lock");
        FileChannel channel = null;
        try {
            channel = FileChannel.open(file, OPTIONS, OwnerOnly.fileAttributes());
            OwnerOnly.tighten(file);
            FileLock lock = channel.tryLock();
            if (lock == null) {
                closeQuietly(channel);
                return Optional.empty();
            }
            channel.truncate(0);
            channel.write(ByteBuffer.wrap(holder.getBytes(StandardCharsets.UTF_8)), 0);
            return Optional.of(new InstanceLock(channel, lock));
        } catch (OverlappingFileLockException e) {
            closeQuietly(channel);
            return Optional.empty();
        } catch (IOException e) {
            closeQuietly(channel);
            throw new StorageException("Unknot cannot write to its data folder " + folder.path() + "; fix its "
                    + "permissions or choose another folder with --data-dir.", e);
        }
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException ignored) {
                // the lock is being abandoned anyway
            }
        }
    }

    @Override
    public void close() throws IOException {
        lock.release();
        channel.close();
    }
}
