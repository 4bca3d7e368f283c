package org.unknot.files;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
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
import org.unknot.store.Database;
import org.unknot.store.PainEntry;
import org.unknot.store.PainStore;
import org.unknot.store.SessionStore;
import org.unknot.store.StorageException;

/** The history CSV written from sessions recorded in a real data file. */
class HistoryCsvTest {

    private static final String HEADER = "session_id,started_at,ended_at,routine,status,planned_seconds,done_seconds,"
            + "pain_before,pain_after,pain_change,stop_reason,notes,tools,areas,gentle";
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    /** 10:00 in Berlin, winter time (+01:00), with a fraction of a second that the file leaves out. */
    private static final Instant WINTER = Instant.parse("2026-01-15T09:00:00.750Z");
    /** 11:00 in Berlin, summer time (+02:00). */
    private static final Instant SUMMER = Instant.parse("2026-07-15T09:00:00Z");

    @TempDir
    Path folder;

    private Path databaseFile;
    private Database database;
    private SessionStore sessions;
    private PainStore pain;
    private Path exports;
    private Path csv;

    @BeforeEach
    void openStore() throws IOException {
        databaseFile = Files.createDirectory(folder.resolve("data")).resolve("unknot.db");
        database = Database.open(databaseFile);
        sessions = new SessionStore(database);
        pain = new PainStore(database);
        exports = Files.createDirectory(folder.resolve("exports"));
        csv = exports.resolve("history.csv");
    }

    @AfterEach
    void closeStore() {
        database.close();
    }

    private int export(Path target, ZoneId zone) throws ExportException {
        return HistoryCsv.write(target, zone, sessions::forEachOldestFirst);
    }


    /** A routine of 60 s and 120 s: 180 s planned. */
    private static Routine routine(String name) {
        return new Routine(name, "", PerformedBy.SELF, List.of(Step.of(Tool.FOAM_ROLLER, Area.UPPER_BACK, 60),
                Step.of(Tool.HANDHELD_MASSAGER, Area.LOWER_BACK, 120)));
    }

    private long start(String routineName, Instant at) {
        return sessions.start(Optional.empty(), routine(routineName), at);
    }

    private void rate(long sessionId, PainKind kind, int score) {
        pain.rateSession(sessionId, new PainEntry(kind, WINTER, new PainScore(score), Set.of(), ""));
    }

    /** No part of Unknot writes a session's notes yet, so the test writes them straight into the file. */
    private void writeNotes(long sessionId, String notes) throws SQLException {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + databaseFile);
             PreparedStatement statement = connection.prepareStatement("UPDATE session SET notes = ? WHERE id = ?")) {
            statement.setString(1, notes);
            statement.setLong(2, sessionId);
            assertEquals(1, statement.executeUpdate());
        }
    }

    private static String text(Path file) throws IOException {
        return Files.readString(file, StandardCharsets.UTF_8);
    }

    /** The records after the header, each checked to have all fourteen fields. */
    private static List<List<String>> rows(Path file) throws IOException {
        List<List<String>> records = Rfc4180Reader.read(text(file));
        assertEquals(List.of(HEADER.split(",")), records.get(0));
        records.subList(1, records.size()).forEach(record -> assertEquals(15, record.size(), record.toString()));
        return records.subList(1, records.size());
    }

    private static List<Path> list(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.sorted().toList();
        }
    }

    @Test
    void anEmptyHistoryIsExactlyTheHeaderLineInUtf8WithoutByteOrderMark() throws Exception {
        int written = export(csv, BERLIN);

        assertEquals(0, written);
        assertArrayEquals(("session_id,started_at,ended_at,routine,status,planned_seconds,done_seconds,pain_before,"
                + "pain_after,pain_change,stop_reason,notes,tools,areas,gentle\r\n").getBytes(StandardCharsets.US_ASCII),
                Files.readAllBytes(csv));
    }

    @Test
    void completedSessionRatedSixThenThreeHasPainChangeMinusThree() throws Exception {
        long id = start("Upper-back reset", WINTER);
        sessions.recordStep(id, 0, StepOutcome.COMPLETED, 60, 0);
        sessions.recordStep(id, 1, StepOutcome.COMPLETED, 150, 30);
        sessions.finish(id, SessionStatus.COMPLETED, Optional.empty(), WINTER.plusSeconds(215));
        rate(id, PainKind.BEFORE, 6);
        rate(id, PainKind.AFTER, 3);

        int written = export(csv, BERLIN);

        assertEquals(1, written);
        assertEquals(List.of(List.of(Long.toString(id), "2026-01-15T10:00:00+01:00", "2026-01-15T10:03:35+01:00",
                "Upper-back reset", "completed", "180", "210", "6", "3", "-3", "", "", "foam-roller;handheld-massager",
                "upper-back;lower-back", "no")), rows(csv));
    }

    @Test
    void stoppedSessionHasItsReasonAndNoPainChangeWithoutAnAfterRating() throws Exception {
        long id = start("Low-back relief", WINTER);
        sessions.recordStep(id, 0, StepOutcome.CUT_SHORT, 40, 0);
        sessions.finish(id, SessionStatus.STOPPED, Optional.of(StopReason.PAIN_WORSE), WINTER.plusSeconds(45));
        rate(id, PainKind.BEFORE, 5);

        export(csv, BERLIN);

        assertEquals(List.of(List.of(Long.toString(id), "2026-01-15T10:00:00+01:00", "2026-01-15T10:00:45+01:00",
                "Low-back relief", "stopped", "180", "40", "5", "", "", "pain-worse", "", "foam-roller", "upper-back",
                "no")),
                rows(csv), "the massager step never ran");
    }

    @Test
    void sessionInProgressHasEmptyEndAndEmptyPainCells() throws Exception {
        long id = start("Neck at the desk", SUMMER);

        export(csv, BERLIN);

        assertEquals(List.of(List.of(Long.toString(id), "2026-07-15T11:00:00+02:00", "", "Neck at the desk",
                "in-progress", "180", "0", "", "", "", "", "", "", "", "no")), rows(csv));
    }

    @Test
    void routineNameAndNotesWithCommaQuoteAndLineBreaksReadBackUnchanged() throws Exception {
        String name = "Nacken, \"Schreibtisch\" – süß";
        String notes = "Better, but \"tight\"\nleft side\r\nstill sore,\rend";
        long id = start(name, WINTER);
        sessions.finish(id, SessionStatus.COMPLETED, Optional.empty(), WINTER.plusSeconds(180));
        writeNotes(id, notes);
        long plain = start("Plain", SUMMER);

        export(csv, BERLIN);

        assertEquals(List.of(
                List.of(Long.toString(id), "2026-01-15T10:00:00+01:00", "2026-01-15T10:03:00+01:00", name, "completed",
                        "180", "0", "", "", "", "", notes, "", "", "no"),
                List.of(Long.toString(plain), "2026-07-15T11:00:00+02:00", "", "Plain", "in-progress", "180", "0", "",
                        "", "", "", "", "", "", "no")), rows(csv));
        String text = text(csv);
        assertTrue(text.contains(",\"Nacken, \"\"Schreibtisch\"\" – süß\","), text);
        assertTrue(text.contains("\r\n" + plain + ",2026-07-15T11:00:00+02:00,,Plain,in-progress,"), text);
    }

    @Test
    void textCellsThatASpreadsheetWouldRunAsAFormulaGetALeadingQuoteButAPainChangeStaysANumber() throws Exception {
        long id = start("=HYPERLINK(\"http://x\")", WINTER);
        sessions.finish(id, SessionStatus.COMPLETED, Optional.empty(), WINTER.plusSeconds(180));
        writeNotes(id, "-2 after, @home");
        rate(id, PainKind.BEFORE, 7);
        rate(id, PainKind.AFTER, 4);
        long plain = start("Neck - evening", SUMMER);
        sessions.finish(plain, SessionStatus.COMPLETED, Optional.empty(), SUMMER.plusSeconds(180));
        writeNotes(plain, "+1 then =ok");

        export(csv, BERLIN);

        List<List<String>> rows = rows(csv);
        assertEquals("'=HYPERLINK(\"http://x\")", rows.get(0).get(3));
        assertEquals("'-2 after, @home", rows.get(0).get(11));
        assertEquals("-3", rows.get(0).get(9), "a number, not text");
        assertEquals("Neck - evening", rows.get(1).get(3), "only the first character counts");
        assertEquals("'+1 then =ok", rows.get(1).get(11));
    }

    @Test
    void aFieldIsQuotedForAQuoteALineFeedOrACarriageReturnAlone() throws Exception {
        long quote = start("The \"good\" one", WINTER);
        writeNotes(quote, "first line\nsecond line");
        long carriageReturn = start("Plain", SUMMER);
        writeNotes(carriageReturn, "old\rMac");

        export(csv, BERLIN);

        List<List<String>> rows = rows(csv);
        assertEquals(List.of("The \"good\" one", "first line\nsecond line"), List.of(rows.get(0).get(3),
                rows.get(0).get(11)));
        assertEquals("old\rMac", rows.get(1).get(11));
        String text = text(csv);
        assertTrue(text.contains(",\"The \"\"good\"\" one\","), text);
        assertTrue(text.contains(",\"first line\nsecond line\",,,no\r\n"), text);
        assertTrue(text.contains(",\"old\rMac\",,,no\r\n"), text);
    }

    @Test
    void rowsAreOldestFirstWhateverOrderTheSessionsWereRecordedIn() throws Exception {
        long summer = start("Summer", SUMMER);
        long winter = start("Winter", WINTER);
        long spring = start("Spring", Instant.parse("2026-04-01T08:00:00Z"));

        int written = export(csv, BERLIN);

        assertEquals(3, written);
        assertEquals(List.of(Long.toString(winter), Long.toString(spring), Long.toString(summer)),
                rows(csv).stream().map(row -> row.get(0)).toList());
    }

    @Test
    void timesCarryTheOffsetTheZoneHadOnThatDay() throws Exception {
        long winter = start("Winter", WINTER);
        sessions.finish(winter, SessionStatus.COMPLETED, Optional.empty(), WINTER.plusSeconds(3600));
        long summer = start("Summer", SUMMER);
        sessions.finish(summer, SessionStatus.COMPLETED, Optional.empty(), SUMMER.plusSeconds(59));

        export(csv, BERLIN);
        List<List<String>> berlin = rows(csv);
        export(csv, ZoneOffset.UTC);
        List<List<String>> utc = rows(csv);

        assertEquals(List.of("2026-01-15T10:00:00+01:00", "2026-01-15T11:00:00+01:00"), berlin.get(0).subList(1, 3));
        assertEquals(List.of("2026-07-15T11:00:00+02:00", "2026-07-15T11:00:59+02:00"), berlin.get(1).subList(1, 3));
        assertEquals(List.of("2026-01-15T09:00:00+00:00", "2026-01-15T10:00:00+00:00"), utc.get(0).subList(1, 3));
        assertEquals(List.of("2026-07-15T09:00:00+00:00", "2026-07-15T09:00:59+00:00"), utc.get(1).subList(1, 3));
    }

    @Test
    void everyLineEndsWithCrlfTheLastOneToo() throws Exception {
        start("One", WINTER);
        start("Two", SUMMER);

        export(csv, BERLIN);

        String text = text(csv);
        assertTrue(text.endsWith("\r\n"), text);
        String[] lines = text.split("\r\n", -1);
        assertEquals(4, lines.length, text);
        assertEquals("", lines[3]);
        for (String line : lines) {
            assertFalse(line.contains("\n") || line.contains("\r"), line);
        }
    }

    @Test
    void leavesNoTemporaryFileBehind() throws Exception {
        start("One", WINTER);

        export(csv, BERLIN);
        export(csv, BERLIN);

        assertEquals(List.of(csv), list(exports));
    }

    @Test
    void exportingOntoAFolderFailsAndLeavesTheFolderUntouched() throws Exception {
        start("One", WINTER);
        Path target = Files.createDirectory(exports.resolve("history.csv"));
        Path inside = Files.writeString(target.resolve("keep.txt"), "kept");

        ExportException e = assertThrows(ExportException.class, () -> export(target, BERLIN));

        assertTrue(e.getMessage().contains(target.toString()), e.getMessage());
        assertTrue(e.getMessage().contains("is a folder"), e.getMessage());
        assertEquals(List.of(target), list(exports));
        assertEquals(List.of(inside), list(target));
        assertEquals("kept", Files.readString(inside));
    }

    @Test
    void exportingIntoAMissingFolderFailsAndCreatesNothing() {
        Path missing = exports.resolve("no-such-folder");
        Path target = missing.resolve("history.csv");

        ExportException e = assertThrows(ExportException.class, () -> export(target, BERLIN));

        assertTrue(e.getMessage().contains(missing + " does not exist"), e.getMessage());
        assertFalse(Files.exists(missing));
    }

    @Test
    void exportingOverAnExistingFileReplacesItCompletely() throws Exception {
        long id = start("One", WINTER);
        byte[] longer = new byte[100_000];
        Arrays.fill(longer, (byte) 'x');
        Files.write(csv, longer);

        export(csv, BERLIN);

        assertEquals(HEADER + "\r\n" + id + ",2026-01-15T10:00:00+01:00,,One,in-progress,180,0,,,,,,,,no\r\n", text(csv));
    }

    @Test
    void aFailedReadLeavesTheEarlierExportAsItWas() throws Exception {
        start("One", WINTER);
        export(csv, BERLIN);
        byte[] earlier = Files.readAllBytes(csv);
        database.close();

        assertThrows(StorageException.class, () -> export(csv, BERLIN));

        assertArrayEquals(earlier, Files.readAllBytes(csv));
        assertEquals(List.of(csv), list(exports));
    }
}
