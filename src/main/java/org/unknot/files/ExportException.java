package org.unknot.files;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** A file that could not be written; the message is one plain sentence naming it and saying what to do. */
public class ExportException extends Exception {

    /** The longest file name most file systems take (ext4, APFS, NTFS in UTF-16 units aside). */
    private static final int MAX_NAME_BYTES = 255;

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
        Optional<String> special = FileKinds.special(file);
        if (special.isPresent()) {
            return new ExportException(start + " because that is " + special.get() + ", not a file; give a file name "
                    + "instead, such as " + file.resolveSibling(exampleName) + ".", e);
        }
        if (nameTooLong(file, e)) {
            return new ExportException(start + " because the file name is too long for this system; choose a "
                    + "shorter name.", e);
        }
        if (e instanceof AccessDeniedException || !Files.isWritable(folder)) {
            return new ExportException(start + " because you may not write there; choose another folder or file "
                    + "name.", e);
        }
        return new ExportException(start + " (" + e.getMessage() + "), so nothing was written; check the free "
                + "space and try again, or choose another folder.", e);
    }

    private static boolean nameTooLong(Path file, IOException e) {
        Path name = file.getFileName();
        return reason(e).contains("File name too long")
                || name != null && name.toString().getBytes(StandardCharsets.UTF_8).length > MAX_NAME_BYTES;
    }

    private static String reason(IOException e) {
        String reason = e instanceof FileSystemException failure ? failure.getReason() : e.getMessage();
        return reason == null ? "" : reason;
    }
}
