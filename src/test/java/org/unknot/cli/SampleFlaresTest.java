package org.unknot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unknot.files.StarterRoutines;
import org.unknot.store.DataFolder;
import org.unknot.store.Storage;

/** Sample data marks a few flare days a month, on the worst days, and plays some sessions gently on them. */
class SampleFlaresTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

    @TempDir
    Path folder;

    private double number(String sql) throws Exception {
        Path data = folder.resolve("data");
        if (!Files.exists(data)) {
            Files.createDirectory(data);
            try (Storage storage = Storage.open(new DataFolder(data), Clock.systemUTC(), StarterRoutines::load)) {
                SampleHistory.generate(storage, 400, 3, TODAY, BERLIN);
            }
        }
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + data.resolve("unknot.db"));
             Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getDouble(1);
        }
    }

    @Test
    void aFewFlareDaysAMonthOnTheWorstDays() throws Exception {
        double days = number("SELECT julianday(max(day)) - julianday(min(day)) + 1 FROM pain_entry "
                + "WHERE kind = 'check-in'");
        double flares = number("SELECT count(*) FROM pain_entry WHERE kind = 'check-in' AND flare = 1");
        double perMonth = flares / days * 30;
        assertTrue(perMonth >= 1 && perMonth <= 5, "flare days a month: " + perMonth);
        double flareMean = number("SELECT avg(score) FROM pain_entry WHERE kind = 'check-in' AND flare = 1");
        double otherMean = number("SELECT avg(score) FROM pain_entry WHERE kind = 'check-in' AND flare = 0");
        assertTrue(flareMean - otherMean >= 1.5, "flare days hurt more: " + flareMean + " against " + otherMean);
    }

    @Test
    void someSessionsOnFlareDaysArePlayedGentlyAndOnlyThere() throws Exception {
        double gentle = number("SELECT count(*) FROM session WHERE gentle = 1");
        assertTrue(gentle >= 5, "gentle sessions: " + gentle);
        assertEquals(0, number("SELECT count(*) FROM session s WHERE s.gentle = 1 AND NOT EXISTS (SELECT 1 "
                + "FROM pain_entry c WHERE c.kind = 'check-in' AND c.flare = 1 "
                + "AND c.day IN (date(s.started_at, '+1 hour'), date(s.started_at, '+2 hours')))"));
        assertEquals(0, number("SELECT count(*) FROM session s JOIN session_progress p ON p.session_id = s.id "
                + "JOIN played_step st ON st.id = p.played_step_id WHERE s.gentle = 1 AND st.tool IN "
                + "('foam-roller', 'handheld-massager') AND (st.seconds > 60 OR st.intensity = 'firm' "
                + "OR st.level > 2)"), "gentle sessions keep the gentle steps");
    }
}
