package org.unknot.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unknot.cli.SampleHistory;
import org.unknot.domain.DailyPain;
import org.unknot.domain.InsightReport;
import org.unknot.domain.Insights;
import org.unknot.domain.SessionRecord;
import org.unknot.files.HistoryCsv;
import org.unknot.files.PhysicianReport;
import org.unknot.files.ReportContents;
import org.unknot.files.StarterRoutines;
import org.unknot.store.DataFolder;
import org.unknot.store.HistoryFilter;
import org.unknot.store.HistoryWriter;
import org.unknot.store.QueryPlans;
import org.unknot.store.Storage;

/**
 * A long history, as {@code sample-data --sessions 100000} makes it. Targets: the first page of history under
 * 300 ms, the full CSV export under 3 s, the data file under 100 MB.
 */
class HistoryBenchmark {

    private static final int SESSIONS = 100_000;
    private static final ZoneId ZONE = ZoneId.of("Europe/Berlin");

    @TempDir
    Path folder;

    @Test
    void hundredThousandSessions() throws Exception {
        try (Storage storage = Storage.open(new DataFolder(folder), Clock.system(ZONE), StarterRoutines::load)) {
            long start = System.nanoTime();
            HistoryWriter.Written written = SampleHistory.generate(storage, SESSIONS, 1, LocalDate.of(2026, 11, 22), ZONE);
            Bench.report("history.generate_100k", (System.nanoTime() - start) / 1e9, "s");
            assertEquals(SESSIONS, written.sessions());

            checkpoint(storage);
            Path db = storage.database().file();
            Path wal = db.resolveSibling(db.getFileName() + "-wal");
            long bytes = Files.size(db) + (Files.exists(wal) ? Files.size(wal) : 0);
            Bench.report("history.db_size_100k", bytes / 1e6, "MB");

            int[] rows = {0};
            double firstPage = Bench.medianMillis(2, 10, () -> rows[0] = storage.sessions().recent(50).size());
            Bench.report("history.first_page_100k", firstPage, "ms");
            assertEquals(50, rows[0]);
            QueryPlans.recentSessions(db, 50).forEach(line -> System.out.println("plan recent " + line));

            Path csv = Files.createDirectory(folder.resolve("exports")).resolve("history.csv");
            int[] exported = {0};
            double export = Bench.medianMillis(0, 3, () -> exported[0] = HistoryCsv.write(csv, ZONE,
                    storage.sessions()::forEachOldestFirst));
            Bench.report("history.csv_export_100k", export / 1000, "s");
            assertEquals(SESSIONS, exported[0]);
            QueryPlans.sessionsOldestFirst(db, false, false).forEach(line -> System.out.println("plan export " + line));
            QueryPlans.sessionsOldestFirst(db, true, true).forEach(line -> System.out.println("plan ranged " + line));

            // What the History page reads for its default range: the last 90 days' sessions and check-ins, and
            // their insights; and the physician report for a year, from the database to the PDF.
            LocalDate today = LocalDate.of(2026, 11, 22);
            double insights = Bench.medianMillis(2, 10, () -> insightsOf(storage, today.minusDays(90), today));
            Bench.report("history.insights_90_days_100k", insights, "ms");
            // The worst case: a range so long that it reaches the page's cap of 10,000 sessions.
            double capped = Bench.medianMillis(1, 5, () -> insightsOf(storage, today.minusYears(1000), today));
            Bench.report("history.insights_10000_sessions", capped, "ms");
            Path pdf = folder.resolve("exports").resolve("report.pdf");
            double report = Bench.medianMillis(1, 3, () -> {
                LocalDate first = today.minusYears(1);
                InsightsInput input = insightsOf(storage, first, today);
                PhysicianReport.write(pdf, ReportContents.of(input.sessions(), input.checkIns(), input.report(), first,
                        today, today, ZONE));
                return input;
            });
            Bench.report("history.report_year_100k", report / 1000, "s");
        }
    }

    private record InsightsInput(List<SessionRecord> sessions, List<DailyPain> checkIns, InsightReport report) {
    }

    private static InsightsInput insightsOf(Storage storage, LocalDate first, LocalDate last) {
        HistoryFilter filter = new HistoryFilter(Optional.of(first.atStartOfDay(ZONE).toInstant()),
                Optional.of(last.plusDays(1).atStartOfDay(ZONE).toInstant()), Optional.empty(), Optional.empty(),
                Optional.empty());
        List<SessionRecord> sessions = new ArrayList<>(storage.sessions().newestFirst(filter, 10_000));
        Collections.reverse(sessions);
        List<DailyPain> checkIns = storage.pain().checkIns(first, last);
        return new InsightsInput(sessions, checkIns, Insights.of(sessions, checkIns, ZONE));
    }

    private static void checkpoint(Storage storage) {
        storage.database().read(connection -> {
            try (Statement statement = connection.createStatement();
                 ResultSet rows = statement.executeQuery("PRAGMA wal_checkpoint(TRUNCATE)")) {
                return rows.next();
            }
        });
    }
}
