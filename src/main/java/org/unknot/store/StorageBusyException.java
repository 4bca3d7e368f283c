package org.unknot.store;

/**
 * Another Unknot (the app, or a command such as {@code sample-data}) held the data file's write lock for longer than
 * a write waits: nothing was written, and the same write may well succeed once the other writer is done.
 */
public final class StorageBusyException extends StorageException {

    StorageBusyException(String message, Throwable cause) {
        super(message, cause);
    }
}
