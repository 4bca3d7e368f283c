package org.unknot.ui.common;

import org.unknot.store.StorageException;

/** The sentence a person sees when background work fails. */
public final class ErrorMessages {

    private ErrorMessages() {
    }

    public static String plain(Throwable failure) {
        if (failure instanceof StorageException || failure instanceof PlainFailure) {
            return failure.getMessage();
        }
        return "Something went wrong inside Unknot; your saved data is safe. Try again, and if it keeps happening "
                + "look in the logs folder of your data folder.";
    }
}
