package org.unknot.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.unknot.domain.AsNeededUse;
import org.unknot.domain.CheckInRecord;
import org.unknot.domain.InsightReport;
import org.unknot.store.Storage;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code insights [--from DATE] [--to DATE] [--json]}: what the history of those days says, as the History page and
 * the report say it — plain sentences, or one JSON object.
 */
@Command(mixinStandardHelpOptions = true, name = "insights",
        description = "Print what the sessions and check-ins say about your pain, as sentences or as JSON.")
final class InsightsCommand extends StorageCommand {

    @Mixin
    private DateRangeOptions dates;

    @Option(names = "--json", description = "Print one JSON object instead of sentences.")
    private boolean json;

    private DateRange range;

    @Override
    void checkArguments() {
        range = dates.range();
    }

    @Override
    int run(Storage storage, PrintWriter out) {
        ZoneId zone = ZoneId.systemDefault();
        InsightReport report = storage.sessions().insights(range.filter(zone), zone);
        Optional<AsNeededUse> asNeeded = asNeeded(storage, range.from().or(report::firstDay),
                range.to().or(report::lastDay));
        if (json) {
            out.println(InsightsJson.of(report, range.from(), range.to(), asNeeded));
        } else {
            report.sentences().forEach(out::println);
            asNeeded.flatMap(AsNeededUse::sentence).ifPresent(out::println);
        }
        return 0;
    }

    /** The as-needed medicine days of the days {@code first} to {@code last}; empty without those days. */
    private static Optional<AsNeededUse> asNeeded(Storage storage, Optional<LocalDate> first,
                                                  Optional<LocalDate> last) {
        if (first.isEmpty() || last.isEmpty() || last.get().isBefore(first.get())) {
            return Optional.empty();
        }
        List<CheckInRecord> checkIns = new ArrayList<>();
        storage.pain().forEachCheckIn(first, last, checkIns::add);
        return Optional.of(AsNeededUse.of(checkIns, first.get(), last.get()));
    }
}
