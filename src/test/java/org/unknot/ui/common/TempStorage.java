package org.unknot.ui.common;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.unknot.store.DataFolder;
import org.unknot.store.Storage;

/** A real, freshly migrated data folder (no starter routines) for each test; register with @RegisterExtension. */
public final class TempStorage implements BeforeEachCallback, AfterEachCallback {

    public static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");
    public static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

    private Path folder;
    private Storage storage;

    @Override
    public void beforeEach(ExtensionContext context) throws Exception {
        folder = Files.createTempDirectory("unknot-test");
        storage = Storage.open(new DataFolder(folder), CLOCK, List::of);
    }

    @Override
    public void afterEach(ExtensionContext context) throws Exception {
        storage.close();
        try (var paths = Files.walk(folder)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
    }

    public Storage storage() {
        return storage;
    }

    public Path folder() {
        return folder;
    }
}
