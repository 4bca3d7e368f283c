package org.unknot.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatabaseTest {

    @TempDir
    Path folder;

    private Path file() {
        return folder.resolve("unknot.db");
    }

    private static int pragma(Database database, String name) {
        return database.read(connection -> {
            try (Statement statement = connection.createStatement();
                 ResultSet rows = statement.executeQuery("PRAGMA " + name)) {
                rows.next();
                return rows.getInt(1);
            }
        });
    }

    /** A migrated data file, closed again, with one routine in it. */
    private Path existingDataFile() {
        try (Database database = Database.open(file())) {
            new RoutineStore(database, Fixtures.CLOCK).add(Fixtures.simpleRoutine("Upper-back reset", 60));
        }
        return file();
    }

    private void assertNoSideFiles() {
        assertFalse(Files.exists(folder.resolve("unknot.db-wal")), "no WAL file is left beside a refused file");
        assertFalse(Files.exists(folder.resolve("unknot.db-journal")), "no journal is left beside a refused file");
    }

    @Test
    void newFileIsMigratedWithWalFullSyncAndForeignKeys() throws SQLException {
        try (Database database = Database.open(file())) {
            assertEquals(8, database.schemaVersion());
            assertEquals("wal", database.journalMode());
            assertEquals(1, pragma(database, "foreign_keys"));
            assertEquals(2, pragma(database, "synchronous"), "synchronous=FULL is 2");
            assertEquals(8, pragma(database, "user_version"));
        }
        assertEquals(8, Fixtures.longValue(file(), "PRAGMA user_version"));
        assertEquals("wal", Fixtures.text(file(), "PRAGMA journal_mode"), "WAL is stored in the file itself");
        assertEquals(9, Fixtures.longValue(file(), "SELECT count(*) FROM sqlite_master WHERE type = 'table' "
                + "AND name IN ('routine', 'step', 'session', 'session_progress', 'played_step', 'pain_entry', "
                + "'setting', 'red_flag_check', 'red_flag_answer')"));
        assertEquals(1, Fixtures.longValue(file(), "SELECT count(*) FROM sqlite_master WHERE type = 'view' "
                + "AND name = 'session_step'"), "played steps are read through the view");
    }

    @Test
    void newFileIsReadableAndWritableByItsOwnerOnly() throws IOException {
        try (Database database = Database.open(file())) {
            assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file())));
            Path wal = folder.resolve("unknot.db-wal");
            if (Files.exists(wal)) {
                assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(wal)),
                        "the WAL holds the same health records");
            }
        }
    }

    @Test
    void existingFileReadableByOthersIsTightenedOnOpen() throws IOException {
        existingDataFile();
        Files.setPosixFilePermissions(file(), PosixFilePermissions.fromString("rw-r--r--"));

        Database.open(file()).close();

        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file())));
    }

    @Test
    void freshFilePassesTheIntegrityCheck() {
        try (Database database = Database.open(file())) {
            assertEquals("ok", database.integrityCheck());
        }
    }

    @Test
    void reopeningKeepsDataAndDoesNotMigrateAgain() throws SQLException {
        existingDataFile();
        Fixtures.execute(file(), "INSERT INTO setting (key, value) VALUES ('marker', 'kept')");

        try (Database database = Database.open(file())) {
            assertEquals(8, database.schemaVersion());
            assertEquals(1, new RoutineStore(database, Fixtures.CLOCK).count());
            assertEquals("kept", new SettingsStore(database).get("marker").orElseThrow());
        }
        assertEquals(1, Fixtures.longValue(file(), "SELECT count(*) FROM routine"));
    }

    @Test
    void newerSchemaIsRefusedAndLeftUntouched() throws Exception {
        existingDataFile();
        Fixtures.execute(file(), "PRAGMA user_version = 99");
        byte[] before = Files.readAllBytes(file());

        StorageException refused = assertThrows(StorageException.class, () -> Database.open(file()));

        assertTrue(refused.getMessage().contains("newer version"), refused.getMessage());
        assertTrue(refused.getMessage().contains("schema 99"), refused.getMessage());
        assertArrayEquals(before, Files.readAllBytes(file()), "the newer file is byte for byte as it was");
        assertNoSideFiles();
        assertEquals(99, Fixtures.longValue(file(), "PRAGMA user_version"));
    }

    @Test
    void textFileIsRefusedAsNotADataFileAndLeftUntouched() throws IOException {
        byte[] text = "My shopping list\nmilk\neggs\n".getBytes(StandardCharsets.UTF_8);
        Files.write(file(), text);

        StorageException refused = assertThrows(StorageException.class, () -> Database.open(file()));

        assertTrue(refused.getMessage().contains("not an Unknot data file"), refused.getMessage());
        assertArrayEquals(text, Files.readAllBytes(file()));
        assertNoSideFiles();
    }

    @Test
    void fileWithSqliteHeaderButDamagedPagesIsRefusedAndLeftUntouched() throws IOException {
        existingDataFile();
        byte[] bytes = Files.readAllBytes(file());
        assertTrue(bytes.length > 4096, "the data file has more than one page");
        Arrays.fill(bytes, 100, 4096, (byte) 0xA5);
        Files.write(file(), bytes);

        StorageException refused = assertThrows(StorageException.class, () -> Database.open(file()));

        assertTrue(refused.getMessage().contains("damaged"), refused.getMessage());
        assertArrayEquals(bytes, Files.readAllBytes(file()), "a damaged file is never overwritten");
        assertNoSideFiles();
    }

    @Test
    void folderAtTheDataFilePathIsRefused() throws IOException {
        Files.createDirectory(file());

        StorageException refused = assertThrows(StorageException.class, () -> Database.open(file()));

        assertTrue(refused.getMessage().contains("is a folder"), refused.getMessage());
        assertTrue(Files.isDirectory(file()));
    }

    @Test
    void foreignKeysAreEnforcedOnTheAppsOwnConnection() {
        try (Database database = Database.open(file())) {
            StorageException refused = assertThrows(StorageException.class, () -> database.inTransaction(c -> {
                try (Statement statement = c.createStatement()) {
                    return statement.executeUpdate("INSERT INTO step (routine_id, position, tool, area, seconds) "
                            + "VALUES (4242, 0, 'foam-roller', 'neck', 60)");
                }
            }));
            assertTrue(refused.getCause() instanceof SQLException);
            assertEquals(0, (int) database.read(c -> {
                try (Statement statement = c.createStatement();
                     ResultSet rows = statement.executeQuery("SELECT count(*) FROM step")) {
                    rows.next();
                    return rows.getInt(1);
                }
            }));
        }
    }

    @Test
    void failedTransactionWritesNothing() throws SQLException {
        try (Database database = Database.open(file())) {
            assertThrows(IllegalStateException.class, () -> database.inTransaction(c -> {
                try (Statement statement = c.createStatement()) {
                    statement.executeUpdate("INSERT INTO setting (key, value) VALUES ('half', 'done')");
                }
                throw new IllegalStateException("fails after the first write");
            }));
        }
        assertEquals(0, Fixtures.longValue(file(), "SELECT count(*) FROM setting"));
    }

    @Test
    void anErrorMidTransactionWritesNothingEither() throws SQLException {
        try (Database database = Database.open(file())) {
            assertThrows(StackOverflowError.class, () -> database.inTransaction(c -> {
                try (Statement statement = c.createStatement()) {
                    statement.executeUpdate("INSERT INTO setting (key, value) VALUES ('half', 'done')");
                }
                throw new StackOverflowError("an Error, not an Exception");
            }));
            new SettingsStore(database).put("after", "still works");
        }
        assertEquals(1, Fixtures.longValue(file(), "SELECT count(*) FROM setting"), "only the later write");
    }

    @Test
    void foreignSqliteDatabaseIsRefusedAndLeftUntouched() throws Exception {
        try (Connection connection = Fixtures.rawConnection(file()); Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE recipe (id INTEGER PRIMARY KEY, title TEXT)");
            statement.execute("INSERT INTO recipe (title) VALUES ('Soup')");
        }
        byte[] before = Files.readAllBytes(file());

        StorageException refused = assertThrows(StorageException.class, () -> Database.open(file()));

        assertTrue(refused.getMessage().contains("not an Unknot data file"), refused.getMessage());
        assertArrayEquals(before, Files.readAllBytes(file()));
        assertNoSideFiles();
    }
}
