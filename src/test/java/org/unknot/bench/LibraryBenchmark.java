package org.unknot.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unknot.domain.PainKind;
import org.unknot.domain.PainScore;
import org.unknot.domain.Routine;
import org.unknot.domain.SessionStatus;
import org.unknot.store.DataFolder;
import org.unknot.store.PainEntry;
import org.unknot.store.QueryPlans;
import org.unknot.store.RoutineSummary;
import org.unknot.store.Storage;

/** Loading the routine library (name, time, tools, last done, average relief) of a large collection. */
class LibraryBenchmark {

    private static final int ROUTINES = 1000;
    private static final Instant FIRST_DAY = Instant.parse("2025-01-06T07:30:00Z");

    @TempDir
    Path folder;

    @Test
    void loadOfAThousandRoutines() throws Exception {
        Random random = new Random(20_260_301);
        int played = 0;
        try (Storage storage = Storage.open(new DataFolder(folder), Clock.systemUTC(), List::of)) {
            long seedStart = System.nanoTime();
            for (int i = 0; i < ROUTINES; i++) {
                Routine routine = GeneratedRoutines.routine(String.format("Routine %04d", i), random);
                long id = storage.routines().add(routine);
                // A third of the routines are played, 1–8 times each, most of them rated before and after.
                if (i % 3 == 0) {
                    int sessions = 1 + random.nextInt(8);
                    for (int s = 0; s < sessions; s++) {
                        play(storage, id, routine, FIRST_DAY.plus(Duration.ofHours(random.nextInt(24 * 365))), random);
                    }
                    played++;
                }
            }
            System.out.printf("library.seed_%d %.1f s%n", ROUTINES, (System.nanoTime() - seedStart) / 1e9);

            double median = Bench.medianMillis(3, 15, storage.routines()::summaries);
            Bench.report("library.load_1000_median", median, "ms");
            QueryPlans.summaries(storage.database().file()).forEach(line -> System.out.println("plan " + line));

            List<RoutineSummary> summaries = storage.routines().summaries();
            assertEquals(ROUTINES, summaries.size());
            assertEquals(played, summaries.stream().filter(s -> s.lastDone().isPresent()).count());
            assertTrue(summaries.stream().anyMatch(s -> s.averageRelief().isPresent()));
            RoutineSummary first = summaries.get(0);
            Routine stored = storage.routines().find(first.id()).orElseThrow().routine();
            assertEquals(stored.plannedSeconds(), first.plannedSeconds());
            assertEquals(stored.steps().size(), first.stepCount());
            assertEquals(stored.tools(), first.tools());
        }
    }

    private static void play(Storage storage, long id, Routine routine, Instant start, Random random) {
        long session = storage.sessions().start(Optional.of(id), routine, start);
        Instant end = start.plusSeconds(routine.plannedSeconds());
        storage.sessions().finish(session, SessionStatus.COMPLETED, Optional.empty(), end);
        if (random.nextInt(5) > 0) {
            int before = 3 + random.nextInt(8);
            int after = Math.max(0, before - random.nextInt(5));
            storage.pain().rateSession(session, new PainEntry(PainKind.BEFORE, start, new PainScore(before), Set.of(),
                    ""));
            storage.pain().rateSession(session, new PainEntry(PainKind.AFTER, end, new PainScore(after), Set.of(), ""));
        }
    }
}
