package org.unknot.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unknot.domain.Routine;
import org.unknot.files.StarterRoutines;

class StorageTest {

    @TempDir
    Path temp;

    @Test
    void firstOpenCreatesTheDataFileAndAddsTheStarterRoutines() {
        DataFolder folder = new DataFolder(temp.resolve("unknot"));
        List<Routine> starters = StarterRoutines.load();

        try (Storage storage = Storage.open(folder, Fixtures.CLOCK, StarterRoutines::load)) {
            assertTrue(Files.isRegularFile(folder.databaseFile()));
            assertTrue(storage.routines().count() >= 4, "a handful of starter routines");
            assertEquals(starters.size(), storage.routines().count());
            assertEquals(starters.stream().map(Routine::name).collect(Collectors.toSet()),
                    storage.routines().summaries().stream().map(RoutineSummary::name).collect(Collectors.toSet()));
            for (Routine starter : starters) {
                assertEquals(starter, storage.routines().findByName(starter.name()).orElseThrow().routine());
            }
        }
    }

    @Test
    void deletedStarterStaysDeletedAfterReopening() {
        DataFolder folder = new DataFolder(temp);
        String deleted;
        try (Storage storage = Storage.open(folder, Fixtures.CLOCK, StarterRoutines::load)) {
            RoutineSummary first = storage.routines().summaries().get(0);
            deleted = first.name();
            storage.routines().delete(first.id());
        }

        try (Storage storage = Storage.open(folder, Fixtures.CLOCK, StarterRoutines::load)) {
            assertEquals(StarterRoutines.load().size() - 1, storage.routines().count());
            assertTrue(storage.routines().findByName(deleted).isEmpty());
        }
    }

    @Test
    void startersAreNotEvenLoadedOnceSeeded() {
        DataFolder folder = new DataFolder(temp);
        Storage.open(folder, Fixtures.CLOCK, StarterRoutines::load).close();

        try (Storage storage = Storage.open(folder, Fixtures.CLOCK, () -> {
            throw new AssertionError("starters were loaded again");
        })) {
            assertEquals(StarterRoutines.load().size(), storage.routines().count());
        }
    }

    @Test
    void refusedDataFileLeavesTheFolderAsItWas() throws IOException {
        DataFolder folder = new DataFolder(temp);
        byte[] text = "not a database".getBytes(StandardCharsets.UTF_8);
        Files.write(folder.databaseFile(), text);

        assertThrows(StorageException.class, () -> Storage.open(folder, Fixtures.CLOCK, StarterRoutines::load));

        assertArrayEquals(text, Files.readAllBytes(folder.databaseFile()));
        try (var files = Files.list(temp)) {
            assertEquals(Set.of("unknot.db"), files.map(p -> p.getFileName().toString()).collect(Collectors.toSet()));
        }
    }
}
