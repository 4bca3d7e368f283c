package org.unknot.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Restoring puts a good backup in place, keeps the current file and its -wal/-shm aside, and leaves no stale WAL. */
class BackupRestoreTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-30T10:15:00Z"), ZoneOffset.UTC);

    @TempDir
    Path root;

    private DataFolder data() {
        return new DataFolder(root);
    }

    /** A folder whose data file has 300 sessions, backed up on the 20th (300) and the 25th (310), then damaged. */
    private String[] damagedFolderWithTwoBackups() throws Exception {
        DataFiles.withSessions(data().databaseFile(), 300);
        Files.createDirectories(data().backups());
        Files.copy(data().databaseFile(), data().backups().resolve("unknot-2026-11-20.db"));
        Fixtures.execute(data().databaseFile(), "INSERT INTO session (routine_name, performed_by, started_at, ended_at, "
                + "status, planned_seconds) SELECT routine_name, performed_by, started_at, ended_at, status, "
                + "planned_seconds FROM session LIMIT 10");
        Files.copy(data().databaseFile(), data().backups().resolve("unknot-2026-11-25.db"));
        DataFiles.damageMiddlePage(data().databaseFile());
        return new String[] {DataFiles.hash(data().databaseFile())};
    }

    @Test
    void restoreWithoutADatePutsTheNewestGoodBackupInPlaceAndKeepsTheDamagedFileAndItsWalAside() throws Exception {
        String damaged = damagedFolderWithTwoBackups()[0];
        byte[] staleWal = "a WAL left by a crash".getBytes();
        Files.write(root.resolve("unknot.db-wal"), staleWal);
        Files.write(root.resolve("unknot.db-shm"), new byte[32768]);

        Backups.Restored restored = Backups.restore(data(), Optional.empty(), CLOCK);

        assertEquals(LocalDate.parse("2026-11-25"), restored.day());
        assertFalse(Files.exists(root.resolve("unknot.db-wal")), "no stale WAL beside the restored file");
        assertFalse(Files.exists(root.resolve("unknot.db-shm")));
        assertEquals(damaged, DataFiles.hash(restored.setAside().resolve("unknot.db")));
        assertTrue(Files.exists(restored.setAside().resolve("unknot.db-wal")));
        assertEquals("rwx------", DataFiles.mode(restored.setAside()));
        assertEquals("rw-------", DataFiles.mode(restored.setAside().resolve("unknot.db")));
        assertEquals("rw-------", DataFiles.mode(data().databaseFile()));
        try (Storage storage = Storage.open(data(), CLOCK, List::of)) {
            assertFalse(storage.readOnly(), storage.readOnlyReason().toString());
            assertEquals(310, storage.sessions().count());
            assertEquals(List.of(), storage.notices());
        }
    }

    @Test
    void aDamagedNewestBackupIsPassedOverForTheNewestGoodOne() throws Exception {
        damagedFolderWithTwoBackups();
        DataFiles.damageMiddlePage(data().backups().resolve("unknot-2026-11-25.db"));

        Backups.Restored restored = Backups.restore(data(), Optional.empty(), CLOCK);

        assertEquals(LocalDate.parse("2026-11-20"), restored.day());
        assertEquals(300, Fixtures.longValue(data().databaseFile(), "SELECT count(*) FROM session"));
    }

    @Test
    void restoreOfAGivenDayPutsThatBackupInPlace() throws Exception {
        damagedFolderWithTwoBackups();

        Backups.restore(data(), Optional.of(LocalDate.parse("2026-11-20")), CLOCK);

        assertEquals(300, Fixtures.longValue(data().databaseFile(), "SELECT count(*) FROM session"));
    }

    @Test
    void aDayWithoutABackupIsRefusedAndNothingMoves() throws Exception {
        String damaged = damagedFolderWithTwoBackups()[0];

        StorageException refused = assertThrows(StorageException.class,
                () -> Backups.restore(data(), Optional.of(LocalDate.parse("2026-11-21")), CLOCK));

        assertTrue(refused.getMessage().contains("2026-11-21"), refused.getMessage());
        assertTrue(refused.getMessage().contains("2026-11-25"), "names the backups there are: " + refused.getMessage());
        assertEquals(damaged, DataFiles.hash(data().databaseFile()));
        assertFalse(Files.exists(root.resolve("set-aside")));
    }

    @Test
    void aFailedBackupLeavesNoPartialFile() throws Exception {
        Storage storage = Storage.open(data(), CLOCK, List::of);
        storage.close();

        assertThrows(StorageException.class, () -> new Backups(data(), storage.database(), CLOCK).backUpIfDue());

        try (var files = Files.list(data().backups())) {
            assertEquals(List.of(), files.toList(), "no partial copy is left behind");
        }
    }
}
