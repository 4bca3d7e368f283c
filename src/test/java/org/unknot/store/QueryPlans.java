package org.unknot.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.lang.reflect.Proxy;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.unknot.domain.Insights;

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
                Optional.empty(), Set.of(), Optional.empty());
        return plan(databaseFile, SessionQuery.of(range, SessionQuery.Order.OLDEST_FIRST, 0).sql());
    }

    /**
     * The plans of every query the insights of {@code filter} run, each headed by the start of its SQL: the queries
     * are recorded as {@link StoredHistory} prepares them, then explained.
     */
    public static List<String> insights(Path databaseFile, HistoryFilter filter, ZoneId zone) throws SQLException {
        List<String> queries = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + databaseFile)) {
            Connection recording = (Connection) Proxy.newProxyInstance(QueryPlans.class.getClassLoader(),
                    new Class<?>[] {Connection.class}, (proxy, method, arguments) -> {
                        if (method.getName().equals("prepareStatement")) {
                            queries.add((String) arguments[0]);
                        }
                        return method.invoke(connection, arguments);
                    });
            Insights.of(new StoredHistory(recording, filter, zone));
        }
        List<String> lines = new ArrayList<>();
        for (String sql : queries) {
            lines.add(sql.substring(0, Math.min(70, sql.length())) + " …");
            plan(databaseFile, sql).forEach(line -> lines.add("  " + line));
        }
        return lines;
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
