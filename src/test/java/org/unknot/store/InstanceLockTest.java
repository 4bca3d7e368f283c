package org.unknot.store;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InstanceLockTest {

    @TempDir
    Path path;

    @Test
    void secondCopyIsRefusedWhileTheFirstHoldsTheFolder() throws IOException {
        DataFolder folder = new DataFolder(path);
        try (InstanceLock first = InstanceLock.acquire(folder)) {
            StorageException refused = assertThrows(StorageException.class, () -> InstanceLock.acquire(folder));

            assertTrue(refused.getMessage().contains("already open"), refused.getMessage());
        }
    }

    @Test
    void folderCanBeOpenedAgainAfterTheFirstCopyCloses() throws IOException {
        DataFolder folder = new DataFolder(path);
        InstanceLock.acquire(folder).close();

        try (InstanceLock again = InstanceLock.acquire(folder)) {
            assertThrows(StorageException.class, () -> InstanceLock.acquire(folder), "the new lock holds");
        }
        InstanceLock.acquire(folder).close();
    }

    @Test
    void otherFoldersAreNotLocked() throws IOException {
        Path other = Files.createDirectory(path.resolve("other"));
        try (InstanceLock first = InstanceLock.acquire(new DataFolder(path));
             InstanceLock second = InstanceLock.acquire(new DataFolder(other))) {
            assertTrue(Files.exists(other.resolve("unknot.lock")));
        }
    }

    @Test
    void missingFolderIsReportedAsUnwritable() {
        StorageException refused = assertThrows(StorageException.class,
                () -> InstanceLock.acquire(new DataFolder(path.resolve("missing"))));

        assertTrue(refused.getMessage().contains("cannot write"), refused.getMessage());
    }
}
