package org.unknot.cli;

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
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unknot.domain.Area;
import org.unknot.domain.HealthCondition;
import org.unknot.domain.HealthProfile;
import org.unknot.domain.Intensity;
import org.unknot.domain.PerformedBy;
import org.unknot.domain.Routine;
import org.unknot.domain.SafetyRule;
import org.unknot.domain.Side;
import org.unknot.domain.Step;
import org.unknot.domain.Technique;
import org.unknot.domain.Tool;
import org.unknot.files.RoutineFile;
import org.unknot.store.DataFolder;
import org.unknot.store.Storage;

/** {@code import} and {@code export-routine} on a real data folder. */
class RoutineFileCommandsTest {

    /** Every optional field of a routine and of a step is set somewhere, each to a value other than its default. */
    private static final Routine FULL = new Routine("Neck for two", "Gentle, by a partner", PerformedBy.PARTNER,
            List.of(new Step(Tool.HANDHELD_MASSAGER, Optional.of(Area.NECK), Side.EACH, Optional.of(Technique.CIRCULAR),
                            Optional.of(Intensity.LIGHT), OptionalInt.of(1), 45,
                            "Press the knot beside the shoulder blade and hold"),
                    Step.rest(15, "Switch to the roller"),
                    new Step(Tool.FOAM_ROLLER, Optional.of(Area.THIGHS), Side.LEFT, Optional.of(Technique.DEEP_PRESSURE),
                            Optional.of(Intensity.FIRM), OptionalInt.empty(), 90, ""),
                    new Step(Tool.COLD_BALL, Optional.of(Area.CALVES), Side.RIGHT,
                            Optional.of(Technique.LONG_STROKES), Optional.of(Intensity.MEDIUM), OptionalInt.empty(),
                            120, "Slow strokes up the calf")));

    @TempDir
    Path folder;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        AppStarter noApp = (dataFolder, play) -> {
            throw new AssertionError("a subcommand never starts the app");
        };
        return UnknotCommand.run(args, noApp, new PrintWriter(out), new PrintWriter(err));
    }

    private List<String> outLines() {
        return out.toString().lines().toList();
    }

    private List<String> errLines() {
        return err.toString().lines().toList();
    }

    private Path data() {
        return folder.resolve("data");
    }

    private Storage open(Path dataFolder) {
        return Storage.open(new DataFolder(dataFolder), Clock.systemDefaultZone(), List::of);
    }

    private Optional<Routine> stored(Path dataFolder, String name) {
        try (Storage storage = open(dataFolder)) {
            return storage.routines().findByName(name).map(found -> found.routine());
        }
    }

    @Test
    void importOfAGoodAndABadFileImportsTheGoodOneAndExitsOne() throws IOException {
        Path good = folder.resolve("neck.json");
        RoutineFile.write(FULL, good);
        Path bad = folder.resolve("bad.json");
        Files.writeString(bad, "{\"format\": \"unknot-routine\", \"version\": 1, \"name\": \"Bad\", \"steps\": "
                + "[{\"tool\": \"rest\", \"seconds\": 10}, {\"tool\": \"foam-roller\", \"area\": \"thighs\", "
                + "\"seconds\": 4}]}", StandardCharsets.UTF_8);

        int code = run("import", bad.toString(), good.toString(), "--data-dir", data().toString());

        assertEquals(UnknotCommand.USER_ERROR, code);
        assertEquals(List.of("Imported \"Neck for two\" from neck.json."), outLines());
        assertEquals(1, errLines().size(), err.toString());
        assertTrue(errLines().get(0).startsWith("Refused bad.json: bad.json: Step 2: "), err.toString());
        assertTrue(errLines().get(0).contains("seconds must be between 5 and 3600"), err.toString());

        out.getBuffer().setLength(0);
        assertEquals(UnknotCommand.OK, run("list", "--data-dir", data().toString()));
        assertTrue(outLines().contains("Neck for two\t" + FULL.plannedSeconds()), out.toString());
        assertFalse(out.toString().contains("Bad"), out.toString());
    }

    @Test
    void importOfGoodFilesOnlyExitsZeroAndRenamesAClash() throws IOException {
        Path file = folder.resolve("neck.json");
        RoutineFile.write(FULL, file);

        int code = run("--data-dir", data().toString(), "import", file.toString(), file.toString());

        assertEquals(UnknotCommand.OK, code, err.toString());
        assertEquals(List.of("Imported \"Neck for two\" from neck.json.",
                "Imported \"Neck for two (2)\" from neck.json: a routine called \"Neck for two\" already exists."),
                outLines());
        assertEquals("", err.toString());
    }

    @Test
    void importReportsWhatTheHealthProfileFindsAndStillImports() throws IOException {
        try (Storage storage = open(data())) {
            storage.healthProfile().save(new HealthProfile(Set.of(HealthCondition.RAYNAUD_COLD_URTICARIA), Set.of()));
        }
        Path file = folder.resolve("neck.json");
        RoutineFile.write(FULL, file);

        int code = run("--data-dir", data().toString(), "import", file.toString());

        assertEquals(UnknotCommand.OK, code, err.toString());
        assertTrue(out.toString().contains("With your health profile it cannot start until changed: Step 4: "
                + SafetyRule.PROFILE_COLD.message()), out.toString());
        assertTrue(stored(data(), "Neck for two").isPresent());
    }

    @Test
    void importWithoutAFileIsAUsageError() {
        int code = run("--data-dir", data().toString(), "import");

        assertEquals(UnknotCommand.USAGE_ERROR, code);
        assertTrue(err.toString().contains("Usage:"), err.toString());
        assertTrue(err.toString().contains("FILE"), err.toString());
        assertEquals("", out.toString());
        assertFalse(Files.exists(data().resolve("unknot.db")), "nothing is opened before the arguments are right");
    }

    @Test
    void exportRoutineWritesAFileThatReadsBackAsTheStoredRoutine() throws Exception {
        try (Storage storage = open(data())) {
            storage.routines().add(FULL);
        }
        Path file = folder.resolve("exported.json");

        int code = run("--data-dir", data().toString(), "export-routine", "NECK FOR TWO", file.toString());

        assertEquals(UnknotCommand.OK, code, err.toString());
        assertEquals(List.of("Wrote \"Neck for two\" to " + file.toAbsolutePath().normalize()), outLines());
        assertEquals("", err.toString());
        assertEquals(stored(data(), "Neck for two").orElseThrow(), RoutineFile.read(file));
        assertEquals(FULL, RoutineFile.read(file));
    }

    @Test
    void exportThenImportElsewhereKeepsEveryField() throws Exception {
        try (Storage storage = open(data())) {
            storage.routines().add(FULL);
        }
        Path file = folder.resolve("neck.json");
        Path other = folder.resolve("other");

        assertEquals(UnknotCommand.OK, run("--data-dir", data().toString(), "export-routine", "Neck for two",
                file.toString()), err.toString());
        assertEquals(UnknotCommand.OK, run("--data-dir", other.toString(), "import", file.toString()), err.toString());

        Routine imported = stored(other, "Neck for two").orElseThrow();
        assertEquals(FULL, imported);
        assertEquals("Gentle, by a partner", imported.description());
        assertEquals(PerformedBy.PARTNER, imported.performedBy());
        assertEquals(OptionalInt.of(1), imported.steps().get(0).level());
        assertEquals(Optional.of(Intensity.LIGHT), imported.steps().get(0).intensity());
        assertEquals(Optional.of(Technique.CIRCULAR), imported.steps().get(0).technique());
        assertEquals(Side.EACH, imported.steps().get(0).side());
        assertEquals("Press the knot beside the shoulder blade and hold", imported.steps().get(0).cue());
        assertEquals(Side.RIGHT, imported.steps().get(3).side());
    }

    @Test
    void exportRoutineOfAnUnknownNameExitsOneWithOneLine() {
        int code = run("--data-dir", data().toString(), "export-routine", "Shoulder blaster",
                folder.resolve("x.json").toString());

        assertEquals(UnknotCommand.USER_ERROR, code);
        assertEquals(List.of("There is no routine called \"Shoulder blaster\"; run \"unknot list\" to see the names."),
                errLines());
        assertEquals("", out.toString());
        assertFalse(Files.exists(folder.resolve("x.json")));
    }

    @Test
    void exportRoutineOntoAFolderExitsOneAndLeavesTheFolderAlone() throws IOException {
        try (Storage storage = open(data())) {
            storage.routines().add(FULL);
        }
        Path target = Files.createDirectory(folder.resolve("exports"));

        int code = run("--data-dir", data().toString(), "export-routine", "Neck for two", target.toString());

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
    void exportRoutineIntoAMissingFolderExitsOneNamingTheFolder() throws IOException {
        try (Storage storage = open(data())) {
            storage.routines().add(FULL);
        }
        Path missing = folder.resolve("no-such-folder");

        int code = run("--data-dir", data().toString(), "export-routine", "Neck for two",
                missing.resolve("neck.json").toString());

        assertEquals(UnknotCommand.USER_ERROR, code);
        assertEquals(1, errLines().size(), err.toString());
        assertTrue(errLines().get(0).contains(missing + " does not exist"), err.toString());
        assertFalse(Files.exists(missing));
    }
}
