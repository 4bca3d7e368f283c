package org.unknot.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.LinkOption;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;
import java.util.Set;

/**
 * One writer per data folder: the app holds this while it runs, and so does every command that writes. Released when
 * closed or when the process dies. The lock file is owner-only and never followed through a link.
 */
public final class InstanceLock implements AutoCloseable {

    private static final Set<OpenOption> OPTIONS = Set.of(StandardOpenOption.CREATE, StandardOpenOption.WRITE,
            LinkOption.NOFOLLOW_LINKS);

    private final FileChannel channel;
    private final FileLock lock;

    private InstanceLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /** Takes the lock, or says plainly that Unknot is already open with this folder. */
    public static InstanceLock acquire(DataFolder folder) {
        return tryAcquire(folder).orElseThrow(() -> new StorageException("Unknot is already open with this data "
                + "folder (the app, or a command that is writing to it); switch to that window, or let the command "
                + "finish, and try again."));
    }

    /** The lock, or empty when another Unknot (the app, or a command that writes) holds it. */
    public static Optional<InstanceLock> tryAcquire(DataFolder folder) {
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
