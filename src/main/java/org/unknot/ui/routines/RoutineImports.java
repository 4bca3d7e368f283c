package org.unknot.ui.routines;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.unknot.domain.HealthProfile;
import org.unknot.files.ImportReport;
import org.unknot.files.RoutineImporter;
import org.unknot.store.RoutineStore;
import org.unknot.store.StoredRoutine;

/** Imports routine files into the library, remembering the last one added so the library can select it. */
final class RoutineImports {

    private final RoutineStore store;
    private final Supplier<HealthProfile> profile;

    RoutineImports(RoutineStore store) {
        this(store, () -> HealthProfile.NONE);
    }

    /** @param profile reads the health profile; called on the background thread */
    RoutineImports(RoutineStore store, Supplier<HealthProfile> profile) {
        this.store = store;
        this.profile = profile;
    }

    /** Runs on the background thread. */
    Result importFiles(List<Path> files) {
        AtomicLong last = new AtomicLong(-1);
        ImportReport report = new RoutineImporter(routine -> {
            StoredRoutine saved = store.addUnderFreeName(routine);
            last.set(saved.id());
            return saved.routine().name();
        }, profile.get()).importFiles(files);
        return new Result(report.lines(), last.get() < 0 ? Optional.empty() : Optional.of(last.get()));
    }

    record Result(List<String> lines, Optional<Long> lastImported) {
    }
}
