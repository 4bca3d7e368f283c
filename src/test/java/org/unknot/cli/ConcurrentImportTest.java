package org.unknot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unknot.domain.Area;
import org.unknot.domain.PerformedBy;
import org.unknot.domain.Routine;
import org.unknot.domain.Step;
import org.unknot.domain.Tool;
import org.unknot.files.RoutineFile;
import org.unknot.store.DataFolder;
import org.unknot.store.RoutineSummary;
import org.unknot.store.Storage;

/** Imports run at the same time, as two command lines would, rename a clash "(2)" as one import does. */
class ConcurrentImportTest {

    private static final int IMPORTS = 6;

    @TempDir
    Path folder;

    @Test
    void importsAtTheSameTimeNeverRefuseANameTheyCouldRename() throws Exception {
        Path data = folder.resolve("data");
        Path file = folder.resolve("back.json");
        RoutineFile.write(new Routine("Back", "", PerformedBy.SELF,
                List.of(Step.of(Tool.FOAM_ROLLER, Area.UPPER_BACK, 60))), file);
        try (Storage storage = Storage.open(new DataFolder(data), Clock.systemDefaultZone(), List::of)) {
            storage.routines().count();
        }
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(IMPORTS);
        try {
            List<Future<String>> results = new ArrayList<>();
            for (int i = 0; i < IMPORTS; i++) {
                results.add(threads.submit(() -> {
                    StringWriter out = new StringWriter();
                    StringWriter err = new StringWriter();
                    start.await();
                    int code = UnknotCommand.run(new String[] {"--data-dir", data.toString(), "import",
                            file.toString()}, (dataFolder, play) -> 7, new PrintWriter(out), new PrintWriter(err));
                    return code + " " + err.toString().strip();
                }));
            }
            start.countDown();
            for (Future<String> result : results) {
                assertEquals("0 ", result.get());
            }
        } finally {
            threads.shutdownNow();
        }
        List<String> expected = new ArrayList<>(List.of("Back"));
        IntStream.rangeClosed(2, IMPORTS).forEach(n -> expected.add("Back (" + n + ")"));
        try (Storage storage = Storage.open(new DataFolder(data), Clock.systemDefaultZone(), List::of)) {
            assertEquals(expected, storage.routines().summaries().stream().map(RoutineSummary::name).sorted().toList());
        }
    }
}
