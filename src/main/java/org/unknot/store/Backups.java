package org.unknot.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.PreparedStatement;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A daily copy of the data file in {@code backups/} ({@code unknot-2026-11-22.db}), the last {@link #KEPT} days
 * kept. Made with {@code VACUUM INTO}, which writes a consistent copy while the app keeps working.
 */
public final class Backups {

    public static final int KEPT = 7;
    private static final String PREFIX = "unknot-";
    private static final String SUFFIX = ".db";

    private final DataFolder folder;
    private final Database database;
    private final Clock clock;

    public Backups(DataFolder folder, Database database, Clock clock) {
        this.folder = folder;
        this.database = database;
        this.clock = clock;
    }

    /** Makes today's copy unless it exists, then removes all but the newest {@link #KEPT}; returns the new copy. */
    public Optional<Path> backUpIfDue() {
        Path target = folder.backups().resolve(PREFIX + LocalDate.now(clock) + SUFFIX);
        if (Files.exists(target)) {
            return Optional.empty();
        }
        try {
            OwnerOnly.createFolders(folder.backups());
            Path partial = folder.backups().resolve(target.getFileName() + ".partial");
            Files.deleteIfExists(partial);
            database.read(connection -> {
                try (PreparedStatement statement = connection.prepareStatement("VACUUM INTO ?")) {
                    statement.setString(1, partial.toString());
                    statement.execute();
                }
                return null;
            });
            OwnerOnly.ensureFile(partial);
            Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
            prune();
            return Optional.of(target);
        } catch (IOException e) {
            throw new StorageException("Unknot could not write a backup to " + folder.backups() + "; check the free "
                    + "space and permissions of your data folder.", e);
        }
    }

    /** The backups present, oldest first. */
    public List<Path> list() throws IOException {
        if (!Files.isDirectory(folder.backups())) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder.backups())) {
            return files.filter(Backups::isBackup).sorted().toList();
        }
    }

    private void prune() throws IOException {
        List<Path> all = list();
        for (Path old : all.subList(0, Math.max(0, all.size() - KEPT))) {
            Files.delete(old);
        }
    }

    private static boolean isBackup(Path file) {
        String name = file.getFileName().toString();
        return name.matches(PREFIX + "\\d{4}-\\d{2}-\\d{2}" + SUFFIX.replace(".", "\\."));
    }
}
