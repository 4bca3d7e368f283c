package org.unknot.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import org.unknot.files.ImportReport;
import org.unknot.files.RoutineImporter;
import org.unknot.store.RoutineStore;
import org.unknot.store.Storage;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code import FILE...}: adds the routine of each file, whole or not at all; a refused file does not stop the rest. */
@Command(mixinStandardHelpOptions = true, name = "import", description = "Add the routine of each routine file; a file is imported whole or not at all.")
final class ImportCommand extends StorageCommand {

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Routine files (.json) exported by Unknot.")
    private List<String> files;

    private List<Path> paths;

    @Override
    void checkArguments() {
        paths = files.stream().map(FileArgument::path).toList();
    }

    @Override
    boolean writes() {
        return true;
    }

    @Override
    String refusal() {
        return "nothing was imported";
    }

    @Override
    int run(Storage storage, PrintWriter out) {
        RoutineStore routines = storage.routines();
        ImportReport report = new RoutineImporter(routine -> routines.addUnderFreeName(routine).routine().name(),
                storage.healthProfile().read()).importFiles(paths);
        report.imported().forEach(imported -> out.println(imported.line()));
        report.refused().forEach(refused -> err().println(refused.line()));
        return report.allImported() ? UnknotCommand.OK : UnknotCommand.USER_ERROR;
    }
}
