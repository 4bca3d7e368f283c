package org.unknot.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
import org.unknot.files.Rfc4180Reader;
import org.unknot.files.StarterRoutines;
import org.unknot.store.DataFolder;
import org.unknot.store.PainEntry;
import org.unknot.store.Storage;

class UnknotCommandTest {

    @TempDir
    Path data;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private final List<DataFolder> started = new ArrayList<>();
    private final List<Optional<String>> played = new ArrayList<>();

    private int run(String... args) {
        AppStarter recorder = (folder, play) -> {
            started.add(folder);
            played.add(play);
            return 7;
        };
        return UnknotCommand.run(args, recorder, new PrintWriter(out), new PrintWriter(err));
    }

    private List<String> outLines() {
        return out.toString().lines().toList();
    }

    private List<String> errLines() {
        return err.toString().lines().toList();
    }

    private static List<String> starterLines() {
        return StarterRoutines.load().stream()
                .sorted(Comparator.comparing((Routine r) -> r.name().toLowerCase(Locale.ROOT)))
                .map(r -> r.name() + "\t" + r.plannedSeconds())
                .toList();
    }

    /** Records a completed session rated 6 then 3 and, a day later, one stopped because the pain got worse. */
    private List<Long> recordTwoSessions(Instant first) {
        Routine routine = new Routine("Back, \"roller\"", "", PerformedBy.SELF,
                List.of(Step.of(Tool.FOAM_ROLLER, Area.UPPER_BACK, 90)));
        try (Storage storage = Storage.open(new DataFolder(data), Clock.fixed(first, ZoneOffset.UTC), List::of)) {
            Instant second = first.plusSeconds(86_400);
            long stopped = storage.sessions().start(Optional.empty(), routine, second);
            storage.sessions().finish(stopped, SessionStatus.STOPPED, Optional.of(StopReason.PAIN_WORSE),
                    second.plusSeconds(30));
            long completed = storage.sessions().start(Optional.empty(), routine, first);
            storage.sessions().recordStep(completed, 0, StepOutcome.COMPLETED, 90, 0);
            storage.sessions().finish(completed, SessionStatus.COMPLETED, Optional.empty(), first.plusSeconds(95));
            storage.pain().rateSession(completed, new PainEntry(PainKind.BEFORE, first, new PainScore(6), Set.of(), ""));
            storage.pain().rateSession(completed, new PainEntry(PainKind.AFTER, first, new PainScore(3), Set.of(), ""));
            return List.of(completed, stopped);
        }
    }

    @Test
    void exportHistoryWritesTheCsvAndPrintsOneLine() throws IOException {
        Instant first = Instant.parse("2026-03-10T07:30:00Z");
        List<Long> ids = recordTwoSessions(first);
        Path file = data.resolve("history.csv");

        int code = run("export-history", file.toString(), "--data-dir", data.toString());

        assertEquals(UnknotCommand.OK, code, err.toString());
        assertEquals(List.of("Wrote 2 sessions to " + file.toAbsolutePath().normalize()), outLines());
        assertEquals("", err.toString());
        List<List<String>> records = Rfc4180Reader.read(Files.readString(file, StandardCharsets.UTF_8));
        assertEquals(3, records.size(), records.toString());
        List<String> completed = records.get(1);
        assertEquals(ids.get(0).toString(), completed.get(0));
        OffsetDateTime startedAt = OffsetDateTime.parse(completed.get(1));
        assertEquals(first, startedAt.toInstant());
        assertEquals(ZoneId.systemDefault().getRules().getOffset(first), startedAt.getOffset(), "this computer's zone");
        assertEquals(first.plusSeconds(95), OffsetDateTime.parse(completed.get(2)).toInstant());
        assertEquals(List.of("Back, \"roller\"", "completed", "90", "90", "6", "3", "-3", "", ""),
                completed.subList(3, 12));
        List<String> stopped = records.get(2);
        assertEquals(ids.get(1).toString(), stopped.get(0));
        assertEquals(List.of("stopped", "90", "0", "", "", "", "pain-worse", ""), stopped.subList(4, 12));
        assertTrue(started.isEmpty());
    }

    @Test
    void exportHistoryOntoAFolderFailsWithOneLineAndLeavesTheFolderAlone() throws IOException {
        recordTwoSessions(Instant.parse("2026-03-10T07:30:00Z"));
        Path target = Files.createDirectory(data.resolve("exports"));

        int code = run("--data-dir", data.toString(), "export-history", target.toString());

        assertEquals(UnknotCommand.USER_ERROR, code);
        assertEquals(1, errLines().size(), err.toString());
        assertTrue(errLines().get(0).contains(target.toString()), err.toString());
        assertTrue(errLines().get(0).contains("give a file name"), err.toString());
        assertEquals("", out.toString());
        try (var inside = Files.list(target)) {
            assertEquals(0, inside.count());
        }
    }

    @Test
    void exportHistoryWithoutAFileIsAUsageError() {
        int code = run("--data-dir", data.toString(), "export-history");

        assertEquals(UnknotCommand.USAGE_ERROR, code);
        assertTrue(err.toString().contains("Usage:"), err.toString());
        assertTrue(err.toString().contains("FILE"), err.toString());
        assertEquals("", out.toString());
        assertFalse(Files.exists(data.resolve("unknot.db")), "nothing is opened before the arguments are right");
    }

    @Test
    void listPrintsEachStarterRoutineWithItsPlannedSeconds() {
        int code = run("--data-dir", data.toString(), "list");

        assertEquals(UnknotCommand.OK, code, err.toString());
        assertEquals(starterLines(), outLines());
        assertTrue(outLines().size() >= 4);
        assertEquals("", err.toString());
        assertTrue(started.isEmpty(), "a subcommand never starts the app");
    }

    @Test
    void dataDirMayFollowTheSubcommand() {
        int code = run("list", "--data-dir", data.toString());

        assertEquals(UnknotCommand.OK, code, err.toString());
        assertEquals(starterLines(), outLines());
        assertTrue(Files.exists(data.resolve("unknot.db")), "the given folder was used");
        assertTrue(started.isEmpty());
    }

    @Test
    void checkPrintsOneLineSummaryAndCreatesTheDataFile() {
        Path folder = data.resolve("fresh");

        int code = run("--data-dir", folder.toString(), "check");

        assertEquals(UnknotCommand.OK, code, err.toString());
        assertEquals(1, outLines().size(), out.toString());
        String line = outLines().get(0);
        assertTrue(line.contains("schema 8"), line);
        assertTrue(line.contains("wal"), line);
        assertTrue(line.contains("integrity ok"), line);
        assertTrue(line.contains(StarterRoutines.load().size() + " routines"), line);
        assertTrue(Files.isRegularFile(folder.resolve("unknot.db")));
        assertTrue(started.isEmpty());
    }

    @Test
    void checkOfATextFileFailsWithOneLineAndLeavesItUnchanged() throws IOException {
        Path file = data.resolve("unknot.db");
        byte[] text = "dear diary\n".getBytes(StandardCharsets.UTF_8);
        Files.write(file, text);

        int code = run("--data-dir", data.toString(), "check");

        assertEquals(UnknotCommand.USER_ERROR, code);
        assertEquals(1, errLines().size(), err.toString());
        assertTrue(errLines().get(0).contains("not an Unknot data file"), err.toString());
        assertEquals("", out.toString());
        assertArrayEquals(text, Files.readAllBytes(file));
        assertTrue(started.isEmpty());
    }

    @Test
    void unknownCommandIsAUsageError() {
        int code = run("--data-dir", data.toString(), "frobnicate");

        assertEquals(UnknotCommand.USAGE_ERROR, code);
        assertTrue(err.toString().contains("Usage:"), err.toString());
        assertTrue(err.toString().contains("frobnicate"), err.toString());
        assertTrue(started.isEmpty(), "a mistyped command must not start the app");
        assertFalse(Files.exists(data.resolve("unknot.db")));
    }

    @Test
    void unknownOptionIsAUsageError() {
        int code = run("list", "--colour");

        assertEquals(UnknotCommand.USAGE_ERROR, code);
        assertTrue(err.toString().contains("Usage:"), err.toString());
        assertTrue(err.toString().contains("--colour"), err.toString());
        assertEquals("", out.toString());
        assertTrue(started.isEmpty());
    }

    @Test
    void noSubcommandStartsTheAppWithTheResolvedFolderAndReturnsItsCode() {
        int code = run("--data-dir", data.toString());

        assertEquals(7, code);
        assertEquals(List.of(new DataFolder(data.toAbsolutePath().normalize())), started);
        assertEquals("", out.toString());
        assertFalse(Files.exists(data.resolve("unknot.db")), "the command line leaves opening the data to the app");
    }

    @Test
    void helpIsPrintedWithoutStartingTheApp() {
        int code = run("--help");

        assertEquals(UnknotCommand.OK, code);
        assertTrue(out.toString().contains("list"), out.toString());
        assertTrue(out.toString().contains("check"), out.toString());
        assertTrue(out.toString().contains("export-history"), out.toString());
        assertTrue(started.isEmpty());
    }

    @Test
    void playOpensTheAppOnAnExistingRoutine() {
        int code = run("--data-dir", data.toString(), "--play", "low-back relief");

        assertEquals(7, code);
        assertEquals(List.of(Optional.of("low-back relief")), played);
    }

    @Test
    void playOfAnUnknownRoutineExitsWithOneLineAndNoWindow() {
        int code = run("--data-dir", data.toString(), "--play", "Shoulder blaster");

        assertEquals(1, code);
        assertEquals(List.of("There is no routine called \"Shoulder blaster\"; run \"unknot list\" to see the names."),
                errLines());
        assertTrue(started.isEmpty());
    }

    @Test
    void versionPrintsTheVersionOfThePomWithoutStartingTheApp() throws IOException {
        String pom = Files.readString(Path.of("pom.xml"));
        Matcher project = Pattern.compile("<artifactId>unknot</artifactId>\\s*<version>([^<]+)</version>").matcher(pom);
        assertTrue(project.find(), "pom.xml states the project's version");

        int code = run("--version");

        assertEquals(UnknotCommand.OK, code);
        assertEquals(List.of("Unknot " + project.group(1)), outLines());
        assertTrue(started.isEmpty());
    }

    @Test
    void aMisspelledCommandGetsACommandSuggested() {
        int code = run("--data-dir", data.toString(), "lsit");

        assertEquals(UnknotCommand.USAGE_ERROR, code);
        assertTrue(err.toString().contains("Did you mean: unknot "), err.toString());
        assertTrue(started.isEmpty());
    }

    @Test
    void dataDirWithAnEqualsSignStartsTheAppOnThatFolder() {
        int code = run("--data-dir=" + data);

        assertEquals(7, code);
        assertEquals(List.of(new DataFolder(data.toAbsolutePath().normalize())), started);
    }

    @Test
    void aCommandNameAsTheRoutineToPlayIsAUsageError() {
        int code = run("--data-dir", data.toString(), "--play", "list");

        assertEquals(UnknotCommand.USAGE_ERROR, code);
        assertTrue(err.toString().contains("Expected parameter for option '--play' but found 'list'"), err.toString());
        assertTrue(started.isEmpty());
    }

    @Test
    void anOptionGivenTwiceIsAUsageError() {
        int code = run("--data-dir", data.toString(), "--data-dir", data.toString());

        assertEquals(UnknotCommand.USAGE_ERROR, code);
        assertTrue(started.isEmpty());
    }

    @Test
    void anAppThatFailsToStartGivesItsStackTraceAndExitCodeOne() {
        int code = UnknotCommand.run(new String[] {"--data-dir", data.toString()}, (folder, play) -> {
            throw new IllegalStateException("the toolkit is missing");
        }, new PrintWriter(out), new PrintWriter(err));

        assertEquals(1, code);
        assertEquals("java.lang.IllegalStateException: the toolkit is missing", errLines().get(0));
        assertTrue(errLines().get(1).trim().startsWith("at "), err.toString());
    }
}
