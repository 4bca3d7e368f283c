package org.unknot.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A damaged file is contained (read-only, never written, never backed up); other failures are named for what they are. */
class DamageAndErrorsTest {

    @TempDir
    Path folder;

    private Path file() {
        return folder.resolve("unknot.db");
    }

    @Test
    void fileWithOneBadMiddlePageOpensReadOnlyAndIsNeverWritten() throws Exception {
        DataFiles.withSessions(file(), 300);
        DataFiles.damageMiddlePage(file());
        String before = DataFiles.hash(file());

        try (Storage storage = Storage.open(new DataFolder(folder), Fixtures.CLOCK, List::of)) {
            String reason = storage.readOnlyReason().orElseThrow();
            assertTrue(reason.contains("damaged"), reason);
            assertTrue(reason.contains("unknot restore-backup") && reason.contains("Settings"), reason);
            StorageException refused = assertThrows(StorageException.class,
                    () -> storage.settings().put("theme", "dark"));
            assertEquals(reason, refused.getMessage());
        }

        assertEquals(before, DataFiles.hash(file()), "a damaged file is never overwritten");
        assertFalse(Files.exists(folder.resolve("unknot.db-wal")));
    }

    @Test
    void aDamagedFileIsNotBackedUpAndLeavesNoPartialCopy() throws Exception {
        DataFiles.withSessions(file(), 300);
        DataFolder data = new DataFolder(folder);
        Clock clock = Clock.fixed(Instant.parse("2026-11-30T10:00:00Z"), ZoneOffset.UTC);
        Files.createDirectories(data.backups());
        Files.copy(file(), data.backups().resolve("unknot-2026-11-20.db"));
        DataFiles.damageMiddlePage(file());

        try (Storage storage = Storage.open(data, clock, List::of)) {
            assertEquals(Optional.empty(), new Backups(data, storage.database(), clock).backUpIfDue());
        }

        try (Stream<Path> files = Files.list(data.backups())) {
            assertEquals(List.of("unknot-2026-11-20.db"),
                    files.map(p -> p.getFileName().toString()).toList(), "the good backup is kept, nothing added");
        }
    }

    @Test
    void fullDiskSaysSoAndTheRolledBackWalDoesNotStay() throws Exception {
        DataFiles.withSessions(file(), 10);
        Path wal = folder.resolve("unknot.db-wal");
        try (Database database = Database.open(file())) {
            database.read(c -> {
                try (Statement statement = c.createStatement()) {
                    statement.execute("PRAGMA cache_size = 10");
                    statement.execute("PRAGMA max_page_count = 400");
                }
                return null;
            });
            StorageException full = assertThrows(StorageException.class, () -> database.inTransaction(c -> {
                try (Statement statement = c.createStatement()) {
                    for (int i = 0; i < 2000; i++) {
                        statement.executeUpdate("INSERT INTO setting (key, value) VALUES ('k" + i
                                + "', hex(randomblob(1000)))");
                    }
                }
                return null;
            }));

            assertTrue(full.getMessage().contains("disk is full"), full.getMessage());
            assertFalse(full.getMessage().contains("damaged"), full.getMessage());
            assertTrue(Files.size(wal) < 64 * 1024, "the rolled-back pages were cleared, WAL is " + Files.size(wal));
            assertFalse(database.readOnly());
        }
        assertEquals(0, Fixtures.longValue(file(), "SELECT count(*) FROM setting WHERE key LIKE 'k%'"));
    }

    @Test
    void aLockedDatabaseSaysAnotherUnknotIsWriting() throws Exception {
        DataFiles.withSessions(file(), 1);
        try (Connection holder = Fixtures.rawConnection(file()); Statement hold = holder.createStatement();
             Connection impatient = Fixtures.rawConnection(file()); Statement write = impatient.createStatement()) {
            hold.execute("BEGIN EXCLUSIVE");
            write.execute("PRAGMA busy_timeout = 0");
            SQLException busy = assertThrows(SQLException.class,
                    () -> write.executeUpdate("INSERT INTO setting (key, value) VALUES ('a', 'b')"));

            StorageException named = StorageErrors.of(file(), busy);

            assertTrue(named.getMessage().contains("Another Unknot is writing"), named.getMessage());
            assertFalse(named.getMessage().contains("damaged"), named.getMessage());
            hold.execute("ROLLBACK");
        }
    }

    @Test
    void noSpaceLeftWhileWritingAFileSaysTheDiskIsFull() {
        StorageException named = StorageErrors.writing(folder.resolve("backups"),
                new java.io.IOException(folder + "/backups/x.partial: No space left on device"));

        assertTrue(named.getMessage().contains("disk is full"), named.getMessage());
        assertFalse(named.getMessage().contains("damaged"), named.getMessage());
    }

    /** A real full disk: a 1 MiB tmpfs, which only root can mount; elsewhere the test is skipped. */
    @Test
    void aReallyFullDiskIsNamedAsSuchAndNeverAsDamage() throws Exception {
        Path small = Files.createDirectory(folder.resolve("small"));
        Process mount = new ProcessBuilder("mount", "-t", "tmpfs", "-o", "size=1m", "tmpfs", small.toString())
                .redirectErrorStream(true).start();
        Assumptions.assumeTrue(mount.waitFor() == 0, "mounting a small tmpfs needs root");
        try {
            DataFolder data = new DataFolder(small.resolve("unknot"));
            Storage.open(data, Fixtures.CLOCK, List::of).close();
            try (Storage storage = Storage.open(data, Fixtures.CLOCK, List::of)) {
                StorageException full = assertThrows(StorageException.class, () -> storage.database().inTransaction(c -> {
                    try (Statement statement = c.createStatement()) {
                        for (int i = 0; i < 1000; i++) {
                            statement.executeUpdate("INSERT INTO setting (key, value) VALUES ('k" + i
                                    + "', hex(randomblob(2000)))");
                        }
                    }
                    return null;
                }));
                assertTrue(full.getMessage().contains("disk is full"), full.getMessage());
                assertFalse(full.getMessage().contains("damaged"), full.getMessage());
                assertFalse(storage.readOnly());
                assertTrue(Files.size(data.path().resolve("unknot.db-wal")) < 64 * 1024,
                        "the rolled-back write no longer fills the disk");
                storage.settings().put("after", "the space came back");
            }
            try (Storage storage = Storage.open(data, Fixtures.CLOCK, List::of)) {
                assertEquals("the space came back", storage.settings().get("after").orElseThrow());
                assertEquals("ok", storage.database().integrityCheck());
            }
        } finally {
            new ProcessBuilder("umount", small.toString()).start().waitFor();
        }
    }
}
