package org.unknot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unknot.domain.Area;
import org.unknot.domain.PerformedBy;
import org.unknot.domain.Routine;
import org.unknot.domain.SessionStatus;
import org.unknot.domain.Step;
import org.unknot.domain.StepOutcome;
import org.unknot.domain.Tool;
import org.unknot.files.Rfc4180Reader;
import org.unknot.store.DataFolder;
import org.unknot.store.InstanceLock;
import org.unknot.store.Storage;

/** A session left in progress by a crash, as the command line shows it: interrupted unless the app is really open. */
class UnfinishedSessionCommandsTest {

    private static final Instant START = Instant.parse("2026-11-20T08:00:00Z");
    private static final Routine ROUTINE = new Routine("Roller", "", PerformedBy.SELF, List.of(
            Step.of(Tool.FOAM_ROLLER, Area.UPPER_BACK, 60), Step.of(Tool.FOAM_ROLLER, Area.CALVES, 60)));

    @TempDir
    Path data;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return UnknotCommand.run(args, (folder, play) -> 7, new PrintWriter(out), new PrintWriter(err));
    }

    /** One finished session and one the app left in progress, its first step done (as a crash leaves it). */
    private void leaveASessionInProgress() {
        try (Storage storage = Storage.open(new DataFolder(data), Clock.systemUTC(), List::of)) {
            long done = storage.sessions().start(Optional.empty(), ROUTINE, START.minusSeconds(86_400));
            storage.sessions().finish(done, SessionStatus.COMPLETED, Optional.empty(), START.minusSeconds(86_280));
            long open = storage.sessions().start(Optional.empty(), ROUTINE, START);
            storage.sessions().recordStep(open, 0, StepOutcome.COMPLETED, 60, 0);
        }
    }

    private List<String> exportedStatuses() throws Exception {
        Path file = data.resolve("history.csv");
        assertEquals(0, run("--data-dir", data.toString(), "export-history", file.toString()), err.toString());
        List<List<String>> rows = Rfc4180Reader.read(Files.readString(file, StandardCharsets.UTF_8));
        int status = rows.get(0).indexOf("status");
        return rows.subList(1, rows.size()).stream().map(row -> row.get(status)).toList();
    }

    @Test
    void aSessionLeftInProgressIsExportedAsInterruptedWhenNoAppHoldsTheFolder() throws Exception {
        leaveASessionInProgress();

        assertEquals(List.of("completed", "interrupted"), exportedStatuses());

        try (Storage storage = Storage.open(new DataFolder(data), Clock.systemUTC(), List::of)) {
            var session = storage.sessions().recent(1).get(0);
            assertEquals(SessionStatus.INTERRUPTED, session.status(), "marked in the file, as the app does");
            assertEquals(Optional.of(START.plusSeconds(60)), session.endedAt(), "its end is what was done");
            assertEquals(0, storage.sessions().markInterrupted(), "nothing left for the app to find");
        }
    }

    @Test
    void checkFindsASessionLeftInProgressAndKeepsItAsInterrupted() {
        leaveASessionInProgress();

        assertEquals(0, run("--data-dir", data.toString(), "check"), err.toString());

        assertTrue(out.toString().contains("2 sessions"), out.toString());
        try (Storage storage = Storage.open(new DataFolder(data), Clock.systemUTC(), List::of)) {
            assertEquals(SessionStatus.INTERRUPTED, storage.sessions().recent(1).get(0).status());
        }
    }

    @Test
    void aSessionTheOpenAppIsPlayingStaysInProgress() throws Exception {
        leaveASessionInProgress();

        try (InstanceLock app = InstanceLock.acquire(new DataFolder(data))) {
            assertEquals(List.of("completed", "in-progress"), exportedStatuses(), "the app is really playing it");
        }
    }
}
