package org.unknot.cli;

import java.nio.file.Path;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/**
 * A command that writes what a range of days holds to FILE ({@code export-history}, {@code export-checkins},
 * {@code report}): the file and the days are checked before the data file is opened, so a mistyped one touches
 * nothing.
 */
abstract class ExportCommand extends StorageCommand {

    @Parameters(index = "0", paramLabel = "FILE", description = "The file to write; an existing file is replaced.")
    private String file;

    @Mixin
    private DateRangeOptions dates;

    private DateRange range;
    private Path target;

    @Override
    void checkArguments() {
        target = FileArgument.path(file).toAbsolutePath().normalize();
        range = dates.range();
    }

    /** The days asked for, each end open when not given. */
    final DateRange range() {
        return range;
    }

    /** The file to write, absolute. */
    final Path target() {
        return target;
    }
}
