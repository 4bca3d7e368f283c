package org.unknot.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** SQLite's plans for the stores' queries, for benchmarks that show why a query is fast or slow. */
public final class QueryPlans {

    private QueryPlans() {
    }

    /** The plan of {@link RoutineStore#summaries()} on that data file, one step per line, indented by depth. */
    public static List<String> summaries(Path databaseFile) throws SQLException {
        return plan(databaseFile, RoutineStore.SUMMARY_SQL);
    }

    /** The plan of {@link SessionStore#recent(int)}: the newest sessions, with their subqueries. */
    public static List<String> recentSessions(Path databaseFile, int limit) throws SQLException {
        return plan(databaseFile, SessionQuery.of(HistoryFilter.all(), SessionQuery.Order.NEWEST_FIRST, limit).sql()
                .replace("LIMIT ?", "LIMIT " + limit));
    }

    /** The plan of {@code SessionStore.forEachOldestFirst} over a range of start times (unbound, so NULL). */
    public static List<String> sessionsOldestFirst(Path databaseFile, boolean from, boolean toExclusive)
            throws SQLException {
        Optional<Instant> any = Optional.of(Instant.EPOCH);
        HistoryFilter range = new HistoryFilter(from ? any : Optional.empty(), toExclusive ? any : Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty());
        return plan(databaseFile, SessionQuery.of(range, SessionQuery.Order.OLDEST_FIRST, 0).sql());
    }

    /** The plan of the check-ins the insights read with the sessions (an open range of days). */
    public static List<String> checkIns(Path databaseFile) throws SQLException {
        return plan(databaseFile, "SELECT day, score FROM pain_entry WHERE kind = 'check-in' AND day >= '0'"
                + " AND day <= 'A' ORDER BY day");
    }

    private static List<String> plan(Path databaseFile, String sql) throws SQLException {
        List<String> lines = new ArrayList<>();
        Map<Integer, Integer> depth = new HashMap<>();
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + databaseFile);
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("EXPLAIN QUERY PLAN " + sql)) {
            while (rows.next()) {
                int level = depth.getOrDefault(rows.getInt("parent"), -1) + 1;
                depth.put(rows.getInt("id"), level);
                lines.add("  ".repeat(level) + rows.getString("detail"));
            }
        }
        return lines;
    }
}
