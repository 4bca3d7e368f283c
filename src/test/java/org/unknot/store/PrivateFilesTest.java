package org.unknot.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every file the app creates holds or guards health records: owner-only, folders 0700, files 0600. */
class PrivateFilesTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-30T10:15:00Z"), ZoneOffset.UTC);

    @TempDir
    Path root;

    @Test
    void theInstanceLockIsOwnerOnly() throws Exception {
        try (InstanceLock lock = InstanceLock.acquire(new DataFolder(root))) {
            assertEquals("rw-------", DataFiles.mode(root.resolve("unknot.lock")));
        }
    }

    @Test
    void anExistingLockFileReadableByOthersIsTightened() throws Exception {
        Files.writeString(root.resolve("unknot.lock"), "");
        Files.setPosixFilePermissions(root.resolve("unknot.lock"),
                java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));

        InstanceLock.acquire(new DataFolder(root)).close();

        assertEquals("rw-------", DataFiles.mode(root.resolve("unknot.lock")));
    }

    @Test
    void backupsAndTheirFolderAreOwnerOnly() throws Exception {
        DataFolder data = new DataFolder(root);
        try (Storage storage = Storage.open(data, CLOCK, List::of)) {
            Path copy = new Backups(data, storage.database(), CLOCK).backUpIfDue().orElseThrow();
            assertEquals("rw-------", DataFiles.mode(copy));
            assertEquals("rwx------", DataFiles.mode(data.backups()));
        }
    }

    @Test
    void setAsideFilesAndTheirFoldersAreOwnerOnly() throws Exception {
        DataFolder data = new DataFolder(root);
        DataFiles.withSessions(data.databaseFile(), 2);
        Files.createDirectories(data.backups());
        Files.copy(data.databaseFile(), data.backups().resolve("unknot-2026-11-29.db"));

        Backups.Restored restored = Backups.restore(data, Optional.empty(), CLOCK);

        assertEquals("rwx------", DataFiles.mode(root.resolve("set-aside")));
        assertEquals("rwx------", DataFiles.mode(restored.setAside()));
        assertEquals("rw-------", DataFiles.mode(restored.setAside().resolve("unknot.db")));
    }
}
