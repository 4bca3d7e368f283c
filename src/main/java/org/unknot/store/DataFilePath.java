package org.unknot.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Arrays;

/** The first look at the data file's path, before SQLite is let near it: what kind of thing is there, and its header. */
final class DataFilePath {

    private static final byte[] SQLITE_HEADER = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);

    private DataFilePath() {
    }

    /** False when nothing is there; refuses a link, a folder, a device or a pipe before anything reads it. */
    static boolean existsAsPlainFile(Path file) {
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (NoSuchFileException e) {
            return false;
        } catch (IOException e) {
            throw new StorageException("Unknot cannot read its data file " + file + "; check that you may open it.", e);
        }
        if (attributes.isSymbolicLink()) {
            throw new StorageException(file + " is a link to another file, and Unknot opens only its own data file "
                    + "itself; replace the link with the file, or choose another data folder with --data-dir. "
                    + "Nothing was changed.");
        }
        if (attributes.isDirectory()) {
            throw new StorageException(file + " is a folder, not a data file; move it away or choose another data "
                    + "folder with --data-dir.");
        }
        if (!attributes.isRegularFile()) {
            throw new StorageException(file + " is not a regular file (it is a device or a pipe), so Unknot did not "
                    + "open it; move it away or choose another data folder with --data-dir.");
        }
        return true;
    }

    static void checkHeader(Path file) {
        byte[] start = new byte[SQLITE_HEADER.length];
        int read;
        try (InputStream in = Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS)) {
            read = in.readNBytes(start, 0, start.length);
        } catch (IOException e) {
            throw new StorageException("Unknot cannot read its data file " + file + "; check that you may open it.", e);
        }
        if (read > 0 && !Arrays.equals(start, SQLITE_HEADER)) {
            throw new StorageException("The file " + file + " is not an Unknot data file; move it away or choose "
                    + "another data folder with --data-dir. The file was left untouched.");
        }
    }
}
