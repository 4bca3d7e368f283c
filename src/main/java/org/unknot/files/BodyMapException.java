package org.unknot.files;

import java.io.IOException;

/** A body map file that was refused; the message is one plain sentence naming the file and what is wrong. */
public class BodyMapException extends IOException {

    public BodyMapException(String message) {
        super(message);
    }

    public BodyMapException(String message, Throwable cause) {
        super(message, cause);
    }
}
