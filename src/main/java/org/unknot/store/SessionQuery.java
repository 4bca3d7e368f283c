package org.unknot.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.unknot.domain.PainScore;
import org.unknot.domain.PerformedBy;
import org.unknot.domain.SessionRecord;
import org.unknot.domain.SessionStatus;
import org.unknot.domain.StopReason;
import org.unknot.domain.Tool;
import org.unknot.domain.ToolArea;

/**
 * The one query for recorded sessions: which ones (a {@link HistoryFilter}, every condition a bind parameter), in
 * which order, how many; and the one place that binds a result row to a {@link SessionRecord}. History's list, its
 * CSV export and the command line all read through it. Ratings, what was worked on and the seconds done come from
 * the session row (schemas 6 and 7 keep copies there), so there is no query per session.
 */
final class SessionQuery {

    static final String SELECT_RECORD = """
            SELECT s.id, s.routine_id, s.routine_name, s.performed_by, s.started_at, s.ended_at, s.status,
                   s.stop_reason, s.planned_seconds, s.notes, s.pain_before, s.pain_after,
                   s.done_seconds AS done,
                   s.worked, s.gentle
              FROM session s
            """;

    /** The order of the sessions read: by start, then id. */
    enum Order {
        NEWEST_FIRST(" ORDER BY s.started_at DESC, s.id DESC"),
        OLDEST_FIRST(" ORDER BY s.started_at, s.id");

        final String sql;

        Order(String sql) {
            this.sql = sql;
        }
    }

    private final String sql;
    private final List<Object> values;

    private SessionQuery(String sql, List<Object> values) {
        this.sql = sql;
        this.values = List.copyOf(values);
    }

    /** The sessions that {@code filter} keeps, in {@code order}, at most {@code limit} (all when not positive). */
    static SessionQuery of(HistoryFilter filter, Order order, int limit) {
        Conditions conditions = Conditions.of(filter);
        List<Object> values = new ArrayList<>(conditions.values());
        if (limit > 0) {
            values.add(limit);
        }
        String where = conditions.sql().isEmpty() ? "" : " WHERE " + conditions.sql();
        return new SessionQuery(SELECT_RECORD + where + order.sql + (limit > 0 ? " LIMIT ?" : ""), values);
    }

    /** What a {@link HistoryFilter} asks of a session {@code s}: SQL conditions joined by AND, and their values. */
    record Conditions(String sql, List<Object> values) {

        static Conditions of(HistoryFilter filter) {
            List<String> conditions = new ArrayList<>();
            List<Object> values = new ArrayList<>();
            filter.from().ifPresent(from -> add(conditions, values, "s.started_at >= ?", Timestamps.format(from)));
            filter.toExclusive().ifPresent(to -> add(conditions, values, "s.started_at < ?", Timestamps.format(to)));
            filter.routineName().ifPresent(name -> add(conditions, values, "s.routine_name = ? COLLATE NOCASE",
                    name));
            if (!filter.tools().isEmpty()) {
                // Any of the tools: one LIKE per tool, joined by OR, in the tools' order so equal filters bind alike.
                List<Tool> tools = filter.tools().stream().sorted().toList();
                conditions.add(tools.stream().map(tool -> "(',' || s.worked) LIKE ?")
                        .collect(Collectors.joining(" OR ", "(", ")")));
                tools.forEach(tool -> values.add("%," + tool.id() + " %"));
            }
            filter.status().ifPresent(status -> add(conditions, values, "s.status = ?", status.id()));
            return new Conditions(String.join(" AND ", conditions), values);
        }

        /** These conditions and {@code more}, for a WHERE clause. */
        String and(String more) {
            return sql.isEmpty() ? more : sql + " AND " + more;
        }
    }

    /** The session of that id. */
    static SessionQuery byId(long id) {
        return new SessionQuery(SELECT_RECORD + " WHERE s.id = ?", List.of(id));
    }

    /** The sessions still in progress. */
    static SessionQuery inProgress() {
        return new SessionQuery(SELECT_RECORD + " WHERE s.status = 'in-progress'", List.of());
    }

    private static void add(List<String> conditions, List<Object> values, String condition, Object value) {
        conditions.add(condition);
        values.add(value);
    }

    /** The SQL with its parameters unbound, for query plans. */
    String sql() {
        return sql;
    }

    /** Hands each session to {@code action} as it is read. */
    void forEach(Connection connection, Consumer<SessionRecord> action) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < values.size(); i++) {
                statement.setObject(i + 1, values.get(i));
            }
            // Sessions repeat the same few sets of pairs worked on: each is decoded once per read.
            Map<String, Set<ToolArea>> worked = new HashMap<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    action.accept(record(rows, worked));
                }
            }
        }
    }

    List<SessionRecord> list(Connection connection) throws SQLException {
        List<SessionRecord> records = new ArrayList<>();
        forEach(connection, records::add);
        return records;
    }

    private static SessionRecord record(ResultSet row, Map<String, Set<ToolArea>> worked) throws SQLException {
        long routineId = row.getLong("routine_id");
        Optional<Long> routine = row.wasNull() ? Optional.empty() : Optional.of(routineId);
        return new SessionRecord(
                row.getLong("id"),
                routine,
                row.getString("routine_name"),
                Codes.required(PerformedBy.class, row.getString("performed_by")),
                Timestamps.parse(row.getString("started_at")),
                Optional.ofNullable(row.getString("ended_at")).map(Timestamps::parse),
                Codes.required(SessionStatus.class, row.getString("status")),
                Codes.optional(StopReason.class, row.getString("stop_reason")),
                row.getInt("planned_seconds"),
                row.getInt("done"),
                score(row, "pain_before"),
                score(row, "pain_after"),
                row.getString("notes"),
                worked.computeIfAbsent(row.getString("worked"), pairs -> Set.copyOf(Codes.worked(pairs))),
                row.getInt("gentle") == 1);
    }

    private static Optional<PainScore> score(ResultSet row, String column) throws SQLException {
        int value = row.getInt(column);
        return row.wasNull() ? Optional.empty() : Optional.of(new PainScore(value));
    }
}
