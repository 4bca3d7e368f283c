package org.unknot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TimeZone;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unknot.domain.Area;
import org.unknot.domain.PerformedBy;
import org.unknot.domain.Routine;
import org.unknot.domain.SessionRecord;
import org.unknot.domain.SessionStatus;
import org.unknot.domain.Step;
import org.unknot.domain.StopReason;
import org.unknot.domain.Tool;
import org.unknot.files.Rfc4180Reader;
import org.unknot.files.StarterRoutines;
import org.unknot.store.DataFolder;
import org.unknot.store.Storage;

/** export-history with a range of days, and sample-data; run in Berlin, a zone with summer time. */
class HistoryCommandsTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @TempDir
    Path data;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private TimeZone previousZone;

    @BeforeEach
    void inBerlin() {
        previousZone = TimeZone.getDefault();
        TimeZone.setDefault(TimeZone.getTimeZone(BERLIN));
    }

    @AfterEach
    void restoreZone() {
        TimeZone.setDefault(previousZone);
    }

    private int run(String... args) {
        return UnknotCommand.run(args, (folder, play) -> 7, new PrintWriter(out), new PrintWriter(err));
    }

    private static Instant berlin(String localTime) {
        return LocalDateTime.parse(localTime).atZone(BERLIN).toInstant();
    }

    /** Sessions just outside and just inside 2026-03-29 (summer time starts) to 2026-10-25 (it ends). */
    private List<Long> recordAroundSummerTime() {
        Routine routine = new Routine("Roller", "", PerformedBy.SELF, List.of(Step.of(Tool.FOAM_ROLLER, Area.UPPER_BACK, 60)));
        List<Long> ids = new ArrayList<>();
        try (Storage storage = Storage.open(new DataFolder(data), Clock.systemUTC(), List::of)) {
            for (String start : List.of("2026-03-28T23:59:00", "2026-03-29T00:00:00", "2026-10-25T23:59:00",
                    "2026-10-26T00:00:00")) {
                long id = storage.sessions().start(Optional.empty(), routine, berlin(start));
                storage.sessions().finish(id, SessionStatus.COMPLETED, Optional.empty(), berlin(start).plusSeconds(60));
                ids.add(id);
            }
        }
        return ids;
    }

    @Test
    void rangedExportKeepsBothBoundaryDaysAndLeavesOutTheDaysAround() throws Exception {
        List<Long> ids = recordAroundSummerTime();
        Path file = data.resolve("summer.csv");

        int code = run("--data-dir", data.toString(), "export-history", file.toString(), "--from", "2026-03-29",
                "--to", "2026-10-25");

        assertEquals(UnknotCommand.OK, code, err.toString());
        assertEquals("Wrote 2 sessions to " + file.toAbsolutePath().normalize(), out.toString().strip());
        List<List<String>> rows = Rfc4180Reader.read(Files.readString(file, StandardCharsets.UTF_8));
        assertEquals(List.of(ids.get(1).toString(), ids.get(2).toString()),
                rows.subList(1, rows.size()).stream().map(row -> row.get(0)).toList());
        assertEquals("2026-03-29T00:00:00+01:00", rows.get(1).get(1));
        assertEquals("2026-10-25T23:59:00+01:00", rows.get(2).get(1));
    }

    @Test
    void exportFromADayKeepsThatDayAndEverythingAfter() throws Exception {
        List<Long> ids = recordAroundSummerTime();
        Path file = data.resolve("later.csv");

        assertEquals(UnknotCommand.OK, run("--data-dir", data.toString(), "export-history", file.toString(),
                "--from", "2026-10-26"), err.toString());

        List<List<String>> rows = Rfc4180Reader.read(Files.readString(file, StandardCharsets.UTF_8));
        assertEquals(List.of(ids.get(3).toString()), rows.subList(1, rows.size()).stream().map(row -> row.get(0)).toList());
    }

    @Test
    void exportWithATextThatIsNotADateExitsOneAndWritesNothing() {
        recordAroundSummerTime();
        Path file = data.resolve("history.csv");

        int code = run("--data-dir", data.toString(), "export-history", file.toString(), "--from", "2026-13-01");

        assertEquals(UnknotCommand.USER_ERROR, code);
        assertEquals("\"2026-13-01\" is not a date; write dates as YYYY-MM-DD, like 2026-11-22.", err.toString().strip());
        assertEquals("", out.toString());
        assertFalse(Files.exists(file));
    }

    @Test
    void exportOfAnImpossibleDayOrAnotherFormatIsRefused() {
        for (String text : List.of("2026-02-30", "22.11.2026", "2026-1-5")) {
            StringWriter error = new StringWriter();
            Path file = data.resolve("history.csv");
            int code = UnknotCommand.run(new String[] {"--data-dir", data.toString(), "export-history",
                    file.toString(), "--to", text}, (folder, play) -> 7, new PrintWriter(out), new PrintWriter(error));
            assertEquals(UnknotCommand.USER_ERROR, code, text);
            assertTrue(error.toString().startsWith("\"" + text + "\" is not a date"), error.toString());
            assertFalse(Files.exists(file));
        }
    }

    @Test
    void exportToTheLastDayOfYear9999KeepsEverySessionInAZoneWestOfUtc() throws Exception {
        List<Long> ids = recordAroundSummerTime();
        Path file = data.resolve("all.csv");
        TimeZone.setDefault(TimeZone.getTimeZone("America/New_York"));

        int code = run("--data-dir", data.toString(), "export-history", file.toString(), "--from", "0001-01-01",
                "--to", "9999-12-31");

        assertEquals(UnknotCommand.OK, code, err.toString());
        List<List<String>> rows = Rfc4180Reader.read(Files.readString(file, StandardCharsets.UTF_8));
        assertEquals(ids.stream().map(String::valueOf).toList(),
                rows.subList(1, rows.size()).stream().map(row -> row.get(0)).toList());
    }

    @Test
    void aYearBefore0001OrAfter9999IsRefusedWithOneSentence() {
        recordAroundSummerTime();
        for (String text : List.of("10000-01-01", "+10000-01-01", "99999-12-31", "0000-12-31", "-0001-01-01",
                "+999999999-12-31")) {
            for (String command : List.of("export-history", "report")) {
                StringWriter error = new StringWriter();
                Path file = data.resolve("out.file");
                int code = UnknotCommand.run(new String[] {"--data-dir", data.toString(), command, file.toString(),
                        "--to", text}, (folder, play) -> 7, new PrintWriter(out), new PrintWriter(error));
                assertEquals(UnknotCommand.USER_ERROR, code, command + " " + text + ": " + error);
                assertEquals(1, error.toString().lines().count(), error.toString());
                assertTrue(error.toString().contains("years 0001 to 9999"), error.toString());
                assertFalse(error.toString().contains("Exception"), error.toString());
                assertFalse(Files.exists(file));
            }
        }
    }

    @Test
    void exportOfARangeThatEndsBeforeItStartsExitsOneAndWritesNothing() {
        Path file = data.resolve("history.csv");

        int code = run("--data-dir", data.toString(), "export-history", file.toString(), "--from", "2026-02-01",
                "--to", "2026-01-31");

        assertEquals(UnknotCommand.USER_ERROR, code);
        assertEquals(1, err.toString().lines().count(), err.toString());
        assertTrue(err.toString().contains("before it starts"), err.toString());
        assertFalse(Files.exists(file));
        assertFalse(Files.exists(data.resolve("unknot.db")), "arguments are checked before the data file is opened");
    }

    @Test
    void sampleDataRefusesAFolderWithSessionsAndLeavesItUnchanged() throws Exception {
        recordAroundSummerTime();
        byte[] before = Files.readAllBytes(data.resolve("unknot.db"));

        int code = run("--data-dir", data.toString(), "sample-data", "--sessions", "50");

        assertEquals(UnknotCommand.USER_ERROR, code);
        assertEquals(1, err.toString().lines().count(), err.toString());
        assertTrue(err.toString().contains("already holds a history (4 sessions"), err.toString());
        assertEquals("", out.toString());
        try (Storage storage = Storage.open(new DataFolder(data), Clock.systemUTC(), List::of)) {
            assertEquals(4, storage.sessions().count());
            assertEquals(0, storage.pain().checkInCount());
        }
        assertEquals(before.length, Files.readAllBytes(data.resolve("unknot.db")).length);
    }

    @Test
    void sampleDataOutOfRangeIsRefusedBeforeTheFolderIsTouched() {
        int code = run("--data-dir", data.toString(), "sample-data", "--sessions", "200001");

        assertEquals(UnknotCommand.USER_ERROR, code);
        assertTrue(err.toString().contains("from 1 to 200000"), err.toString());
        assertFalse(Files.exists(data.resolve("unknot.db")));
    }

    @Test
    void sampleDataWithASeedMakesTheSameHistoryTwice() throws Exception {
        Path first = Files.createDirectory(data.resolve("first"));
        Path second = Files.createDirectory(data.resolve("second"));

        assertEquals(UnknotCommand.OK, run("--data-dir", first.toString(), "sample-data", "--sessions", "400",
                "--seed", "42"), err.toString());
        assertEquals(UnknotCommand.OK, run("--data-dir", second.toString(), "sample-data", "--sessions", "400",
                "--seed", "42"), err.toString());
        assertEquals(UnknotCommand.OK, run("--data-dir", first.toString(), "export-history",
                first.resolve("a.csv").toString()), err.toString());
        assertEquals(UnknotCommand.OK, run("--data-dir", second.toString(), "export-history",
                second.resolve("b.csv").toString()), err.toString());

        String a = Files.readString(first.resolve("a.csv"));
        assertEquals(a, Files.readString(second.resolve("b.csv")));
        assertEquals(401, Rfc4180Reader.read(a).size(), "header and 400 sessions");
        assertTrue(out.toString().lines().findFirst().orElse("").matches(
                "Added 400 sessions and \\d+ check-ins to " + java.util.regex.Pattern.quote(first.toString())),
                out.toString());
        Path other = Files.createDirectory(data.resolve("other"));
        run("--data-dir", other.toString(), "sample-data", "--sessions", "400", "--seed", "43");
        run("--data-dir", other.toString(), "export-history", other.resolve("c.csv").toString());
        assertFalse(a.equals(Files.readString(other.resolve("c.csv"))), "another seed, another history");
    }

    @Test
    void sampleDataObeysTheDomainAndTheCheckSaysIntegrityOk() throws Exception {
        assertEquals(UnknotCommand.OK, run("--data-dir", data.toString(), "sample-data", "--sessions", "3000"),
                err.toString());

        List<SessionRecord> sessions = new ArrayList<>();
        int checkIns;
        try (Storage storage = Storage.open(new DataFolder(data), Clock.systemUTC(), StarterRoutines::load)) {
            storage.sessions().forEachOldestFirst(sessions::add);
            checkIns = storage.pain().checkInCount();
        }
        assertEquals(3000, sessions.size());
        assertTrue(checkIns > 300, "check-ins on many days without a session: " + checkIns);
        Instant today = java.time.LocalDate.now(BERLIN).atStartOfDay(BERLIN).toInstant();
        long stopped = 0;
        long interrupted = 0;
        long unrated = 0;
        long noted = 0;
        for (SessionRecord session : sessions) {
            assertTrue(session.startedAt().isBefore(today), "ends by yesterday: " + session);
            assertTrue(session.endedAt().orElseThrow().compareTo(session.startedAt()) >= 0, session.toString());
            assertFalse(session.status() == SessionStatus.IN_PROGRESS, session.toString());
            assertEquals(session.status() == SessionStatus.STOPPED, session.stopReason().isPresent(), session.toString());
            session.painBefore().ifPresent(score -> assertTrue(score.value() >= 3 && score.value() <= 8, session.toString()));
            session.painAfter().ifPresent(after -> assertTrue(after.value() >= 0, session.toString()));
            boolean painWorse = session.stopReason().equals(Optional.of(StopReason.PAIN_WORSE));
            session.painChange().ifPresent(change -> assertTrue(painWorse ? change >= 1 && change <= 2
                    : change <= 1, "up only when it got worse, by 1 at most otherwise: " + session));
            assertFalse(session.routineId().isEmpty(), "played from a routine of the library");
            stopped += session.status() == SessionStatus.STOPPED ? 1 : 0;
            interrupted += session.status() == SessionStatus.INTERRUPTED ? 1 : 0;
            unrated += session.painBefore().isEmpty() ? 1 : 0;
            noted += session.notes().isEmpty() ? 0 : 1;
        }
        assertTrue(stopped > 150 && stopped < 350, "about 8 % stopped: " + stopped);
        assertTrue(interrupted > 20 && interrupted < 110, "about 2 % interrupted: " + interrupted);
        assertTrue(unrated > 100, "some unrated: " + unrated);
        assertTrue(noted > 100, "some notes: " + noted);
        double firstMonths = sessions.subList(0, 500).stream().flatMap(s -> s.painBefore().stream())
                .mapToInt(s -> s.value()).average().orElseThrow();
        double lastMonths = sessions.subList(2500, 3000).stream().flatMap(s -> s.painBefore().stream())
                .mapToInt(s -> s.value()).average().orElseThrow();
        assertTrue(lastMonths < firstMonths - 1, "pain improves slowly: " + firstMonths + " then " + lastMonths);
        assertEquals(0, count("SELECT COUNT(*) FROM session_step st JOIN session s ON s.id = st.session_id "
                + "WHERE st.done_seconds > st.seconds * (CASE st.side WHEN 'each' THEN 2 ELSE 1 END) + st.added_seconds"),
                "no step done longer than planned plus added");
        assertEquals(0, count("SELECT COUNT(*) FROM session s WHERE planned_seconds <> "
                + "(SELECT SUM(seconds * (CASE side WHEN 'each' THEN 2 ELSE 1 END)) FROM session_step WHERE session_id = s.id)"));

        out.getBuffer().setLength(0);
        assertEquals(UnknotCommand.OK, run("--data-dir", data.toString(), "check"), err.toString());
        assertTrue(out.toString().contains("integrity ok, 5 routines, 3000 sessions, " + checkIns + " check-ins"),
                out.toString());
    }

    private long count(String sql) throws Exception {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + data.resolve("unknot.db"));
             Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
