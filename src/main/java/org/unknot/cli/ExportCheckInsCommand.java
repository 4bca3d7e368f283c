package org.unknot.cli;

import java.io.PrintWriter;
import java.time.ZoneId;
import org.unknot.files.CheckInsCsv;
import org.unknot.files.ExportException;
import org.unknot.store.Storage;
import picocli.CommandLine.Command;

/** {@code export-checkins FILE [--from DATE] [--to DATE]}: the daily check-ins of those days as CSV, oldest first. */
@Command(mixinStandardHelpOptions = true, name = "export-checkins",
        description = {"Write the daily check-ins to FILE as CSV, oldest first: "
                + "day,pain,flare,peg_pain,peg_enjoyment,peg_activity,as_needed_medicine,areas,note.",
                "A weekly PEG answer fills the peg_ cells of the day it was given (a day with only a PEG answer"
                        + " has an empty pain); flare days and as-needed medicine are not recorded yet, so those cells are empty."})
final class ExportCheckInsCommand extends ExportCommand {

    @Override
    int run(Storage storage, PrintWriter out) {
        int written;
        try {
            written = CheckInsCsv.write(target(),
                    action -> storage.pain().forEachCheckIn(range().from(), range().to(), action),
                    storage.peg().answeredDays(range().from(), range().to(), ZoneId.systemDefault()));
        } catch (ExportException e) {
            throw new UserError(e.getMessage());
        }
        out.println("Wrote " + written + (written == 1 ? " check-in" : " check-ins") + " to " + target());
        return 0;
    }
}
