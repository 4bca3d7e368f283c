package org.unknot.store;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/**
 * Files Unknot will not use but must not lose — a stray WAL, the file a restore replaced — go into a dated folder
 * of their own: {@code set-aside/2026-11-30T10-15-00/} in the data folder.
 */
final class SetAside {

    static final String FOLDER = "set-aside";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH-mm-ss");

    private SetAside() {
    }

    /** A new, empty, owner-only folder named for this moment (with "-2", "-3"… if that name is taken). */
    static Path newFolder(Path dataFolder, Clock clock) throws IOException {
        Path root = dataFolder.resolve(FOLDER);
        OwnerOnly.createFolders(root);
        String stamp = LocalDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS).format(STAMP);
        for (int attempt = 1; ; attempt++) {
            Path folder = root.resolve(attempt == 1 ? stamp : stamp + "-" + attempt);
            try {
                OwnerOnly.createFolder(folder);
                return folder;
            } catch (FileAlreadyExistsException taken) {
                // the same second twice: try the next name
            }
        }
    }

    /** Moves the file, if there is one, into the folder and makes it private there. */
    static void move(Path file, Path folder) throws IOException {
        if (Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            Path target = folder.resolve(file.getFileName());
            Files.move(file, target);
            OwnerOnly.tighten(target);
        }
    }
}
