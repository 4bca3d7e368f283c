package org.unknot.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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
        return plan(databaseFile, SessionStore.SELECT_RECORD + SessionStore.NEWEST_FIRST + " LIMIT " + limit);
    }

    /** The plan of the ranged {@code SessionStore.forEachOldestFirst} with both bounds (unbound, so NULL). */
    public static List<String> sessionsOldestFirst(Path databaseFile, boolean from, boolean toExclusive)
            throws SQLException {
        return plan(databaseFile, SessionStore.SELECT_RECORD + SessionStore.rangeTail(from, toExclusive)
                + SessionStore.OLDEST_FIRST);
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
