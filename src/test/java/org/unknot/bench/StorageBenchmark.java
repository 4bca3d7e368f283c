package org.unknot.bench;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unknot.files.StarterRoutines;
import org.unknot.store.DataFolder;
import org.unknot.store.Storage;

/** What start-up costs on the disk: creating a data folder on the first run, and opening it afterwards. */
class StorageBenchmark {

    private static final Clock CLOCK = Clock.systemDefaultZone();

    @TempDir
    Path folder;

    @Test
    void firstRunAndLaterOpen() throws Exception {
        int[] created = {0};
        double firstRun = Bench.medianMillis(3, 15, () -> {
            Path fresh = Files.createTempDirectory(folder, "fresh");
            try (Storage storage = Storage.open(new DataFolder(fresh), CLOCK, StarterRoutines::load)) {
                created[0] = storage.routines().count();
            }
            return null;
        });
        Path existing = Files.createTempDirectory(folder, "existing");
        Storage.open(new DataFolder(existing), CLOCK, StarterRoutines::load).close();
        double laterOpen = Bench.medianMillis(3, 25, () -> {
            try (Storage storage = Storage.open(new DataFolder(existing), CLOCK, List::of)) {
                return storage.routines().summaries();
            }
        });

        Bench.report("storage.first_run_open_median", firstRun, "ms");
        Bench.report("storage.open_and_list_median", laterOpen, "ms");
        assertTrue(created[0] >= 4, "the first run seeds the starter routines");
    }
}
