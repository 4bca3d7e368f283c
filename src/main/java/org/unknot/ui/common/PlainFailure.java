package org.unknot.ui.common;

/** A failure of background work whose message is already a plain sentence for the user. */
public class PlainFailure extends RuntimeException {

    public PlainFailure(String message, Throwable cause) {
        super(message, cause);
    }
}
