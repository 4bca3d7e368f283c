package org.unknot.store;

/** Something about the data folder or file that the user must act on; the message is one plain sentence saying what. */
public class StorageException extends RuntimeException {

    public StorageException(String message) {
        super(message);
    }

    public StorageException(String message, Throwable cause) {
        super(message, cause);
    }
}
