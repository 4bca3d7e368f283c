package org.unknot.cli;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;

/**
 * A file name as typed on the command line. Under a locale such as {@code LANG=C} the JVM cannot decode a name with
 * letters beyond ASCII: it either refuses it or turns the letters into U+FFFD. Either way this says so in a sentence.
 */
final class FileArgument {

    private static final char REPLACEMENT = '\uFFFD';

    private FileArgument() {
    }

    /** The path of the typed name, or a {@link UserError} when the name could not be decoded. */
    static Path path(String typed) {
        try {
            Path path = Path.of(typed);
            if (typed.indexOf(REPLACEMENT) < 0 || Files.exists(path)) {
                return path;
            }
        } catch (InvalidPathException e) {
            // Falls through to the sentence below.
        }
        throw new UserError("The file name \"" + typed + "\" has letters this system's character set cannot read; "
                + "rename the file with plain letters, or run Unknot with a UTF-8 locale (such as LANG=C.UTF-8).");
    }
}
