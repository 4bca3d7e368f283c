package org.unknot.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * Whether the {@code -wal} beside the data file belongs to it, found without touching either: both are copied into a
 * private folder and SQLite replays the copy. The WAL belongs when the replayed copy is still an Unknot file that
 * passes its quick check; a WAL from another database (SQLite cannot tell) would turn it into that database.
 */
final class StrayWal {

    private StrayWal() {
    }

    static Path wal(Path file) {
        return file.resolveSibling(file.getFileName() + "-wal");
    }

    static Path shm(Path file) {
        return file.resolveSibling(file.getFileName() + "-shm");
    }

    /** A -wal with something in it; an empty one replays nothing. */
    static boolean present(Path file) throws IOException {
        Path wal = wal(file);
        return Files.exists(wal, LinkOption.NOFOLLOW_LINKS) && (Files.isSymbolicLink(wal) || Files.size(wal) > 0);
    }

    /**
     * What the data file would be once its WAL were replayed. The copy is made beside the file; when that disk is
     * full, in the system's temporary folder (owner-only, removed at once), so a full disk does not stop Unknot from
     * opening the file to let the user see and free space.
     */
    static Identity replayed(Path file) throws IOException, SQLException {
        if (Files.isSymbolicLink(wal(file))) {
            return new Identity(Identity.Kind.FOREIGN, 0, "");
        }
        try {
            return replayedIn(Files.createTempDirectory(file.toAbsolutePath().getParent(), ".wal-check-",
                    OwnerOnly.fileAttributesForFolder()), file);
        } catch (IOException besideFailed) {
            try {
                return replayedIn(Files.createTempDirectory(".unknot-wal-check-", OwnerOnly.fileAttributesForFolder()),
                        file);
            } catch (IOException elsewhereFailed) {
                besideFailed.addSuppressed(elsewhereFailed);
                throw besideFailed;
            }
        }
    }

    private static Identity replayedIn(Path scratch, Path file) throws IOException, SQLException {
        try {
            Path copy = scratch.resolve("copy.db");
            OwnerOnly.copyInto(file, copy);
            OwnerOnly.copyInto(wal(file), wal(copy));
            try (Connection connection = Connections.readWrite(copy)) {
                return Identity.of(connection);
            }
        } finally {
            try (Stream<Path> files = Files.walk(scratch)) {
                for (Path path : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(path);
                }
            }
        }
    }

    /** Moves the -wal and -shm into a new dated folder; returns the sentence telling the user. */
    static String setAside(Path file, Path folder) throws IOException {
        Path aside = SetAside.newFolder(folder, Clock.systemDefaultZone());
        SetAside.move(wal(file), aside);
        SetAside.move(shm(file), aside);
        return "A leftover " + wal(file).getFileName() + " did not belong to your data file, so Unknot "
                + "moved it to " + aside + " instead of applying it; your data file was not changed.";
    }
}
