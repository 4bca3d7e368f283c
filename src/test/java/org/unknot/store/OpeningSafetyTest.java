package org.unknot.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Before SQLite opens a file it is recognised as Unknot's; nothing else is changed, and a stray WAL is never replayed. */
class OpeningSafetyTest {

    @TempDir
    Path folder;

    private Path file() {
        return folder.resolve("unknot.db");
    }

    private void assertNoSideFiles() {
        for (String suffix : List.of("-wal", "-shm", "-journal")) {
            assertFalse(Files.exists(folder.resolve("unknot.db" + suffix)), "no " + suffix + " beside a refused file");
        }
    }

    private List<Path> setAside() throws Exception {
        Path root = folder.resolve("set-aside");
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile).toList();
        }
    }

    @Test
    void symlinkedDataFileIsRefusedAndTheFileBehindItIsNotChanged() throws Exception {
        Path elsewhere = Files.createDirectory(folder.resolve("elsewhere")).resolve("real.db");
        DataFiles.withSessions(elsewhere, 3);
        Files.setPosixFilePermissions(elsewhere, PosixFilePermissions.fromString("rw-r--r--"));
        String before = DataFiles.hash(elsewhere);
        Files.createSymbolicLink(file(), elsewhere);

        StorageException refused = assertThrows(StorageException.class, () -> Database.open(file()));

        assertTrue(refused.getMessage().contains("link"), refused.getMessage());
        assertEquals("rw-r--r--", DataFiles.mode(elsewhere), "never chmod through a link");
        assertEquals(before, DataFiles.hash(elsewhere));
        assertTrue(Files.isSymbolicLink(file()));
        assertFalse(Files.exists(elsewhere.resolveSibling("real.db-wal")));
    }

    @Test
    void fifoAtTheDataFilePathIsRefusedWithoutWaitingForAWriter() throws Exception {
        Process mkfifo = new ProcessBuilder("mkfifo", file().toString()).start();
        assertEquals(0, mkfifo.waitFor());

        StorageException refused = assertTimeoutPreemptively(Duration.ofSeconds(20),
                () -> assertThrows(StorageException.class, () -> Database.open(file())));

        assertTrue(refused.getMessage().contains("not a regular file"), refused.getMessage());
        assertFalse(refused.getMessage().contains("does not exist"), refused.getMessage());
        assertNoSideFiles();
    }

    @ParameterizedTest(name = "user_version {0}")
    @ValueSource(ints = {0, 1, 2, 3, 4})
    void anotherProgramsFileAtAnyVersionIsRefusedByteForByteUntouched(int version) throws Exception {
        DataFiles.foreign(file(), version);
        String before = DataFiles.hash(file());

        StorageException refused = assertThrows(StorageException.class, () -> Database.open(file()));

        assertTrue(refused.getMessage().contains("not an Unknot data file"), refused.getMessage());
        assertTrue(refused.getMessage().contains("left untouched"), refused.getMessage());
        assertEquals(before, DataFiles.hash(file()));
        assertEquals("rw-r--r--", DataFiles.mode(file()), "another program's file keeps its permissions");
        assertNoSideFiles();
    }

    @Test
    void newFileCarriesUnknotsOwnMarker() throws Exception {
        Database.open(file()).close();

        assertEquals(Database.APPLICATION_ID, Fixtures.longValue(file(), "PRAGMA application_id"));
    }

    @Test
    void fileOfAnEarlierUnknotWithoutTheMarkerIsRecognisedByItsTablesAndGetsTheMarker() throws Exception {
        DataFiles.withSessions(file(), 2);
        Fixtures.execute(file(), "PRAGMA application_id = 0");
        // as schema 3 left it: without the tables later schemas add
        for (String table : List.of("red_flag_answer", "red_flag_check", "peg_answer", "health_condition",
                "injury_area", "medicine")) {
            Fixtures.execute(file(), "DROP TABLE " + table);
        }
        for (String trigger : List.of("session_worked_on_insert", "session_worked_on_update",
                "session_rating_on_insert", "session_rating_on_update", "session_rating_on_delete",
                "session_seconds_on_insert", "session_seconds_on_update", "pain_entry_check_in_only_insert",
                "pain_entry_check_in_only_update")) {
            Fixtures.execute(file(), "DROP TRIGGER " + trigger);
        }
        Fixtures.execute(file(), "DROP INDEX session_groups");
        for (String column : List.of("worked", "pain_before", "pain_after", "done_seconds", "worked_seconds",
                "gentle")) {
            Fixtures.execute(file(), "ALTER TABLE session DROP COLUMN " + column);
        }
        Fixtures.execute(file(), "ALTER TABLE pain_entry DROP COLUMN flare");
        Fixtures.execute(file(), "ALTER TABLE pain_entry DROP COLUMN as_needed");
        Fixtures.execute(file(), "PRAGMA user_version = 3");
        Files.setPosixFilePermissions(file(), PosixFilePermissions.fromString("rw-r--r--"));

        try (Database database = Database.open(file())) {
            assertEquals(2, new SessionStore(database).count());
        }

        assertEquals(Database.APPLICATION_ID, Fixtures.longValue(file(), "PRAGMA application_id"));
        assertEquals("rw-------", DataFiles.mode(file()), "a file recognised as Unknot's is made private");
    }

    @Test
    void strayWalFromAnotherDatabaseIsSetAsideAndEverySessionSurvives() throws Exception {
        DataFiles.withSessions(file(), 300);
        long sizeBefore = Files.size(file());
        Path other = Files.createDirectory(folder.resolve("other")).resolve("notes.db");
        try (Connection connection = Fixtures.rawConnection(other); Statement statement = connection.createStatement()) {
            statement.execute("PRAGMA journal_mode = WAL");
            statement.execute("PRAGMA wal_autocheckpoint = 0");
            statement.execute("CREATE TABLE note (id INTEGER PRIMARY KEY, text TEXT)");
            statement.execute("INSERT INTO note (text) VALUES ('buy milk')");
            Files.copy(other.resolveSibling("notes.db-wal"), folder.resolve("unknot.db-wal"));
        }

        try (Database database = Database.open(file())) {
            assertEquals(300, new SessionStore(database).count());
            assertTrue(database.notices().stream().anyMatch(n -> n.contains("set-aside")), database.notices().toString());
        }

        assertTrue(Files.size(file()) >= sizeBefore, "the data file was not shrunk to the other program's table");
        assertEquals(300, Fixtures.longValue(file(), "SELECT count(*) FROM session"));
        List<Path> kept = setAside();
        assertEquals(1, kept.stream().filter(p -> p.getFileName().toString().equals("unknot.db-wal")).count(),
                kept.toString());
        assertEquals("rwx------", DataFiles.mode(kept.get(0).getParent()));
    }

    @Test
    void theDatabasesOwnWalLeftByACrashIsKept() throws Exception {
        DataFiles.withSessions(file(), 5);
        Path crashed = Files.createDirectory(folder.resolve("crashed"));
        try (Database database = Database.open(file())) {
            database.read(c -> {
                try (Statement statement = c.createStatement()) {
                    statement.execute("PRAGMA wal_autocheckpoint = 0");
                }
                return null;
            });
            new SettingsStore(database).put("written", "just before the crash");
            Files.copy(file(), crashed.resolve("unknot.db"));
            Files.copy(folder.resolve("unknot.db-wal"), crashed.resolve("unknot.db-wal"));
        }

        try (Database database = Database.open(crashed.resolve("unknot.db"))) {
            assertEquals("just before the crash", new SettingsStore(database).get("written").orElseThrow());
            assertEquals(List.of(), database.notices());
        }
        assertFalse(Files.exists(crashed.resolve("set-aside")));
    }

    @Test
    void walBesideAnotherProgramsFileIsNeverReplayedAndTheFileIsUntouched() throws Exception {
        DataFiles.foreign(file(), 1);
        String before = DataFiles.hash(file());
        Files.write(folder.resolve("unknot.db-wal"), new byte[0]);

        assertThrows(StorageException.class, () -> Database.open(file()));

        assertEquals(before, DataFiles.hash(file()));
        assertEquals("rw-r--r--", DataFiles.mode(file()));
    }

    @Test
    void negativeSchemaVersionIsOneSentenceAndTheFileIsUntouched() throws Exception {
        DataFiles.withSessions(file(), 2);
        Fixtures.execute(file(), "PRAGMA user_version = -1");
        String before = DataFiles.hash(file());

        StorageException refused = assertThrows(StorageException.class, () -> Database.open(file()));

        assertTrue(refused.getMessage().contains("-1"), refused.getMessage());
        assertFalse(refused.getMessage().contains("damaged"), refused.getMessage());
        assertEquals(1, refused.getMessage().lines().count());
        assertEquals(before, DataFiles.hash(file()));
        assertNoSideFiles();
    }

    @Test
    void readOnlyFileOpensReadOnlyAndKeepsItsPermissions() throws Exception {
        DataFiles.withSessions(file(), 4);
        Files.setPosixFilePermissions(file(), PosixFilePermissions.fromString("r--r--r--"));
        String before = DataFiles.hash(file());

        try (Storage storage = Storage.open(new DataFolder(folder), Fixtures.CLOCK, List::of)) {
            assertTrue(storage.readOnly());
            assertTrue(storage.readOnlyReason().orElseThrow().contains("read-only"), storage.readOnlyReason().toString());
            assertEquals(4, storage.sessions().count());
            StorageException refused = assertThrows(StorageException.class,
                    () -> storage.settings().put("theme", "dark"));
            assertTrue(refused.getMessage().contains("read-only"), refused.getMessage());
            assertFalse(refused.getMessage().contains("damaged"), refused.getMessage());
        }

        assertEquals("r--r--r--", DataFiles.mode(file()), "a read-only file is never chmod-ed");
        assertEquals(before, DataFiles.hash(file()));
        assertNoSideFiles();
    }

    @Test
    void fileInAReadOnlyFolderOpensReadOnly() throws Exception {
        DataFiles.withSessions(file(), 4);
        Files.setPosixFilePermissions(file(), PosixFilePermissions.fromString("rw-------"));
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("r-x------"));
        try (Storage storage = Storage.open(new DataFolder(folder), Fixtures.CLOCK, List::of)) {
            assertTrue(storage.readOnlyReason().orElseThrow().contains("read-only"), storage.readOnlyReason().toString());
            assertEquals(4, storage.sessions().count());
        } finally {
            Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwx------"));
        }
        assertNoSideFiles();
    }

    @Test
    void anotherProgramsDatabaseWhoseTablesAreStillInItsWalIsRefusedWithItsWal() throws Exception {
        try (Connection connection = Fixtures.rawConnection(file()); Statement statement = connection.createStatement()) {
            statement.execute("PRAGMA journal_mode = WAL");
            statement.execute("PRAGMA wal_autocheckpoint = 0");
            statement.execute("CREATE TABLE note (id INTEGER PRIMARY KEY, text TEXT)");
            statement.execute("INSERT INTO note (text) VALUES ('buy milk')");
            Files.copy(folder.resolve("unknot.db-wal"), folder.resolve("kept-wal"));
            Files.copy(file(), folder.resolve("kept-db"));
        }
        Files.move(folder.resolve("kept-wal"), folder.resolve("unknot.db-wal"), StandardCopyOption.REPLACE_EXISTING);
        Files.move(folder.resolve("kept-db"), file(), StandardCopyOption.REPLACE_EXISTING);
        String db = DataFiles.hash(file());
        String wal = DataFiles.hash(folder.resolve("unknot.db-wal"));

        StorageException refused = assertThrows(StorageException.class, () -> Database.open(file()));

        assertTrue(refused.getMessage().contains("not an Unknot data file"), refused.getMessage());
        assertEquals(db, DataFiles.hash(file()));
        assertEquals(wal, DataFiles.hash(folder.resolve("unknot.db-wal")), "its WAL is not moved either");
        assertEquals(List.of(), setAside());
    }

    @Test
    void aFileWithUnknotsTableNamesButNotItsColumnsIsNotTakenForUnknots() throws Exception {
        for (String table : List.of("routine", "step", "session", "pain_entry", "setting")) {
            Fixtures.execute(file(), "CREATE TABLE " + table + " (anything TEXT)");
        }
        Fixtures.execute(file(), "PRAGMA user_version = 2");
        String before = DataFiles.hash(file());

        StorageException refused = assertThrows(StorageException.class, () -> Database.open(file()));

        assertTrue(refused.getMessage().contains("not an Unknot data file"), refused.getMessage());
        assertEquals(before, DataFiles.hash(file()));
        assertNoSideFiles();
    }

    @Test
    void aReadOnlyIndexLeftFromAReadOnlyTimeDoesNotBlockWritesOnceTheFileIsWritableAgain() throws Exception {
        DataFiles.withSessions(file(), 3);
        Path shm = folder.resolve("unknot.db-shm");
        Files.write(shm, new byte[32768]);
        Files.setPosixFilePermissions(shm, PosixFilePermissions.fromString("r--------"));

        try (Database database = Database.open(file())) {
            new SettingsStore(database).put("after", "written");
            assertEquals("rw-------", DataFiles.mode(shm));
        }

        assertEquals("written", Fixtures.text(file(), "SELECT value FROM setting WHERE key = 'after'"));
    }

    @Test
    void aReadOnlyFileWithUnappliedChangesInItsWalSaysSoAndKeepsTheWal() throws Exception {
        DataFiles.withSessions(file(), 3);
        Path crashed = Files.createDirectory(folder.resolve("crashed"));
        try (Database database = Database.open(file())) {
            database.read(c -> {
                try (Statement statement = c.createStatement()) {
                    statement.execute("PRAGMA wal_autocheckpoint = 0");
                }
                return null;
            });
            new SettingsStore(database).put("written", "just before the crash");
            Files.copy(file(), crashed.resolve("unknot.db"));
            Files.copy(folder.resolve("unknot.db-wal"), crashed.resolve("unknot.db-wal"));
        }
        Files.setPosixFilePermissions(crashed.resolve("unknot.db"), PosixFilePermissions.fromString("r--------"));
        String wal = DataFiles.hash(crashed.resolve("unknot.db-wal"));

        try (Database database = Database.open(crashed.resolve("unknot.db"))) {
            assertTrue(database.readOnly());
            assertTrue(database.notices().stream().anyMatch(n -> n.contains("unknot.db-wal")), database.notices().toString());
        }

        assertEquals(wal, DataFiles.hash(crashed.resolve("unknot.db-wal")));
        assertEquals("r--------", DataFiles.mode(crashed.resolve("unknot.db")));
    }
}
