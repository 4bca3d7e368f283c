package org.unknot.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import java.util.List;
import org.unknot.files.PhysicianReport;
import org.unknot.files.ReportContent;
import org.unknot.files.ReportContents;
import org.unknot.files.ReportPeriod;
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
        LocalDate first = storage.sessions().firstStart().orElseThrow().atZone(zone).toLocalDate();
        ReportContent content = ReportContents.of(period(storage, HistoryFilter.all(), first, today, zone),
                Optional.empty(), first, today, today, zone);
        PhysicianReport.write(pdf, content);
        return content.sessions().count();
    }

    /** What the report reads of the sessions {@code filter} keeps and the check-ins of its days, as the app does. */
    static ReportPeriod period(Storage storage, HistoryFilter filter, LocalDate first, LocalDate last, ZoneId zone) {
        return new ReportPeriod(storage.sessions().periodUse(filter, zone, ReportContents.NOTES_SHOWN),
                action -> storage.sessions().forEachOldestFirst(filter, action), storage.pain().checkIns(first, last),
                action -> storage.pain().forEachCheckIn(Optional.of(first), Optional.of(last), action),
                storage.pain().latestNotes(first, last, ReportContents.NOTES_SHOWN),
                storage.sessions().insights(filter, zone), storage.redFlags().lastCheck());
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
