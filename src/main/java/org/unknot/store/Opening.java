package org.unknot.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Opens the data file only once it is known to be Unknot's: a link, a device, a pipe or another program's file is
 * refused before SQLite opens it for writing, so it stays byte for byte as it was; a stray WAL is moved aside, never
 * replayed; a damaged or read-only file is opened read-only, never chmod-ed.
 */
final class Opening {

    private Opening() {
    }

    static Database open(Path file, boolean exclusive) {
        Path folder = file.toAbsolutePath().getParent();
        List<String> notices = new ArrayList<>();
        if (!DataFilePath.existsAsPlainFile(file)) {
            return create(file, folder, notices);
        }
        DataFilePath.checkHeader(file);
        if (!exclusive) {
            return shared(file);
        }
        Identity identity = identify(file, folder, notices);
        refuseUnless(file, identity);
        if (identity.kind() == Identity.Kind.DAMAGED) {
            return readOnly(file, StorageErrors.damaged(file), true, notices);
        }
        if (!OwnerOnly.mayWrite(file) || !OwnerOnly.mayWrite(folder)) {
            if (identity.version() < Migrations.latest()) {
                throw new StorageException("The data file " + file + " is read-only and was made by an earlier Unknot, "
                        + "so it cannot be brought up to date; allow writing to it and its folder, then try again.");
            }
            return readOnly(file, StorageErrors.readOnlyReason(file), false, notices);
        }
        try {
            OwnerOnly.tighten(file);
            OwnerOnly.tighten(StrayWal.wal(file));
            Path shm = StrayWal.shm(file);
            if (Files.isRegularFile(shm, LinkOption.NOFOLLOW_LINKS) && !OwnerOnly.mayWrite(shm)) {
                // A read-only index left from a read-only time would make every write fail. It holds no data and no
                // other Unknot has the file open, so SQLite simply builds it again.
                Files.delete(shm);
            }
            OwnerOnly.tighten(shm);
        } catch (IOException e) {
            throw StorageErrors.writing(file, e);
        }
        return writable(file, notices);
    }

    /** Refuses, with one sentence and the file untouched, anything that is not a current or earlier Unknot file. */
    private static void refuseUnless(Path file, Identity identity) {
        switch (identity.kind()) {
            case FOREIGN -> throw new StorageException("The file " + file + " is not an Unknot data file; move it "
                    + "away or choose another data folder with --data-dir. The file was left untouched.");
            case NEWER -> throw new StorageException("The data file " + file + " was made by a newer version of "
                    + "Unknot (schema " + identity.version() + "; this one knows up to " + Migrations.latest()
                    + "); update Unknot, or choose another data folder with --data-dir. The file was left untouched.");
            case UNKNOWN_VERSION -> throw new StorageException("The data file " + file + " says it has schema version "
                    + identity.version() + ", which no Unknot writes, so it was left untouched; put a backup in place "
                    + "with \"unknot restore-backup\" or choose another data folder with --data-dir.");
            case UNREADABLE -> throw new StorageException(StorageErrors.unreadable(file));
            default -> {
            }
        }
    }

    /** What the file is, its WAL replayed if that WAL belongs to it; a WAL that does not is moved aside. */
    private static Identity identify(Path file, Path folder, List<String> notices) {
        Identity alone = look(file);
        try {
            if (!StrayWal.present(file) || !OwnerOnly.mayWrite(folder) || alone.kind() == Identity.Kind.FOREIGN) {
                // Another program's file and its WAL are not Unknot's to move; the file is refused as it is.
                return alone;
            }
            Identity replayed = StrayWal.replayed(file);
            if (belongs(alone, replayed) || alone.kind() == Identity.Kind.EMPTY
                    && replayed.kind() == Identity.Kind.FOREIGN) {
                // An empty file whose WAL holds another program's tables is that program's database: refused whole.
                return replayed;
            }
            notices.add(StrayWal.setAside(file, folder));
            return alone;
        } catch (IOException e) {
            throw StorageErrors.writing(folder, e);
        } catch (SQLException e) {
            throw StorageErrors.of(file, e);
        }
    }

    private static boolean belongs(Identity alone, Identity replayed) {
        return switch (replayed.kind()) {
            case UNKNOT, NEWER, UNKNOWN_VERSION -> true;
            case EMPTY, DAMAGED -> alone.kind() == replayed.kind();
            default -> false;
        };
    }

    private static Identity look(Path file) {
        try (Connection connection = Connections.immutable(file)) {
            return Identity.of(connection);
        } catch (SQLException e) {
            throw StorageErrors.of(file, e);
        }
    }

    private static Database create(Path file, Path folder, List<String> notices) {
        if (!OwnerOnly.mayWrite(folder)) {
            throw new StorageException("The data folder " + folder + " is read-only, so Unknot cannot create its data "
                    + "file there; allow writing to it or choose another data folder with --data-dir.");
        }
        try {
            if (StrayWal.present(file)) {
                notices.add(StrayWal.setAside(file, folder));
            }
            OwnerOnly.createFile(file);
        } catch (IOException e) {
            throw StorageErrors.writing(file, e);
        }
        return writable(file, notices);
    }

    private static Database writable(Path file, List<String> notices) {
        Connection connection;
        try {
            connection = Connections.readWrite(file);
        } catch (SQLException e) {
            throw StorageErrors.of(file, e);
        }
        try {
            int version = Database.singleInt(connection, "PRAGMA user_version");
            if (version < 0 || version > Migrations.latest()) {
                throw new StorageException("The data file " + file + " changed while Unknot opened it; close any "
                        + "other program using it and try again.");
            }
            try (Statement statement = connection.createStatement()) {
                statement.execute("PRAGMA journal_mode=WAL");
                statement.execute("PRAGMA synchronous=FULL");
            }
            Database database = new Database(file, connection, Optional.empty(), false, notices);
            Migrations.apply(database, version);
            return database;
        } catch (SQLException e) {
            closeQuietly(connection);
            throw StorageErrors.of(file, e);
        } catch (RuntimeException e) {
            closeQuietly(connection);
            throw e;
        }
    }

    private static Database readOnly(Path file, String reason, boolean damaged, List<String> notices) {
        try {
            if (StrayWal.present(file)) {
                // Reading without changing anything means reading without the WAL, which only a write could apply.
                notices.add("The latest changes to " + file.getFileName() + " are still in "
                        + StrayWal.wal(file).getFileName() + ", which Unknot can apply only when it may write; until "
                        + "then it shows the data as it was before them.");
            }
        } catch (IOException e) {
            throw StorageErrors.writing(file, e);
        }
        try {
            return new Database(file, Connections.immutable(file), Optional.of(reason), damaged, notices);
        } catch (SQLException e) {
            throw StorageErrors.of(file, e);
        }
    }

    /** Another Unknot holds the folder: read what it has committed, write nothing, examine nothing of its WAL. */
    private static Database shared(Path file) {
        Connection connection = null;
        try {
            connection = Connections.live(file);
            Identity identity = Identity.of(connection);
            refuseUnless(file, identity);
            if (identity.kind() == Identity.Kind.DAMAGED) {
                return new Database(file, connection, Optional.of(StorageErrors.damaged(file)), true, List.of());
            }
            if (identity.version() != Migrations.latest()) {
                throw new StorageException("Unknot is open with this data folder and has not brought " + file
                        + " up to date; close the app and try again.");
            }
            return new Database(file, connection, Optional.of("Unknot is open with this data folder, so nothing can "
                    + "be written from here; close the app and try again."), false, List.of());
        } catch (SQLException e) {
            closeQuietly(connection);
            throw StorageErrors.of(file, e);
        } catch (RuntimeException e) {
            closeQuietly(connection);
            throw e;
        }
    }

    private static void closeQuietly(Connection connection) {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException ignored) {
                // already failing; the first problem is the one to report
            }
        }
    }
}
