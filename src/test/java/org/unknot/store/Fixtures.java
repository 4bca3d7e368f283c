package org.unknot.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.unknot.domain.Area;
import org.unknot.domain.Intensity;
import org.unknot.domain.PerformedBy;
import org.unknot.domain.Routine;
import org.unknot.domain.Side;
import org.unknot.domain.Step;
import org.unknot.domain.Technique;
import org.unknot.domain.Tool;

/** Routines, a fixed clock and raw SQL helpers shared by the store tests. */
final class Fixtures {

    static final Instant NOW = Instant.parse("2025-03-01T09:00:00Z");
    static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
    static final Instant MORNING = OffsetDateTime.parse("2025-03-01T08:00:00+01:00").toInstant();

    private Fixtures() {
    }

    /** A routine that uses every optional field of a routine and of a step. */
    static Routine fullRoutine(String name) {
        return new Routine(name, "Massager then cold ball", PerformedBy.PARTNER, List.of(
                new Step(Tool.HANDHELD_MASSAGER, Optional.of(Area.LOWER_BACK), Side.EACH,
                        Optional.of(Technique.LONG_STROKES), Optional.of(Intensity.MEDIUM), OptionalInt.of(2), 60,
                        "Stay on the muscle beside the spine"),
                Step.rest(20, "Fetch the cold ball from the freezer"),
                new Step(Tool.COLD_BALL, Optional.of(Area.LOWER_BACK), Side.LEFT, Optional.of(Technique.CIRCULAR),
                        Optional.of(Intensity.LIGHT), OptionalInt.empty(), 300, "Small circles"),
                new Step(Tool.FOAM_ROLLER, Optional.of(Area.UPPER_BACK), Side.RIGHT,
                        Optional.of(Technique.MYOFASCIAL_RELEASE), Optional.of(Intensity.FIRM), OptionalInt.empty(), 45,
                        "")));
    }

    /** A one-step foam-roller routine of the given length. */
    static Routine simpleRoutine(String name, int seconds) {
        return new Routine(name, "", PerformedBy.SELF, List.of(Step.of(Tool.FOAM_ROLLER, Area.UPPER_BACK, seconds)));
    }

    /** A second, plain JDBC connection to the file, as another program would open it. */
    static Connection rawConnection(Path file) throws SQLException {
        return DriverManager.getConnection("jdbc:sqlite:" + file);
    }

    static long longValue(Path file, String sql) throws SQLException {
        try (Connection connection = rawConnection(file); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(sql)) {
            if (!rows.next()) {
                throw new AssertionError("No row for " + sql);
            }
            return rows.getLong(1);
        }
    }

    static String text(Path file, String sql) throws SQLException {
        try (Connection connection = rawConnection(file); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(sql)) {
            if (!rows.next()) {
                throw new AssertionError("No row for " + sql);
            }
            return rows.getString(1);
        }
    }

    static void execute(Path file, String sql) throws SQLException {
        try (Connection connection = rawConnection(file); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
