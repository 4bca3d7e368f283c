package org.unknot.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unknot.domain.Area;
import org.unknot.domain.Intensity;
import org.unknot.domain.PerformedBy;
import org.unknot.domain.Routine;
import org.unknot.domain.HealthCondition;
import org.unknot.domain.HealthProfile;
import org.unknot.domain.SafetyFinding;
import org.unknot.domain.SafetyRule;
import org.unknot.domain.Side;
import org.unknot.domain.Step;
import org.unknot.domain.Technique;
import org.unknot.domain.Tool;
import org.unknot.store.Database;
import org.unknot.store.RoutineStore;

/** Imports into a real data file through the real routine store, as the command line and the app do. */
class RoutineImporterTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-01T09:00:00Z"), ZoneOffset.UTC);

    /** Every optional field of a routine and of a step is set somewhere. */
    private static final Routine FULL = new Routine("Low back relief", "Massager then cold ball", PerformedBy.PARTNER,
            List.of(new Step(Tool.HANDHELD_MASSAGER, Optional.of(Area.LOWER_BACK), Side.EACH,
                            Optional.of(Technique.LONG_STROKES), Optional.of(Intensity.MEDIUM), OptionalInt.of(2), 60,
                            "Stay on the muscle beside the spine"),
                    Step.rest(20, "Fetch the cold ball from the freezer"),
                    new Step(Tool.COLD_BALL, Optional.of(Area.LOWER_BACK), Side.LEFT, Optional.of(Technique.CIRCULAR),
                            Optional.of(Intensity.LIGHT), OptionalInt.empty(), 300, "Small circles"),
                    new Step(Tool.FOAM_ROLLER, Optional.of(Area.UPPER_BACK), Side.RIGHT,
                            Optional.of(Technique.MYOFASCIAL_RELEASE), Optional.of(Intensity.FIRM), OptionalInt.empty(),
                            45, "")));

    @TempDir
    Path folder;

    private Path databaseFile;
    private Database database;
    private RoutineStore routines;
    private RoutineImporter importer;
    private Path files;

    @BeforeEach
    void openStore() throws IOException {
        databaseFile = Files.createDirectory(folder.resolve("data")).resolve("unknot.db");
        database = Database.open(databaseFile);
        routines = new RoutineStore(database, CLOCK);
        importer = new RoutineImporter(routine -> routines.addUnderFreeName(routine).routine().name());
        files = Files.createDirectory(folder.resolve("files"));
    }

    @AfterEach
    void closeStore() {
        database.close();
    }

    private Path write(String fileName, Routine routine) throws IOException {
        Path file = files.resolve(fileName);
        RoutineFile.write(routine, file);
        return file;
    }

    private Path writeText(String fileName, String json) throws IOException {
        Path file = files.resolve(fileName);
        Files.writeString(file, json, StandardCharsets.UTF_8);
        return file;
    }

    private ImportReport importFiles(Path... paths) {
        return importer.importFiles(List.of(paths));
    }

    /** The JSON of a routine file of one foam-roller step, with {@code extra} inserted after the version. */
    private static String json(String name, String extra) {
        return "{\"format\": \"unknot-routine\", \"version\": 1, " + extra + "\"name\": \"" + name + "\", "
                + "\"steps\": [{\"tool\": \"foam-roller\", \"area\": \"thighs\", \"seconds\": 60}]}";
    }

    private long stepRows() throws SQLException {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + databaseFile);
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT count(*) FROM step")) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private void assertRefusedAlone(ImportReport report, String fileName, String... fragments) throws SQLException {
        assertEquals(List.of(), report.imported());
        assertEquals(1, report.refused().size(), report.lines().toString());
        ImportReport.Refused refused = report.refused().get(0);
        assertEquals(fileName, refused.fileName());
        String reasons = String.join(" ", refused.reasons());
        for (String reason : refused.reasons()) {
            assertTrue(reason.startsWith(fileName + ": "), reason);
        }
        for (String fragment : fragments) {
            assertTrue(reasons.contains(fragment), reasons);
        }
        assertEquals(0, routines.count());
        assertEquals(0, stepRows());
    }

    @Test
    void goodFileIsImportedWithEveryField() throws Exception {
        Path file = write("low-back.json", FULL);

        ImportReport report = importFiles(file);

        assertTrue(report.allImported(), report.lines().toString());
        assertEquals(List.of(new ImportReport.Imported("low-back.json", "Low back relief", Optional.empty(), List.of())),
                report.imported());
        Routine stored = routines.findByName("Low back relief").orElseThrow().routine();
        assertEquals(RoutineFile.read(file), stored);
        assertEquals(FULL, stored);
        assertEquals(List.of("Imported \"Low back relief\" from low-back.json."), report.lines());
    }

    @Test
    void badFileIsRefusedWhileTheGoodOneIsImported() throws Exception {
        Path bad = writeText("bad.json", """
                {"format": "unknot-routine", "version": 1, "name": "Half good", "steps": [
                  {"tool": "foam-roller", "area": "thighs", "seconds": 60},
                  {"tool": "rest", "seconds": 10},
                  {"tool": "roler", "area": "calves", "seconds": 60}
                ]}
                """);
        Path good = write("low-back.json", FULL);

        ImportReport report = importFiles(bad, good);

        assertEquals(List.of("Low back relief"), report.imported().stream().map(ImportReport.Imported::name).toList());
        assertEquals(List.of(new ImportReport.Refused("bad.json", List.of("bad.json: Step 3: \"tool\" \"roler\" is not "
                + "allowed; use foam-roller, handheld-massager, cold-ball or rest."))), report.refused());
        assertEquals(List.of("Imported \"Low back relief\" from low-back.json.",
                "Refused bad.json: bad.json: Step 3: \"tool\" \"roler\" is not allowed; use foam-roller, "
                        + "handheld-massager, cold-ball or rest."), report.lines());
        assertFalse(report.allImported());
        assertEquals(1, routines.count());
        assertEquals(Optional.empty(), routines.findByName("Half good"));
        assertEquals(FULL.steps().size(), stepRows(), "none of the bad file's good steps were written");
    }

    @Test
    void nameClashesAreImportedAsTwoThenThree() throws Exception {
        routines.add(FULL);
        Path copy = write("copy.json", FULL);
        Path another = write("another.json", FULL.withName("LOW BACK RELIEF"));

        ImportReport report = importFiles(copy, another);

        assertEquals(List.of(
                        new ImportReport.Imported("copy.json", "Low back relief (2)", Optional.of("Low back relief"),
                                List.of()),
                        new ImportReport.Imported("another.json", "LOW BACK RELIEF (3)", Optional.of("LOW BACK RELIEF"),
                                List.of())),
                report.imported());
        assertEquals(List.of(
                "Imported \"Low back relief (2)\" from copy.json: a routine called \"Low back relief\" already exists.",
                "Imported \"LOW BACK RELIEF (3)\" from another.json: a routine called \"LOW BACK RELIEF\" already "
                        + "exists."), report.lines());
        assertEquals(FULL.steps(), routines.findByName("low back relief (2)").orElseThrow().routine().steps());
        assertEquals(3, routines.count());
    }

    @Test
    void theSameFileTwiceInOneImportAddsItTwice() throws Exception {
        Path file = write("low-back.json", FULL);

        ImportReport report = importFiles(file, file);

        assertEquals(List.of("Low back relief", "Low back relief (2)"),
                report.imported().stream().map(ImportReport.Imported::name).toList());
        assertEquals(Optional.of("Low back relief"), report.imported().get(1).renamedFrom());
        assertEquals(2, routines.count());
    }

    @Test
    void routineBreakingABlockingSafetyRuleIsRefusedNamingTheStepAndTheRule() throws Exception {
        Path cold = write("cold.json", new Routine("Too cold", "", PerformedBy.SELF, List.of(
                Step.of(Tool.FOAM_ROLLER, Area.LOWER_BACK, 60), Step.of(Tool.COLD_BALL, Area.LOWER_BACK, 1201))));

        ImportReport report = importFiles(cold);

        assertEquals(List.of(new ImportReport.Refused("cold.json", List.of("cold.json: Step 2: "
                + SafetyRule.COLD_MAX.message()))), report.refused());
        assertTrue(report.lines().get(0).startsWith("Refused cold.json: cold.json: Step 2: A cold-ball step can last "
                + "at most 20 minutes;"), report.lines().get(0));
        assertRefusedAlone(report, "cold.json");
    }

    @Test
    void safetyWarningsDoNotBlockAndAreReportedWithTheRoutine() throws Exception {
        Path cold = write("long-cold.json", new Routine("Long cold", "", PerformedBy.SELF, List.of(
                Step.rest(30, "Fetch the cold ball"), Step.of(Tool.COLD_BALL, Area.LOWER_BACK, 700))));

        ImportReport report = importFiles(cold);

        assertTrue(report.allImported(), report.lines().toString());
        assertEquals(List.of(new SafetyFinding(SafetyRule.COLD_BOUT, 1)), report.imported().get(0).warnings());
        assertEquals(List.of("Imported \"Long cold\" from long-cold.json. Safety warning: Step 2: "
                + SafetyRule.COLD_BOUT.message() + " (Source: " + SafetyRule.COLD_BOUT.source() + ")"),
                report.lines());
        assertEquals(700, routines.findByName("Long cold").orElseThrow().routine().steps().get(1).seconds());
    }

    @Test
    void theHealthProfilesErrorsAreReportedWithTheirSourceButRefuseNothing() throws Exception {
        Path cold = write("cold-back.json", new Routine("Cold back", "", PerformedBy.SELF, List.of(
                Step.of(Tool.HANDHELD_MASSAGER, Area.LOWER_BACK, 60), Step.of(Tool.COLD_BALL, Area.LOWER_BACK, 300))));
        HealthProfile raynauds = new HealthProfile(Set.of(HealthCondition.RAYNAUD_COLD_URTICARIA), Set.of());

        ImportReport report = new RoutineImporter(routine -> routines.addUnderFreeName(routine).routine().name(),
                raynauds).importFiles(List.of(cold));

        assertTrue(report.allImported(), report.lines().toString());
        assertEquals(List.of(new SafetyFinding(SafetyRule.PROFILE_COLD, 1)), report.imported().get(0).warnings());
        assertEquals(List.of("Imported \"Cold back\" from cold-back.json. With your health profile it cannot start "
                + "until changed: Step 2: " + SafetyRule.PROFILE_COLD.message() + " (Source: "
                + SafetyRule.PROFILE_COLD.source() + ")"), report.lines());
    }

    @Test
    void withoutTheConditionTheSameRoutineImportsWithoutAFinding() throws Exception {
        Path cold = write("cold-back.json", new Routine("Cold back", "", PerformedBy.SELF, List.of(
                Step.of(Tool.COLD_BALL, Area.LOWER_BACK, 300))));

        ImportReport report = importFiles(cold);

        assertEquals(List.of("Imported \"Cold back\" from cold-back.json."), report.lines());
    }

    @Test
    void aFailureWhileSavingRefusesThatFileOnlyWithTheStoresMessage() throws Exception {
        // A real database refusal, as a full disk or a damaged file would give, for steps whose cue is "boom".
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + databaseFile);
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE TRIGGER refuse_boom BEFORE INSERT ON step WHEN NEW.cue = 'boom' "
                    + "BEGIN SELECT RAISE(ABORT, 'boom'); END");
        }
        Path boom = write("boom.json", new Routine("Boom", "", PerformedBy.SELF, List.of(
                Step.of(Tool.FOAM_ROLLER, Area.THIGHS, 60), Step.rest(10, "boom"))));
        Path good = write("low-back.json", FULL);

        ImportReport report = importFiles(boom, good);

        assertEquals(List.of("Low back relief"), report.imported().stream().map(ImportReport.Imported::name).toList());
        assertEquals(1, report.refused().size());
        List<String> reasons = report.refused().get(0).reasons();
        assertEquals(1, reasons.size(), reasons.toString());
        assertTrue(reasons.get(0).startsWith("boom.json: Unknot could not read or write its data file"), reasons.get(0));
        assertEquals(Optional.empty(), routines.findByName("Boom"));
        assertEquals(FULL.steps().size(), stepRows(), "the routine row and first step of boom.json were rolled back");
    }

    @Test
    void aFolderIsRefused() throws Exception {
        Path sub = Files.createDirectory(files.resolve("routines"));

        assertRefusedAlone(importFiles(sub), "routines", "is a folder");
    }

    @Test
    void aMissingFileIsRefused() throws Exception {
        assertRefusedAlone(importFiles(files.resolve("missing.json")), "missing.json", "does not exist");
    }

    @Test
    void aFileOverOneMebibyteIsRefused() throws Exception {
        byte[] json = RoutineFile.toBytes(FULL);
        byte[] padded = new byte[RoutineFile.MAX_BYTES + 1];
        Arrays.fill(padded, (byte) ' ');
        System.arraycopy(json, 0, padded, 0, json.length);
        Path big = Files.write(files.resolve("big.json"), padded);

        assertRefusedAlone(importFiles(big), "big.json", "larger than 1 MiB");
    }

    @Test
    void aFileThatIsNotUtf8IsRefused() throws Exception {
        Path latin1 = Files.write(files.resolve("cafe.json"), json("Caf\u00e9", "").getBytes(StandardCharsets.ISO_8859_1));

        assertRefusedAlone(importFiles(latin1), "cafe.json", "not UTF-8");
    }

    @Test
    void anUnknownFieldIsRefusedNamingTheField() throws Exception {
        Path colour = writeText("colour.json", json("Legs", "\"colour\": \"blue\", "));

        assertRefusedAlone(importFiles(colour), "colour.json", "\"colour\"", "remove it");
    }

    @Test
    void aNewerVersionIsRefusedNamingTheVersion() throws Exception {
        Path newer = writeText("newer.json", json("Legs", "").replace("\"version\": 1", "\"version\": 2"));

        assertRefusedAlone(importFiles(newer), "newer.json", "\"version\"", "is 2", "update Unknot");
    }
}
