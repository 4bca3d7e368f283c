package org.unknot.cli;

import java.util.Optional;
import picocli.CommandLine.Option;

/** {@code --from DATE --to DATE}, as the export and report commands take them. */
final class DateRangeOptions {

    @Option(names = "--from", paramLabel = "DATE",
            description = "First day to include, as YYYY-MM-DD (default: the first session).")
    private String from;

    @Option(names = "--to", paramLabel = "DATE",
            description = "Last day to include, as YYYY-MM-DD (default: the last session, or today).")
    private String to;

    /** The range, or a UserError with a plain sentence for a date that is not a date or a reversed range. */
    DateRange range() {
        return DateRange.parse(Optional.ofNullable(from), Optional.ofNullable(to));
    }
}
