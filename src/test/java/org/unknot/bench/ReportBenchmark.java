package org.unknot.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unknot.domain.Insights;
import org.unknot.cli.SampleHistory;
import org.unknot.domain.PainScore;
import org.unknot.domain.PerformedBy;
import org.unknot.domain.SessionRecord;
import org.unknot.domain.SessionStatus;
import org.unknot.domain.StopReason;
import org.unknot.domain.Tool;
import org.unknot.domain.Worked;
import org.unknot.files.CheckInRows;
import org.unknot.files.PhysicianReport;
import org.unknot.files.ReportContent;
import org.unknot.files.ReportContents;
import org.unknot.files.StarterRoutines;
import org.unknot.store.DataFolder;
import org.unknot.store.Storage;

/** The physician report for a busy year: about 1,500 sessions, four a day on some days; the target is under 3 s. */
class ReportBenchmark {

    private static final ZoneId ZONE = ZoneId.of("Europe/Berlin");
    private static final LocalDate FIRST_DAY = LocalDate.of(2025, 11, 24);
    private static final String[] ROUTINES = {"Low back relief", "Upper-back reset", "Neck and shoulders at the desk",
        "Legs: thighs, hips, calves"};

    @TempDir
    Path folder;

    @Test
    void yearOfSessions() throws Exception {
        ReportContent year = year(new Random(7), 1500);
        Path file = folder.resolve("report.pdf");

        double millis = Bench.medianMillis(2, 5, () -> {
            PhysicianReport.write(file, year);
            return null;
        });

        Bench.report("report.year_pdf", millis, "ms");
        Bench.report("report.year_pdf_kb", Files.size(file) / 1024.0, "KB");
        assertTrue(Files.size(file) > 10_000, "the report holds the detail pages");
    }

    /**
     * The report of every session of a 100,000-session history, streamed from the database: timed in this JVM (warm,
     * median of 3), and run once more in a child JVM capped at {@value #HEAP_CAP_MB} MB of heap, which must succeed;
     * the peak is the child's heap pools' peaks summed after a GC and a reset.
     */
    @Test
    void everySessionOfAHundredThousand() throws Exception {
        LocalDate today = LocalDate.of(2026, 11, 22);
        Path pdf = folder.resolve("all.pdf");
        try (Storage storage = Storage.open(new DataFolder(folder), Clock.system(ZONE), StarterRoutines::load)) {
            SampleHistory.generate(storage, 100_000, 1, today, ZONE);
            int[] written = {0};
            double millis = Bench.medianMillis(1, 3, () -> written[0] = ReportOfEverySession.write(storage, pdf,
                    today, ZONE));
            Bench.report("report.all_100k_seconds", millis / 1000, "s");
            Bench.report("report.all_100k_pdf_mb", Files.size(pdf) / 1e6, "MB");
            assertEquals(100_000, written[0]);
        }

        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + HEAP_CAP_MB + "m", "-cp", System.getProperty("java.class.path"),
                ReportOfEverySession.class.getName(), folder.toString(), pdf.toString(), today.toString(), ZONE.getId())
                .redirectErrorStream(true).start();
        String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, child.waitFor(), output);
        Map<String, String> figures = output.lines().map(line -> line.split(" ", 2)).filter(parts -> parts.length == 2)
                .collect(Collectors.toMap(parts -> parts[0], parts -> parts[1], (a, b) -> b));
        assertEquals("100000", figures.get("sessions"), output);
        Bench.report("report.all_100k_peak_mb", Double.parseDouble(figures.get("peak_mb")), "MB");
        Bench.report("report.all_100k_cold_seconds", Double.parseDouble(figures.get("seconds")), "s");
    }

    private static final int HEAP_CAP_MB = 400;

    private static ReportContent year(Random random, int count) {
        List<SessionRecord> sessions = new ArrayList<>();
        Instant start = FIRST_DAY.atTime(7, 0).atZone(ZONE).toInstant();
        long minutesInYear = ChronoUnit.MINUTES.between(start, start.plus(Duration.ofDays(364)));
        List<Long> offsets = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            offsets.add((long) (random.nextDouble() * minutesInYear));
        }
        offsets.sort(null);
        for (int i = 0; i < count; i++) {
            Instant at = start.plus(Duration.ofMinutes(offsets.get(i)));
            boolean stopped = random.nextInt(12) == 0;
            int planned = 300 + 60 * random.nextInt(26);
            int done = stopped ? random.nextInt(planned) : planned;
            int before = 3 + random.nextInt(6);
            int after = Math.max(0, Math.min(10, before - 2 + random.nextInt(4)));
            sessions.add(new SessionRecord(i + 1, Optional.of((long) i % ROUTINES.length), ROUTINES[i % ROUTINES.length],
                    PerformedBy.SELF, at, Optional.of(at.plusSeconds(done)),
                    stopped ? SessionStatus.STOPPED : SessionStatus.COMPLETED,
                    stopped ? Optional.of(StopReason.values()[random.nextInt(4)]) : Optional.empty(), planned, done,
                    Optional.of(new PainScore(before)), random.nextInt(10) == 0 ? Optional.empty()
                            : Optional.of(new PainScore(after)),
                    random.nextInt(5) == 0 ? "Tight on the left after sitting all day; the cold ball helped" : "",
                    Worked.of(Tool.FOAM_ROLLER, Tool.COLD_BALL)));
        }
        // page one as the app builds it: key numbers, safety, tool × area rows and insights of these sessions
        return ReportContents.of(sessions, List.of(), Insights.of(sessions, List.of(), ZONE), Optional.empty(),
                Optional.empty(), FIRST_DAY, FIRST_DAY.plusDays(363), FIRST_DAY.plusDays(364), ZONE, CheckInRows.of(List.of()));
    }
}
