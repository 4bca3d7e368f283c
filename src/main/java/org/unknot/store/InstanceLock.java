package org.unknot.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/** Keeps a second copy of the app from opening the same data folder. Released when closed or when the app dies. */
public final class InstanceLock implements AutoCloseable {

    private final FileChannel channel;
    private final FileLock lock;

    private InstanceLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    public static InstanceLock acquire(DataFolder folder) {
        Path file = folder.path().resolve("unknot.lock");
        FileChannel channel = null;
        try {
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock = channel.tryLock();
            if (lock == null) {
                throw alreadyOpen();
            }
            return new InstanceLock(channel, lock);
        } catch (OverlappingFileLockException e) {
            closeQuietly(channel);
            throw alreadyOpen();
        } catch (IOException e) {
            closeQuietly(channel);
            throw new StorageException("Unknot cannot write to its data folder " + folder.path() + "; fix its "
                    + "permissions or choose another folder with --data-dir.", e);
        } catch (StorageException e) {
            closeQuietly(channel);
            throw e;
        }
    }

    private static StorageException alreadyOpen() {
        return new StorageException("Unknot is already open with this data folder; switch to that window, or close it "
                + "and try again.");
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
