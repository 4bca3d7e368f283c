package org.unknot.files;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.unknot.domain.HealthProfile;
import org.unknot.domain.Routine;
import org.unknot.domain.SafetyFinding;
import org.unknot.domain.SafetyRules;

/**
 * Imports routine files, each one whole or not at all: a file that cannot be read, breaks a safety rule that blocks
 * saving or cannot be saved is refused with its reasons, and the import goes on with the next file.
 */
public final class RoutineImporter {

    private static final String SAVE_FAILED =
            "Unknot could not save this routine; try again, and if it keeps happening run the check command.";

    private final RoutineSink sink;
    private final HealthProfile profile;

    public RoutineImporter(RoutineSink sink) {
        this(sink, HealthProfile.NONE);
    }

    /**
     * As above, with the user's health profile: what it finds is reported with the imported routine but refuses
     * nothing, since the file is the same for everyone and the library marks what the profile makes unsafe.
     */
    public RoutineImporter(RoutineSink sink, HealthProfile profile) {
        this.sink = sink;
        this.profile = profile;
    }

    public ImportReport importFiles(List<Path> files) {
        List<ImportReport.Imported> imported = new ArrayList<>();
        List<ImportReport.Refused> refused = new ArrayList<>();
        for (Path file : files) {
            String fileName = RoutineFile.fileName(file);
            try {
                imported.add(importFile(file, fileName));
            } catch (RoutineFileException e) {
                refused.add(new ImportReport.Refused(fileName, e.problems()));
            }
        }
        return new ImportReport(imported, refused);
    }

    private ImportReport.Imported importFile(Path file, String fileName) throws RoutineFileException {
        Routine routine = RoutineFile.read(file);
        List<SafetyFinding> findings = SafetyRules.evaluate(routine, profile);
        List<String> blocking = findings.stream()
                .filter(RoutineImporter::refuses)
                .map(finding -> fileName + ": " + finding.describe())
                .toList();
        if (!blocking.isEmpty()) {
            throw new RoutineFileException(blocking);
        }
        String name;
        try {
            name = sink.addUnderFreeName(routine);
        } catch (RuntimeException e) {
            // Whatever the store refuses costs this file only; the next file may still be imported.
            String message = e.getMessage() == null || e.getMessage().isBlank() ? SAVE_FAILED : e.getMessage();
            throw new RoutineFileException(List.of(fileName + ": " + message));
        }
        Optional<String> renamedFrom = name.equals(routine.name()) ? Optional.empty() : Optional.of(routine.name());
        List<SafetyFinding> warnings = findings.stream().filter(finding -> !refuses(finding)).toList();
        return new ImportReport.Imported(fileName, name, renamedFrom, warnings);
    }

    /** An error of the rules for everyone; the health profile's errors are reported, not refused. */
    private static boolean refuses(SafetyFinding finding) {
        return finding.blocking() && finding.rule().condition().isEmpty();
    }
}
