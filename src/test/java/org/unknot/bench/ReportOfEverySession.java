package org.unknot.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import java.util.List;
import org.unknot.files.PhysicianReport;
import org.unknot.files.ReportContent;
import org.unknot.files.ReportContents;
import org.unknot.files.SessionRows;
import org.unknot.files.StarterRoutines;
import org.unknot.store.DataFolder;
import org.unknot.store.HistoryFilter;
import org.unknot.store.Storage;

/**
 * The physician report of every session in a data folder, from the database to the PDF, as {@code report --from}
 * the first day writes it. Its {@code main} runs in a child JVM with a capped heap, so the benchmark can show the
 * report fits in that heap and read the heap's peak from inside.
 */
final class ReportOfEverySession {

    private ReportOfEverySession() {
    }

    /** Writes the report of every session to {@code pdf} and returns how many sessions it holds. */
    static int write(Storage storage, Path pdf, LocalDate today, ZoneId zone) throws Exception {
        Instant[] oldest = {null};
        storage.sessions().forEachOldestFirst(session -> {
            if (oldest[0] == null) {
                oldest[0] = session.startedAt();
            }
        });
        LocalDate first = oldest[0].atZone(zone).toLocalDate();
        SessionRows rows = action -> storage.sessions().forEachOldestFirst(HistoryFilter.all(), action);
        ReportContent content = ReportContents.of(rows, storage.pain().checkIns(first, today),
                storage.sessions().insights(HistoryFilter.all(), zone), storage.redFlags().lastCheck(), Optional.empty(),
                first, today, today, zone,
                action -> storage.pain().forEachCheckIn(Optional.of(first), Optional.of(today), action));
        PhysicianReport.write(pdf, content);
        return content.sessions().count();
    }

    /** {@code folder pdf today zone}: prints {@code sessions N}, {@code seconds S} and {@code peak_mb M}. */
    public static void main(String[] args) throws Exception {
        ZoneId zone = ZoneId.of(args[3]);
        try (Storage storage = Storage.open(new DataFolder(Path.of(args[0])), Clock.system(zone),
                StarterRoutines::load)) {
            List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                    .filter(pool -> pool.getType() == MemoryType.HEAP).toList();
            System.gc();
            heap.forEach(MemoryPoolMXBean::resetPeakUsage);
            long start = System.nanoTime();
            int sessions = write(storage, Path.of(args[1]), LocalDate.parse(args[2]), zone);
            double seconds = (System.nanoTime() - start) / 1e9;
            // Each pool's own peak, summed: at least the heap's true peak, since the pools need not peak together.
            long peak = heap.stream().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
            System.out.println("sessions " + sessions);
            System.out.println("seconds " + seconds);
            System.out.println("peak_mb " + peak / 1e6);
        }
    }
}
