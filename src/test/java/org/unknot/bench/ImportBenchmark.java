package org.unknot.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unknot.files.ImportReport;
import org.unknot.files.RoutineFile;
import org.unknot.files.RoutineImporter;
import org.unknot.store.Database;
import org.unknot.store.RoutineStore;

/** Importing a folder's worth of routine files: reading, checking and saving each one in its own transaction. */
class ImportBenchmark {

    private static final int FILES = 50;

    @TempDir
    Path folder;

    @Test
    void importOfFiftyFiles() throws Exception {
        Random random = new Random(50);
        Path files = Files.createDirectory(folder.resolve("files"));
        List<Path> paths = new ArrayList<>();
        for (int i = 0; i < FILES; i++) {
            Path file = files.resolve("routine-" + i + ".json");
            RoutineFile.write(GeneratedRoutines.routine("Imported " + i, random), file);
            paths.add(file);
        }

        int warmups = 3;
        double[] millis = new double[15];
        for (int run = -warmups; run < millis.length; run++) {
            // Each run imports into a new data file, so that no name clashes and opening is not timed.
            Path data = Files.createDirectory(folder.resolve("data" + (run + warmups)));
            try (Database database = Database.open(data.resolve("unknot.db"))) {
                RoutineStore routines = new RoutineStore(database, Clock.systemUTC());
                RoutineImporter importer = new RoutineImporter(routine -> routines.addUnderFreeName(routine).routine().name());
                long start = System.nanoTime();
                ImportReport report = importer.importFiles(paths);
                double elapsed = (System.nanoTime() - start) / 1e6;
                assertTrue(report.allImported(), report.lines().toString());
                assertEquals(FILES, routines.count());
                if (run >= 0) {
                    millis[run] = elapsed;
                }
            }
        }
        Arrays.sort(millis);

        Bench.report("import.50_files", Bench.median(millis), "ms");
    }
}
