package org.unknot.files;

/** A file that could not be written; the message is one plain sentence naming it and saying what to do. */
public class ExportException extends Exception {

    public ExportException(String message, Throwable cause) {
        super(message, cause);
    }
}
