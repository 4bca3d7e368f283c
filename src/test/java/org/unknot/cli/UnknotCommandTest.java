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
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unknot.domain.Routine;
import org.unknot.files.StarterRoutines;
import org.unknot.store.DataFolder;

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
        assertTrue(line.contains("schema 1"), line);
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
}
