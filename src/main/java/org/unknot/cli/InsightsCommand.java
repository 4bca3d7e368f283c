package org.unknot.cli;

import java.io.PrintWriter;
import java.time.ZoneId;
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
        if (json) {
            out.println(InsightsJson.of(report, range.from(), range.to()));
        } else {
            report.sentences().forEach(out::println);
        }
        return 0;
    }
}
