package org.unknot.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unknot.domain.Area;
import org.unknot.domain.PainKind;
import org.unknot.domain.PainScore;
import org.unknot.domain.PerformedBy;
import org.unknot.domain.Routine;
import org.unknot.domain.SessionStatus;
import org.unknot.domain.Step;
import org.unknot.domain.StepOutcome;
import org.unknot.domain.StopReason;
import org.unknot.domain.Tool;
import org.unknot.files.HistoryCsv;
import org.unknot.store.DataFolder;
import org.unknot.store.HistoryWriter;
import org.unknot.store.PainEntry;
import org.unknot.store.SessionRecording;
import org.unknot.store.Storage;

/**
 * What the player waits for on the disk: recording a step as it ends (target: median under 10 ms with
 * {@code synchronous=FULL}), and exporting a long history as CSV.
 */
class SessionStepBenchmark {

    private static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");
    private static final int STEPS = 20;
    private static final int WARMUPS = 20;
    private static final int CALLS = 300;
    private static final int SESSIONS = 10_000;

    @TempDir
    Path folder;

    @Test
    void recordStep() throws Exception {
        try (Storage storage = Storage.open(new DataFolder(folder), Clock.fixed(NOW, ZoneOffset.UTC), List::of)) {
            assertEquals(2, pragma(storage, "synchronous"), "measured with synchronous=FULL");
            Routine routine = new Routine("Twenty steps", "", PerformedBy.SELF, IntStream.range(0, STEPS)
                    .mapToObj(i -> Step.of(i % 2 == 0 ? Tool.FOAM_ROLLER : Tool.HANDHELD_MASSAGER, Area.UPPER_BACK, 60))
                    .toList());
            SessionRecording recording = new SessionRecording(storage.sessions(), storage.pain());
            long session = recording.start(Optional.empty(), routine, NOW, Optional.empty());
            int[] call = {0};

            double[] millis = Bench.sortedMillis(WARMUPS, CALLS, () -> {
                int n = call[0]++;
                recording.stepEnded(session, n % STEPS, StepOutcome.COMPLETED, 1 + n % 60, 0);
                return null;
            });

            Bench.report("session.record_step_median", Bench.median(millis), "ms");
            Bench.report("session.record_step_max", millis[millis.length - 1], "ms");
            // The last pass over the steps wrote calls 300..319, so step p holds 1 + (300 + p) % 60 seconds.
            int expected = IntStream.range(0, STEPS).map(p -> 1 + (WARMUPS + CALLS - STEPS + p) % 60).sum();
            assertEquals(expected, storage.sessions().find(session).orElseThrow().doneSeconds());
            assertEquals(STEPS, count(storage, "SELECT COUNT(*) FROM session_step WHERE status = 'completed'"));
        }
    }

    @Test
    void exportTenThousandSessions() throws Exception {
        try (Storage storage = Storage.open(new DataFolder(folder), Clock.fixed(NOW, ZoneOffset.UTC), List::of)) {
            generateHistory(storage);
            Path csv = Files.createDirectory(folder.resolve("exports")).resolve("history.csv");
            int[] written = {0};

            double millis = Bench.medianMillis(1, 5, () -> written[0] = HistoryCsv.write(csv, ZoneId.of("Europe/Berlin"),
                    storage.sessions()::forEachOldestFirst));

            Bench.report("history.csv_export_10k", millis, "ms");
            assertEquals(SESSIONS, written[0]);
            try (var lines = Files.lines(csv)) {
                assertEquals(SESSIONS + 1 + SESSIONS / 10, lines.count(), "header, sessions, one note line in ten");
            }
        }
    }


    /** Ten thousand sessions of four steps, two ratings each, every tenth stopped with a two-line note; one transaction. */
    private static void generateHistory(Storage storage) {
        List<Step> steps = IntStream.range(0, 4).mapToObj(i -> Step.of(Tool.FOAM_ROLLER, Area.UPPER_BACK, 150)).toList();
        HistoryWriter.write(storage.database(), writer -> {
            for (int i = 1; i <= SESSIONS; i++) {
                Instant start = NOW.minusSeconds(8L * 3600 * (SESSIONS - i));
                boolean stopped = i % 10 == 0;
                Routine played = new Routine(i % 3 == 0 ? "Low back, \"gentle\"" : "Upper-back reset", "",
                        PerformedBy.SELF, steps);
                List<HistoryWriter.StepProgress> progress = IntStream.range(0, 4).mapToObj(position ->
                        new HistoryWriter.StepProgress(StepOutcome.COMPLETED, stopped && position > 1 ? 0 : 150, 0))
                        .toList();
                writer.add(new HistoryWriter.FinishedSession(Optional.empty(), played, start,
                        start.plusSeconds(stopped ? 300 : 600), stopped ? SessionStatus.STOPPED : SessionStatus.COMPLETED,
                        stopped ? Optional.of(StopReason.PAIN_WORSE) : Optional.empty(),
                        stopped ? "Hurt at the second step,\nso I stopped" : "", progress,
                        Optional.of(rating(PainKind.BEFORE, start, 3 + i % 5)),
                        Optional.of(rating(PainKind.AFTER, start, 1 + i % 5))));
            }
        });
    }

    private static PainEntry rating(PainKind kind, Instant at, int score) {
        return new PainEntry(kind, at, new PainScore(score), Set.of(), "");
    }

    private static int pragma(Storage storage, String name) {
        return count(storage, "PRAGMA " + name);
    }

    private static int count(Storage storage, String sql) {
        return storage.database().read(connection -> {
            try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
                rows.next();
                return rows.getInt(1);
            }
        });
    }
}
