package org.unknot.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unknot.files.StarterRoutines;

class BackupsTest {

    private static final Instant DAY_ONE = Instant.parse("2026-11-22T10:00:00Z");

    @TempDir
    Path root;

    private static Clock on(Instant instant) {
        return Clock.fixed(instant, ZoneOffset.UTC);
    }

    @Test
    void theDailyCopyIsACompleteOwnerOnlyDatabaseWithEveryRoutine() throws Exception {
        DataFolder folder = new DataFolder(root);
        try (Storage storage = Storage.open(folder, on(DAY_ONE), StarterRoutines::load)) {
            Optional<Path> copy = new Backups(folder, storage.database(), on(DAY_ONE)).backUpIfDue();

            assertEquals(Optional.of(root.resolve("backups/unknot-2026-11-22.db")), copy);
            assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(copy.get())));
            try (Database restored = Database.open(copy.get())) {
                assertEquals(storage.routines().count(), new RoutineStore(restored, on(DAY_ONE)).count());
                assertEquals("ok", restored.integrityCheck());
            }
        }
    }

    @Test
    void oneCopyADayAndOnlyTheLastSevenDaysAreKept() throws Exception {
        DataFolder folder = new DataFolder(root);
        try (Storage storage = Storage.open(folder, on(DAY_ONE), List::of)) {
            for (int day = 0; day < 10; day++) {
                Backups backups = new Backups(folder, storage.database(), on(DAY_ONE.plus(Duration.ofDays(day))));
                assertTrue(backups.backUpIfDue().isPresent(), "day " + day);
                assertEquals(Optional.empty(), backups.backUpIfDue(), "a second call the same day does nothing");
            }
            List<Path> kept = new Backups(folder, storage.database(), on(DAY_ONE)).list();

            assertEquals(Backups.KEPT, kept.size());
            assertEquals("unknot-2026-11-25.db", kept.get(0).getFileName().toString());
            assertEquals("unknot-2026-12-01.db", kept.get(kept.size() - 1).getFileName().toString());
            try (var files = Files.list(folder.backups())) {
                assertEquals(Backups.KEPT, files.count(), "no partial copies are left behind");
            }
        }
    }

    @Test
    void backingUpNowReplacesTodaysCopyAndTheListingSaysWhichCopiesAreGood() throws Exception {
        DataFolder folder = new DataFolder(root);
        try (Storage storage = Storage.open(folder, on(DAY_ONE), StarterRoutines::load)) {
            Backups backups = new Backups(folder, storage.database(), on(DAY_ONE));
            Path first = backups.backUpNow();
            storage.routines().delete(storage.routines().summaries().get(0).id());
            Path again = backups.backUpNow();
            Files.copy(first, folder.backups().resolve("unknot-2026-11-21.db"));
            DataFiles.damageMiddlePage(DataFiles.withSessions(folder.backups().resolve("unknot-2026-11-20.db"), 300));

            List<Backups.Copy> copies = Backups.describe(folder);

            assertEquals(first, again);
            try (Database copy = Database.open(again)) {
                assertEquals(storage.routines().count(), new RoutineStore(copy, on(DAY_ONE)).count());
            }
            assertEquals(List.of("2026-11-22", "2026-11-21", "2026-11-20"),
                    copies.stream().map(c -> c.day().toString()).toList());
            assertEquals(List.of(true, true, false), copies.stream().map(Backups.Copy::good).toList());
            assertEquals(Files.size(again), copies.get(0).bytes());
        }
    }
}
