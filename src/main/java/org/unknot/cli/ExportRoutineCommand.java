package org.unknot.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import org.unknot.files.ExportException;
import org.unknot.files.RoutineFile;
import org.unknot.store.Storage;
import org.unknot.store.StoredRoutine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code export-routine NAME FILE}: writes one routine as a routine file that {@code import} reads back. */
@Command(mixinStandardHelpOptions = true, name = "export-routine", description = "Write the routine called NAME to FILE as a routine file.")
final class ExportRoutineCommand extends StorageCommand {

    @Parameters(index = "0", paramLabel = "NAME", description = "The routine's name, in any letter case.")
    private String name;

    @Parameters(index = "1", paramLabel = "FILE", description = "The file to write; an existing file is replaced.")
    private String file;

    private Path target;

    @Override
    void checkArguments() {
        target = FileArgument.path(file).toAbsolutePath().normalize();
    }

    @Override
    int run(Storage storage, PrintWriter out) {
        StoredRoutine stored = storage.routines().findByName(name).orElseThrow(() -> new UserError(
                "There is no routine called \"" + name + "\"; run \"unknot list\" to see the names."));
        try {
            RoutineFile.export(stored.routine(), target);
        } catch (ExportException e) {
            throw new UserError(e.getMessage());
        }
        out.println("Wrote \"" + stored.routine().name() + "\" to " + target);
        return 0;
    }
}
