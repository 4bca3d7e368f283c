package org.unknot.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataFolderTest {

    private static final String HOME = "/home/ada";
    private static final String LINUX = "Linux";

    @TempDir
    Path temp;

    private static Path resolve(Optional<String> option, Map<String, String> environment, String os) {
        return DataFolder.resolve(option, environment, os, HOME).path();
    }

    @Test
    void optionBeatsTheEnvironmentVariable() {
        Map<String, String> environment = Map.of("UNKNOT_DATA_DIR", "/srv/env", "XDG_DATA_HOME", "/srv/xdg");

        assertEquals(Path.of("/srv/option"), resolve(Optional.of("/srv/option"), environment, LINUX));
    }

    @Test
    void environmentVariableBeatsXdgDataHome() {
        Map<String, String> environment = Map.of("UNKNOT_DATA_DIR", "/srv/env", "XDG_DATA_HOME", "/srv/xdg");

        assertEquals(Path.of("/srv/env"), resolve(Optional.empty(), environment, LINUX));
    }

    @Test
    void xdgDataHomeIsUsedOnLinux() {
        assertEquals(Path.of("/srv/xdg/unknot"), resolve(Optional.empty(), Map.of("XDG_DATA_HOME", "/srv/xdg"), LINUX));
    }

    @Test
    void linuxDefaultIsInTheHomeFolder() {
        assertEquals(Path.of(HOME, ".local", "share", "unknot"), resolve(Optional.empty(), Map.of(), LINUX));
        assertEquals(Path.of(HOME, ".local", "share", "unknot"),
                resolve(Optional.empty(), Map.of("XDG_DATA_HOME", " "), LINUX));
    }

    @Test
    void macDefaultIsInApplicationSupport() {
        assertEquals(Path.of(HOME, "Library", "Application Support", "Unknot"),
                resolve(Optional.empty(), Map.of("XDG_DATA_HOME", "/srv/xdg"), "Mac OS X"));
    }

    @Test
    void windowsDefaultIsInAppData() {
        assertEquals(Path.of("/users/ada/appdata").resolve("Unknot"),
                resolve(Optional.empty(), Map.of("APPDATA", "/users/ada/appdata"), "Windows 11"));
        assertEquals(Path.of(HOME, "AppData", "Roaming", "Unknot"), resolve(Optional.empty(), Map.of(), "Windows 11"));
    }

    @Test
    void blankOptionAndBlankVariableAreIgnored() {
        assertEquals(Path.of("/srv/env"),
                resolve(Optional.of("   "), Map.of("UNKNOT_DATA_DIR", "/srv/env"), LINUX));
        assertEquals(Path.of(HOME, ".local", "share", "unknot"),
                resolve(Optional.of(""), Map.of("UNKNOT_DATA_DIR", "  "), LINUX));
    }

    @Test
    void relativeOptionIsMadeAbsolute() {
        Path resolved = resolve(Optional.of("data/../unknot-data"), Map.of(), LINUX);

        assertTrue(resolved.isAbsolute(), resolved.toString());
        assertEquals(Path.of("unknot-data").toAbsolutePath(), resolved);
    }

    @Test
    void unusableFolderNameIsRefusedWithAPlainMessage() {
        StorageException refused = assertThrows(StorageException.class,
                () -> resolve(Optional.of("bad\0name"), Map.of(), LINUX));

        assertTrue(refused.getMessage().contains("not a usable folder name"), refused.getMessage());
    }

    @Test
    void databaseBackupsAndLogsLiveInTheFolder() {
        DataFolder folder = new DataFolder(Path.of("/srv/unknot"));

        assertEquals(Path.of("/srv/unknot/unknot.db"), folder.databaseFile());
        assertEquals(Path.of("/srv/unknot/backups"), folder.backups());
        assertEquals(Path.of("/srv/unknot/logs"), folder.logs());
    }

    @Test
    void prepareCreatesTheFolderForItsOwnerOnly() throws IOException {
        Path path = temp.resolve("new").resolve("unknot");

        new DataFolder(path).prepare();

        assertTrue(Files.isDirectory(path));
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(path)));
        try (var leftovers = Files.list(path)) {
            assertEquals(0, leftovers.count(), "the write check leaves nothing behind");
        }
    }

    @Test
    void theLogsFolderIsForItsOwnerOnly() throws IOException {
        DataFolder folder = new DataFolder(temp.resolve("unknot"));
        folder.prepare();

        Path logs = folder.createLogs();

        assertEquals(folder.path().resolve("logs"), logs);
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(logs)));
    }

    @Test
    void prepareKeepsAnExistingFolderAndItsFiles() throws IOException {
        Path path = Files.createDirectory(temp.resolve("existing"));
        Files.writeString(path.resolve("keep.txt"), "mine");

        new DataFolder(path).prepare();

        assertEquals("mine", Files.readString(path.resolve("keep.txt")));
    }

    @Test
    void prepareRefusesAPathThatIsAFile() throws IOException {
        Path path = Files.writeString(temp.resolve("not-a-folder"), "text");

        StorageException refused = assertThrows(StorageException.class, () -> new DataFolder(path).prepare());

        assertTrue(refused.getMessage().contains("is a file, not a folder"), refused.getMessage());
        assertEquals("text", Files.readString(path));
    }

    @Test
    void prepareRefusesAFolderInsideAFile() throws IOException {
        Path file = Files.writeString(temp.resolve("plain-file"), "text");

        StorageException refused = assertThrows(StorageException.class,
                () -> new DataFolder(file.resolve("unknot")).prepare());

        assertTrue(refused.getMessage().contains("cannot write"), refused.getMessage());
    }

    @Test
    void prepareRefusesAFolderItCannotWrite() throws IOException {
        Path parent = Files.createDirectory(temp.resolve("read-only"));
        Files.setPosixFilePermissions(parent, PosixFilePermissions.fromString("r-x------"));
        try {
            assumeFalse(Files.isWritable(parent), "Running as a user who may write anywhere (such as root), so a "
                    + "read-only folder cannot be made here; this test needs an ordinary user.");

            StorageException refused = assertThrows(StorageException.class,
                    () -> new DataFolder(parent.resolve("unknot")).prepare());

            assertTrue(refused.getMessage().contains("cannot write"), refused.getMessage());
        } finally {
            Files.setPosixFilePermissions(parent, PosixFilePermissions.fromString("rwx------"));
        }
    }
}
