package org.unknot.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unknot.cli.SampleHistory;
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
 * 300 ms, the insights of all 100,000 sessions under 300 ms, the full CSV export under 3 s, the data file under 100 MB.
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

            // What the History page reads for its default range: the last 90 days' insights; then every session
            // of the history in one pass, as an all-time range on the page or `insights` without dates reads it;
            // and the physician report for a year, from the database to the PDF.
            LocalDate today = LocalDate.of(2026, 11, 22);
            int[] counted = {0};
            double insights = Bench.medianMillis(2, 10, () -> counted[0] = storage.sessions()
                    .insights(range(today.minusDays(90), today), ZONE).sessions());
            Bench.report("history.insights_90_days_100k", insights, "ms");
            double all = Bench.medianMillis(2, 7, () -> counted[0] = storage.sessions()
                    .insights(HistoryFilter.all(), ZONE).sessions());
            Bench.report("history.insights_all_100k", all, "ms");
            assertEquals(SESSIONS, counted[0]);
            QueryPlans.insights(db, HistoryFilter.all(), ZONE).forEach(line -> System.out.println("plan insights " + line));
            Path pdf = folder.resolve("exports").resolve("report.pdf");
            double report = Bench.medianMillis(1, 3, () -> {
                LocalDate first = today.minusYears(1);
                PhysicianReport.write(pdf, ReportContents.of(ReportOfEverySession.period(storage, range(first, today),
                        first, today, ZONE), Optional.empty(), first, today, today, ZONE));
                return pdf;
            });
            Bench.report("history.report_year_100k", report / 1000, "s");
        }
    }

    private static HistoryFilter range(LocalDate first, LocalDate last) {
        return new HistoryFilter(Optional.of(first.atStartOfDay(ZONE).toInstant()),
                Optional.of(last.plusDays(1).atStartOfDay(ZONE).toInstant()), Optional.empty(), Set.of(),
                Optional.empty());
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
