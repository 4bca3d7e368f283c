package org.unknot.bench;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unknot.domain.Insights;
import org.unknot.domain.PainScore;
import org.unknot.domain.PerformedBy;
import org.unknot.domain.SessionRecord;
import org.unknot.domain.SessionStatus;
import org.unknot.domain.StopReason;
import org.unknot.domain.Tool;
import org.unknot.domain.Worked;
import org.unknot.files.PhysicianReport;
import org.unknot.files.ReportContent;
import org.unknot.files.ReportContents;

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
                Optional.empty(), FIRST_DAY, FIRST_DAY.plusDays(363), FIRST_DAY.plusDays(364), ZONE);
    }
}
