package org.unknot.files;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A file that could not be written; the message is one plain sentence naming it and saying what to do. */
public class ExportException extends Exception {

    public ExportException(String message, Throwable cause) {
        super(message, cause);
    }

    /**
     * Says why {@code file} could not be written, in the user's terms: "Unknot could not write {@code what} to …".
     * {@code exampleName} is offered as a file name when the target turns out to be a folder.
     */
    static ExportException couldNotWrite(String what, Path file, String exampleName, IOException e) {
        String start = "Unknot could not write " + what + " to " + file;
        Path folder = file.getParent();
        if (Files.isDirectory(file)) {
            return new ExportException(start + " because that is a folder; give a file name instead, such as "
                    + file.resolve(exampleName) + ".", e);
        }
        if (folder == null || !Files.isDirectory(folder)) {
            return new ExportException(start + " because the folder " + folder + " does not exist; create it first "
                    + "or choose another folder.", e);
        }
        if (e instanceof AccessDeniedException || !Files.isWritable(folder)) {
            return new ExportException(start + " because you may not write there; choose another folder or file "
                    + "name.", e);
        }
        return new ExportException(start + " (" + e.getMessage() + "), so nothing was written; check the free "
                + "space and try again, or choose another folder.", e);
    }
}
