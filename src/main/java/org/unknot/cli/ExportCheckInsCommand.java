package org.unknot.cli;

import java.io.PrintWriter;
import org.unknot.files.CheckInsCsv;
import org.unknot.files.ExportException;
import org.unknot.store.Storage;
import picocli.CommandLine.Command;

/** {@code export-checkins FILE [--from DATE] [--to DATE]}: the daily check-ins of those days as CSV, oldest first. */
@Command(mixinStandardHelpOptions = true, name = "export-checkins",
        description = {"Write the daily check-ins to FILE as CSV, oldest first: "
                + "day,pain,flare,peg_pain,peg_enjoyment,peg_activity,as_needed_medicine,areas,note.",
                "Flare days, the PEG items and as-needed medicine are not recorded yet, so those cells are empty."})
final class ExportCheckInsCommand extends ExportCommand {

    @Override
    int run(Storage storage, PrintWriter out) {
        int written;
        try {
            written = CheckInsCsv.write(target(),
                    action -> storage.pain().forEachCheckIn(range().from(), range().to(), action));
        } catch (ExportException e) {
            throw new UserError(e.getMessage());
        }
        out.println("Wrote " + written + (written == 1 ? " check-in" : " check-ins") + " to " + target());
        return 0;
    }
}
