package org.unknot.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** Puts a backup in place of the data file; see {@link Backups#restore}. */
final class Restore {

    private Restore() {
    }

    static Backups.Restored restore(DataFolder folder, Optional<LocalDate> day, Clock clock) {
        Path db = folder.databaseFile();
        if (Files.isSymbolicLink(db) || Files.exists(db, LinkOption.NOFOLLOW_LINKS) && !Files.isRegularFile(db,
                LinkOption.NOFOLLOW_LINKS)) {
            throw new StorageException(db + " is not a plain file, so Unknot did not replace it; move it away and "
                    + "try again.");
        }
        Path backup = choose(folder, day);
        Path incoming = db.resolveSibling(db.getFileName() + ".restoring");
        try {
            Path aside = SetAside.newFolder(folder.path(), clock);
            if (Files.exists(db, LinkOption.NOFOLLOW_LINKS)) {
                OwnerOnly.copyInto(db, aside.resolve(db.getFileName()));
            }
            // The -wal and -shm go with the file they belong to, so no stale WAL is replayed over the backup.
            SetAside.move(StrayWal.wal(db), aside);
            SetAside.move(StrayWal.shm(db), aside);
            Files.deleteIfExists(incoming);
            OwnerOnly.copyInto(backup, incoming);
            Files.move(incoming, db, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            return new Backups.Restored(Backups.dayOf(backup), backup, aside);
        } catch (IOException e) {
            try {
                Files.deleteIfExists(incoming);
            } catch (IOException cleanup) {
                e.addSuppressed(cleanup);
            }
            throw StorageErrors.writing(db, e);
        }
    }

    private static Path choose(DataFolder folder, Optional<LocalDate> day) {
        List<Path> newestFirst;
        try {
            newestFirst = Backups.list(folder).stream().sorted(Comparator.reverseOrder()).toList();
        } catch (IOException e) {
            throw new StorageException("Unknot cannot read its backups folder " + folder.backups() + "; check that "
                    + "you may open it.", e);
        }
        if (newestFirst.isEmpty()) {
            throw new StorageException("There are no backups in " + folder.backups() + " yet, so nothing was "
                    + "restored.");
        }
        if (day.isPresent()) {
            Path chosen = newestFirst.stream().filter(backup -> Backups.dayOf(backup).equals(day.get())).findFirst()
                    .orElseThrow(() -> new StorageException("There is no backup of " + day.get() + "; the backups are "
                            + "of " + newestFirst.stream().map(b -> Backups.dayOf(b).toString())
                            .collect(Collectors.joining(", ")) + ". Nothing was changed."));
            if (!good(chosen)) {
                throw new StorageException("The backup of " + day.get() + " failed its integrity check, so it was not "
                        + "put in place; run \"unknot restore-backup\" without a date to use the newest good one.");
            }
            return chosen;
        }
        return newestFirst.stream().filter(Restore::good).findFirst().orElseThrow(() -> new StorageException(
                "None of the backups in " + folder.backups() + " passed its integrity check, so nothing was restored."));
    }

    /** An Unknot file this Unknot can open, passing its quick check; looked at without changing it. */
    static boolean good(Path backup) {
        try (Connection connection = Connections.immutable(backup)) {
            return Identity.of(connection).kind() == Identity.Kind.UNKNOT;
        } catch (SQLException e) {
            return false;
        }
    }
}
