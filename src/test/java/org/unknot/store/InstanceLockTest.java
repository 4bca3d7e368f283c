package org.unknot.store;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
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

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void aWritingCommandWaitsForAnotherCommandToFinish() throws Exception {
        DataFolder folder = new DataFolder(path);
        InstanceLock first = InstanceLock.tryAcquire(folder).orElseThrow();
        CompletableFuture<Optional<InstanceLock>> second = CompletableFuture.supplyAsync(
                () -> InstanceLock.acquireForCommand(folder, Duration.ofMinutes(10)));

        assertFalse(second.isDone(), "the second command waits while the first holds the folder");
        assertFalse(InstanceLock.heldByApp(folder));
        first.close();

        try (InstanceLock taken = second.get(30, TimeUnit.SECONDS).orElseThrow()) {
            assertThrows(StorageException.class, () -> InstanceLock.acquire(folder), "the second command holds it");
        }
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void aWritingCommandDoesNotWaitForTheApp() throws IOException {
        DataFolder folder = new DataFolder(path);
        try (InstanceLock app = InstanceLock.acquire(folder)) {
            assertTrue(InstanceLock.heldByApp(folder));
            assertTrue(InstanceLock.acquireForCommand(folder, Duration.ofHours(1)).isEmpty());
        }
        assertFalse(InstanceLock.heldByApp(new DataFolder(path.resolve("missing"))),
                "no lock file: not known to be the app");
    }

    @Test
    void aCommandGivesUpWhenItsPatienceRunsOut() throws IOException {
        DataFolder folder = new DataFolder(path);
        try (InstanceLock first = InstanceLock.tryAcquire(folder).orElseThrow()) {
            assertTrue(InstanceLock.acquireForCommand(folder, Duration.ZERO).isEmpty());
        }
    }
}
