package org.unknot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unknot.files.StarterRoutines;
import org.unknot.store.DataFolder;
import org.unknot.store.Storage;

/** A generated history holds what the insights need to show: a real winner, check-ins either side, honest notes. */
class SampleHistoryTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

    @TempDir
    Path folder;

    private Path generate(String name, int sessions, long seed) throws Exception {
        Path data = Files.createDirectory(folder.resolve(name));
        try (Storage storage = Storage.open(new DataFolder(data), Clock.systemUTC(), StarterRoutines::load)) {
            SampleHistory.generate(storage, sessions, seed, TODAY, BERLIN);
        }
        return data.resolve("unknot.db");
    }

    private record RoutineRelief(String name, int rated, double mean) {
    }

    @Test
    void oneRoutineClearlyHelpsMostOverEnoughRatedSessionsAndOneHardlyHelps() throws Exception {
        List<RoutineRelief> reliefs = new ArrayList<>();
        query(generate("relief", 400, 11), """
                SELECT s.routine_name, COUNT(*), AVG(b.score - a.score), COUNT(DISTINCT b.score - a.score)
                  FROM session s
                  JOIN pain_entry b ON b.session_id = s.id AND b.kind = 'before'
                  JOIN pain_entry a ON a.session_id = s.id AND a.kind = 'after'
                 GROUP BY s.routine_name HAVING COUNT(*) >= 10 ORDER BY 3 DESC""", rows -> {
            reliefs.add(new RoutineRelief(rows.getString(1), rows.getInt(2), rows.getDouble(3)));
            assertTrue(rows.getInt(4) >= 3, "relief varies from session to session: " + rows.getString(1));
        });

        assertTrue(reliefs.size() >= 2, "at least two routines with 10 rated sessions: " + reliefs);
        assertTrue(reliefs.get(0).mean() - reliefs.get(1).mean() >= 1, "the best leads by a point: " + reliefs);
        assertTrue(reliefs.get(reliefs.size() - 1).mean() < 0.6, "one routine hardly helps: " + reliefs);
    }

    @Test
    void checkInsFallOnDaysWithAndWithoutASessionAndRunALittleHigherOnSessionDays() throws Exception {
        Path db = generate("days", 400, 11);
        double[] sums = new double[2];
        int[] counts = new int[2];
        Set<LocalDate> sessionDays = sessionDays(db);
        query(db, "SELECT day, score FROM pain_entry WHERE kind = 'check-in'", rows -> {
            int side = sessionDays.contains(LocalDate.parse(rows.getString(1))) ? 1 : 0;
            sums[side] += rows.getInt(2);
            counts[side]++;
        });

        assertTrue(counts[1] >= 3 && counts[0] >= 3, "check-ins with and without a session: " + counts[1] + ", "
                + counts[0]);
        double difference = sums[1] / counts[1] - sums[0] / counts[0];
        assertTrue(difference > 0.2 && difference < 1.5, "people massage on worse days: " + difference);
    }

    @Test
    void aShortHistoryHasCheckInsOnThreeDaysWithAndThreeWithoutASession() throws Exception {
        for (long seed = 1; seed <= 5; seed++) {
            Path db = generate("short" + seed, 30, seed);
            Set<LocalDate> sessionDays = sessionDays(db);
            int[] counts = new int[2];
            query(db, "SELECT day FROM pain_entry WHERE kind = 'check-in'",
                    rows -> counts[sessionDays.contains(LocalDate.parse(rows.getString(1))) ? 1 : 0]++);
            assertTrue(counts[1] >= 3 && counts[0] >= 3, "seed " + seed + ": " + counts[1] + ", " + counts[0]);
        }
    }

    @Test
    void aNoteNamesOnlyAToolThatRanForASecondOrMore() throws Exception {
        Path db = generate("notes", 400, 11);
        Map<String, String> toolOfWord = Map.of("cold ball", "cold-ball", "massager", "handheld-massager",
                "roller", "foam-roller");
        for (Map.Entry<String, String> word : toolOfWord.entrySet()) {
            String mentions = "FROM session s WHERE lower(s.notes) LIKE '%" + word.getKey() + "%'";
            assertTrue(count(db, "SELECT COUNT(*) " + mentions) >= 2, "notes about the " + word.getKey());
            assertEquals(0, count(db, "SELECT COUNT(*) " + mentions + " AND NOT EXISTS (SELECT 1 FROM session_step st "
                    + "WHERE st.session_id = s.id AND st.tool = '" + word.getValue() + "' AND st.done_seconds >= 1)"),
                    "a note about the " + word.getKey() + " only where it ran for a second or more");
        }
    }

    @Test
    void aSessionEndedEarlyLeavesTheStepsAfterItsStopUndone() throws Exception {
        Path db = generate("stops", 400, 11);
        String early = "FROM session s WHERE s.status IN ('stopped', 'interrupted')";
        assertTrue(count(db, "SELECT COUNT(*) " + early) >= 20);
        assertEquals(0, count(db, "SELECT COUNT(*) " + early + " AND (SELECT COUNT(*) FROM session_step "
                + "WHERE session_id = s.id AND status = 'cut-short') <> 1"), "cut short where it stopped");
        assertEquals(0, count(db, "SELECT COUNT(*) " + early + " AND EXISTS (SELECT 1 FROM session_step later "
                + "JOIN session_step stop ON stop.session_id = later.session_id AND stop.status = 'cut-short' "
                + "WHERE later.session_id = s.id AND later.position > stop.position "
                + "AND (later.status <> 'pending' OR later.done_seconds > 0))"), "nothing done after the stop");
        assertEquals(0, count(db, "SELECT COUNT(*) FROM session_step st JOIN session s ON s.id = st.session_id "
                + "WHERE s.status = 'completed' AND st.status IN ('pending', 'cut-short')"), "completed: all steps ended");
    }

    @Test
    void stopsForPainGettingWorseAreFewAndNeverTwoWithinTwoWeeks() throws Exception {
        List<Instant> stops = new ArrayList<>();
        query(generate("pain", 400, 11), "SELECT started_at FROM session WHERE stop_reason = 'pain-worse' "
                + "ORDER BY started_at", rows -> stops.add(Instant.parse(rows.getString(1))));

        assertTrue(stops.size() >= 2 && stops.size() <= 12, "a few: " + stops);
        for (int i = 1; i < stops.size(); i++) {
            assertTrue(Duration.between(stops.get(i - 1), stops.get(i)).toDays() >= 14, "apart: " + stops);
        }
    }

    @Test
    void theSameSeedMakesTheSameDataAndAnotherSeedOther() throws Exception {
        String first = dump(generate("first", 400, 5));
        assertEquals(first, dump(generate("second", 400, 5)));
        assertNotEquals(first, dump(generate("other", 400, 6)));
    }

    private static Set<LocalDate> sessionDays(Path db) throws SQLException {
        Set<LocalDate> days = new HashSet<>();
        query(db, "SELECT started_at FROM session",
                rows -> days.add(Instant.parse(rows.getString(1)).atZone(BERLIN).toLocalDate()));
        return days;
    }

    private static String dump(Path db) throws SQLException {
        StringBuilder text = new StringBuilder();
        for (String sql : List.of("SELECT * FROM session ORDER BY id", "SELECT * FROM session_step ORDER BY session_id, "
                + "position", "SELECT * FROM pain_entry ORDER BY id")) {
            query(db, sql, rows -> {
                for (int column = 1; column <= rows.getMetaData().getColumnCount(); column++) {
                    text.append(rows.getString(column)).append('|');
                }
                text.append('\n');
            });
        }
        return text.toString();
    }

    private interface Row {
        void read(ResultSet rows) throws SQLException;
    }

    @Test
    void checkInsMostOftenSayTheLowerBackHurtsAndNowAndThenSayNotWhere() throws Exception {
        Path db = generate("areas", 200, 5);
        String checkIns = "SELECT count(*) FROM pain_entry WHERE kind = 'check-in'";

        long all = count(db, checkIns);
        long none = count(db, checkIns + " AND areas = ''");
        long lowerBack = count(db, checkIns + " AND ',' || areas || ',' LIKE '%,lower-back,%'");
        long neck = count(db, checkIns + " AND ',' || areas || ',' LIKE '%,neck,%'");
        long feet = count(db, checkIns + " AND ',' || areas || ',' LIKE '%,feet,%'");

        assertTrue(none > 0 && none < all / 3, none + " of " + all + " say nothing of where");
        assertTrue(lowerBack > all / 2, lowerBack + " of " + all + " name the lower back");
        assertTrue(neck > 0 && neck < lowerBack, neck + " name the neck");
        assertEquals(0, feet, "the sample person's feet are fine");
    }

    private static void query(Path db, String sql, Row row) throws SQLException {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + db);
             Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                row.read(rows);
            }
        }
    }

    private static long count(Path db, String sql) throws SQLException {
        long[] result = {0};
        query(db, sql, rows -> result[0] = rows.getLong(1));
        return result[0];
    }
}
