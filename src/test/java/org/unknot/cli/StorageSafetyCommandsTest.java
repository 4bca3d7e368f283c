package org.unknot.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import java.time.Clock;
import org.unknot.domain.Area;
import org.unknot.domain.PerformedBy;
import org.unknot.domain.Routine;
import org.unknot.domain.Step;
import org.unknot.domain.Tool;
import org.unknot.store.DataFolder;
import org.unknot.store.Storage;
import org.unknot.store.InstanceLock;

/** The commands on a damaged, locked or odd data file: one plain sentence, the right exit code, the file unchanged. */
class StorageSafetyCommandsTest {

    private static final String ROUTINE = """
            {"format": "unknot-routine", "version": 1, "name": "Calves", "performedBy": "self",
             "steps": [{"tool": "foam-roller", "area": "calves", "seconds": 60}]}
            """;

    @TempDir
    Path folder;

    private StringWriter out = new StringWriter();
    private StringWriter err = new StringWriter();

    private int run(String... args) {
        out = new StringWriter();
        err = new StringWriter();
        AppStarter noApp = (dataFolder, play) -> {
            throw new AssertionError("a subcommand never starts the app");
        };
        return UnknotCommand.run(args, noApp, new PrintWriter(out), new PrintWriter(err));
    }

    private Path data() {
        return folder.resolve("data");
    }

    private Path db() {
        return data().resolve("unknot.db");
    }

    private Path routineFile() throws Exception {
        return Files.writeString(folder.resolve("calves.json"), ROUTINE);
    }

    private void withHistory() {
        assertEquals(0, run("--data-dir", data().toString(), "sample-data", "--sessions", "300"), err.toString());
    }

    /**
     * Damages a page in the middle of the session table: the integrity check finds it, and listing the routines
     * does not read it. (Picked by table, not by position: a schema change moves the pages.)
     */
    private byte[] damageMiddlePage() throws Exception {
        List<Long> sessionPages = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + db());
             Statement statement = connection.createStatement();
             ResultSet pages = statement.executeQuery(
                     "SELECT pageno FROM dbstat WHERE name = 'session' AND pagetype = 'leaf' ORDER BY pageno")) {
            while (pages.next()) {
                sessionPages.add(pages.getLong(1));
            }
        }
        byte[] bytes = Files.readAllBytes(db());
        int start = (int) (sessionPages.get(sessionPages.size() / 2) - 1) * 4096;
        for (int i = start; i < start + 64; i++) {
            bytes[i] = (byte) 0xA5;
        }
        Files.write(db(), bytes);
        return bytes;
    }

    private void assertOnePlainLine() {
        assertEquals(1, err.toString().lines().count(), err.toString());
        assertFalse(err.toString().contains("Exception"), err.toString());
        assertFalse(err.toString().contains("SQLITE"), err.toString());
    }

    @Test
    void importIntoADamagedFileExitsOneAndChangesNothing() throws Exception {
        withHistory();
        byte[] damaged = damageMiddlePage();

        int code = run("--data-dir", data().toString(), "import", routineFile().toString());

        assertEquals(1, code, out.toString());
        assertTrue(err.toString().contains("damaged"), err.toString());
        assertTrue(err.toString().contains("unknot restore-backup"), err.toString());
        assertArrayEquals(damaged, Files.readAllBytes(db()));
    }

    @Test
    void checkOfADamagedFileSaysSoWithTheRestoreAdvice() throws Exception {
        withHistory();
        byte[] damaged = damageMiddlePage();

        int code = run("--data-dir", data().toString(), "check");

        assertEquals(1, code);
        assertTrue(err.toString().contains("damaged"), err.toString());
        assertTrue(err.toString().contains("unknot restore-backup"), err.toString());
        assertOnePlainLine();
        assertArrayEquals(damaged, Files.readAllBytes(db()));
    }

    @Test
    void importWhileTheAppIsOpenSaysSoAndWritesNothing() throws Exception {
        assertEquals(0, run("--data-dir", data().toString(), "check"));
        byte[] before = Files.readAllBytes(db());
        try (InstanceLock app = InstanceLock.acquire(new DataFolder(data()))) {
            int code = run("--data-dir", data().toString(), "import", routineFile().toString());

            assertEquals(1, code);
            assertTrue(err.toString().contains("Unknot is open"), err.toString());
            assertOnePlainLine();
        }
        assertArrayEquals(before, Files.readAllBytes(db()));
    }

    @Test
    void sampleDataWhileTheAppIsOpenSaysSo() throws Exception {
        assertEquals(0, run("--data-dir", data().toString(), "check"));
        try (InstanceLock app = InstanceLock.acquire(new DataFolder(data()))) {
            int code = run("--data-dir", data().toString(), "sample-data", "--sessions", "5");

            assertEquals(1, code);
            assertTrue(err.toString().contains("Unknot is open"), err.toString());
        }
        assertEquals(0, run("--data-dir", data().toString(), "check"));
        assertTrue(out.toString().contains(" 0 sessions"), out.toString());
    }

    @Test
    void readingCommandsStillWorkWhileTheAppIsOpen() throws Exception {
        withHistory();
        try (InstanceLock app = InstanceLock.acquire(new DataFolder(data()))) {
            assertEquals(0, run("--data-dir", data().toString(), "check"), err.toString());
            assertTrue(out.toString().contains("300 sessions"), out.toString());
        }
    }

    @Test
    void negativeSchemaVersionIsOneLineAndExitOne() throws Exception {
        assertEquals(0, run("--data-dir", data().toString(), "check"));
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + db());
             Statement statement = connection.createStatement()) {
            statement.execute("PRAGMA user_version = -1");
        }

        assertEquals(1, run("--data-dir", data().toString(), "list"));
        assertOnePlainLine();
        assertTrue(err.toString().contains("-1"), err.toString());
    }

    @Test
    void restoreBackupPutsTheNewestBackupInPlaceAndKeepsTheDamagedFileAside() throws Exception {
        withHistory();
        Files.createDirectories(data().resolve("backups"));
        Files.copy(db(), data().resolve("backups/unknot-2026-11-20.db"));
        damageMiddlePage();

        int code = run("--data-dir", data().toString(), "restore-backup");

        assertEquals(0, code, err.toString());
        assertTrue(out.toString().contains("2026-11-20"), out.toString());
        assertTrue(out.toString().contains("set-aside"), out.toString());
        assertEquals(0, run("--data-dir", data().toString(), "check"), err.toString());
        assertTrue(out.toString().contains("300 sessions"), out.toString());
    }

    @Test
    void restoreBackupWhileTheAppIsOpenIsRefused() throws Exception {
        withHistory();
        Files.createDirectories(data().resolve("backups"));
        Files.copy(db(), data().resolve("backups/unknot-2026-11-20.db"));
        byte[] before = Files.readAllBytes(db());
        try (InstanceLock app = InstanceLock.acquire(new DataFolder(data()))) {
            assertEquals(1, run("--data-dir", data().toString(), "restore-backup", "2026-11-20"));
            assertTrue(err.toString().contains("Unknot is open"), err.toString());
            assertOnePlainLine();
        }
        assertArrayEquals(before, Files.readAllBytes(db()));
    }

    @Test
    void restoreBackupWithNoBackupsExitsOne() throws Exception {
        assertEquals(0, run("--data-dir", data().toString(), "check"));

        assertEquals(1, run("--data-dir", data().toString(), "restore-backup"));
        assertTrue(err.toString().contains("no backups"), err.toString());
        assertOnePlainLine();
    }

    @Test
    void restoreBackupWithTwoDatesIsAUsageError() {
        assertEquals(2, run("--data-dir", data().toString(), "restore-backup", "2026-11-20", "2026-11-21"));
    }

    @Test
    void readingADamagedFileWorksButSaysItIsDamaged() throws Exception {
        withHistory();
        byte[] damaged = damageMiddlePage();

        int code = run("--data-dir", data().toString(), "list");

        assertEquals(0, code, err.toString());
        assertTrue(err.toString().contains("damaged"), err.toString());
        assertArrayEquals(damaged, Files.readAllBytes(db()));
    }

    @Test
    void aCommandBesideTheOpenAppLeavesTheAppsWalAloneAndSeesWhatItSaved() throws Exception {
        withHistory();
        DataFolder folder = new DataFolder(data());
        try (InstanceLock app = InstanceLock.acquire(folder);
             Storage storage = Storage.open(folder, Clock.systemDefaultZone(), List::of)) {
            storage.database().read(c -> {
                try (Statement statement = c.createStatement()) {
                    statement.execute("PRAGMA wal_autocheckpoint = 0");
                }
                return null;
            });
            storage.routines().add(new Routine("Only in the WAL", "", PerformedBy.SELF,
                    List.of(Step.of(Tool.FOAM_ROLLER, Area.CALVES, 60))));
            byte[] wal = Files.readAllBytes(data().resolve("unknot.db-wal"));

            assertEquals(0, run("--data-dir", data().toString(), "list"), err.toString());

            assertTrue(out.toString().contains("Only in the WAL"), out.toString());
            assertArrayEquals(wal, Files.readAllBytes(data().resolve("unknot.db-wal")));
            assertFalse(Files.exists(data().resolve("set-aside")));
        }
    }
}
