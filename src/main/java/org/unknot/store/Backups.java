package org.unknot.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.PreparedStatement;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A daily copy of the data file in {@code backups/} ({@code unknot-2026-11-22.db}), the last {@link #KEPT} days
 * kept. Made with {@code VACUUM INTO}, which writes a consistent copy while the app keeps working. A damaged file is
 * never backed up: its copy would push the good ones out.
 */
public final class Backups {

    public static final int KEPT = 7;
    static final String PREFIX = "unknot-";
    static final String SUFFIX = ".db";
    private static final Logger LOG = LoggerFactory.getLogger(Backups.class);

    private final DataFolder folder;
    private final Database database;
    private final Clock clock;

    /** A backup put in place: its day, and the folder that keeps the file it replaced (with its -wal and -shm). */
    public record Restored(LocalDate day, Path backup, Path setAside) {
    }

    /** One backup: its day, file and size in bytes, and whether it is an Unknot file that passes its quick check. */
    public record Copy(LocalDate day, Path file, long bytes, boolean good) {
    }

    public Backups(DataFolder folder, Database database, Clock clock) {
        this.folder = folder;
        this.database = database;
        this.clock = clock;
    }

    /** Makes today's copy unless it exists, then removes all but the newest {@link #KEPT}; returns the new copy. */
    public Optional<Path> backUpIfDue() {
        Path target = today();
        if (database.damaged()) {
            LOG.warn("No backup of {}: it failed its integrity check", database.file());
            return Optional.empty();
        }
        if (Files.exists(target)) {
            return Optional.empty();
        }
        return Optional.of(copyTo(target));
    }

    /** Makes today's copy now, replacing one made earlier today; refuses a file that failed its integrity check. */
    public Path backUpNow() {
        if (database.damaged()) {
            throw new StorageException(database.file() + " failed its integrity check, so it was not backed up: a "
                    + "copy of it would push a good backup out.");
        }
        return copyTo(today());
    }

    /** The backups present, newest first, each with its size and whether it passes its check. */
    public static List<Copy> describe(DataFolder folder) {
        try {
            List<Copy> copies = new ArrayList<>();
            for (Path backup : list(folder)) {
                copies.add(0, new Copy(dayOf(backup), backup, Files.size(backup), Restore.good(backup)));
            }
            return copies;
        } catch (IOException e) {
            throw new StorageException("Unknot cannot read its backups folder " + folder.backups() + "; check that "
                    + "you may open it.", e);
        }
    }

    private Path today() {
        return folder.backups().resolve(PREFIX + LocalDate.now(clock) + SUFFIX);
    }

    private Path copyTo(Path target) {
        Path partial = folder.backups().resolve(target.getFileName() + ".partial");
        try {
            OwnerOnly.createFolders(folder.backups());
            Files.deleteIfExists(partial);
            // VACUUM INTO fills an empty file it is given, so the copy is owner-only from its first byte.
            OwnerOnly.createFile(partial);
            database.read(connection -> {
                try (PreparedStatement statement = connection.prepareStatement("VACUUM INTO ?")) {
                    statement.setString(1, partial.toString());
                    statement.execute();
                }
                return null;
            });
            Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
            prune();
            return target;
        } catch (IOException e) {
            deleteQuietly(partial);
            throw StorageErrors.writing(folder.backups(), e);
        } catch (RuntimeException e) {
            deleteQuietly(partial);
            throw e;
        }
    }

    /** The backups present, oldest first. */
    public List<Path> list() throws IOException {
        return list(folder);
    }

    static List<Path> list(DataFolder folder) throws IOException {
        if (!Files.isDirectory(folder.backups())) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder.backups())) {
            return files.filter(Backups::isBackup).sorted().toList();
        }
    }

    /**
     * Puts the backup of {@code day} — or, without a day, the newest that passes its integrity check — in place of the
     * data file, first keeping the current file and its -wal/-shm in a dated folder under {@code set-aside/}. The
     * caller holds the instance lock and has no connection open.
     */
    public static Restored restore(DataFolder folder, Optional<LocalDate> day, Clock clock) {
        return Restore.restore(folder, day, clock);
    }

    static LocalDate dayOf(Path backup) {
        String name = backup.getFileName().toString();
        return LocalDate.parse(name.substring(PREFIX.length(), name.length() - SUFFIX.length()));
    }

    private void prune() throws IOException {
        List<Path> all = list();
        for (Path old : all.subList(0, Math.max(0, all.size() - KEPT))) {
            Files.delete(old);
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.warn("Could not remove the unfinished backup {}", file, e);
        }
    }

    private static boolean isBackup(Path file) {
        String name = file.getFileName().toString();
        return name.matches(PREFIX + "\\d{4}-\\d{2}-\\d{2}" + SUFFIX.replace(".", "\\."));
    }
}
