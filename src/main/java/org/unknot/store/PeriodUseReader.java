package org.unknot.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.JulianFields;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.unknot.domain.DatedNote;
import org.unknot.domain.PeriodUse;
import org.unknot.domain.ToolArea;
import org.unknot.domain.ToolAreaTally;

/**
 * Reads the {@link PeriodUse} of the sessions a filter keeps, inside one read: one pass over the session rows alone
 * (their start, ratings, seconds done and seconds per tool × area, copies schemas 6 and 7 keep on the row), and the
 * latest notes. A report of any history size never builds its sessions, nor reads their steps, for this.
 */
final class PeriodUseReader {

    private final SessionQuery.Conditions conditions;
    private final ZoneId zone;

    PeriodUseReader(HistoryFilter filter, ZoneId zone) {
        this.conditions = SessionQuery.Conditions.of(filter);
        this.zone = zone;
    }

    PeriodUse read(Connection connection, int notes) throws SQLException {
        ToolAreaTally tally = new ToolAreaTally();
        Map<ToolArea, Long> seconds = new HashMap<>();
        // Sessions repeat the same few sets of pairs and seconds, and share weeks: each is decoded once.
        Map<String, Map<ToolArea, Long>> decoded = new HashMap<>();
        Map<Long, LocalDate> weeks = new HashMap<>();
        int count = 0;
        long doneSeconds = 0;
        Optional<LocalDays> local = localDays(connection);
        if (local.isEmpty()) {
            return new PeriodUse(0, 0, List.of(), List.of());
        }
        // The local week as StoredHistory counts it: Julian day numbers in the user's zone, divided by 7.
        try (PreparedStatement statement = prepareAfter(local.get().values().toArray(), connection, "SELECT "
                + "CAST(julianday(s.started_at, " + local.get().sql() + ") + 0.5 AS INTEGER) / 7, s.pain_before, "
                + "s.pain_after, s.done_seconds, s.worked_seconds FROM session s" + where(""))) {
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    count++;
                    int before = rows.getInt(2);
                    boolean rated = !rows.wasNull();
                    int after = rows.getInt(3);
                    Optional<Integer> change = rated && !rows.wasNull() ? Optional.of(after - before)
                            : Optional.empty();
                    doneSeconds += rows.getLong(4);
                    String worked = rows.getString(5);
                    if (!worked.isEmpty()) {
                        LocalDate week = weeks.computeIfAbsent(rows.getLong(1),
                                number -> LocalDate.MIN.with(JulianFields.JULIAN_DAY, number * 7));
                        decoded.computeIfAbsent(worked, Codes::workedSeconds).forEach((pair, run) -> {
                            tally.add(pair, week, change);
                            seconds.merge(pair, run, Long::sum);
                        });
                    }
                }
            }
        }
        return new PeriodUse(count, doneSeconds, tally.uses(seconds), latestNotes(connection, notes));
    }

    /** The shift into the user's zone over the filter's sessions, found through the started_at index; none without. */
    private Optional<LocalDays> localDays(Connection connection) throws SQLException {
        try (PreparedStatement statement = prepare(connection,
                "SELECT min(s.started_at), max(s.started_at) FROM session s" + where(""));
             ResultSet rows = statement.executeQuery()) {
            if (!rows.next() || rows.getString(1) == null) {
                return Optional.empty();
            }
            return Optional.of(LocalDays.of("s.started_at", zone, Timestamps.parse(rows.getString(1)),
                    Timestamps.parse(rows.getString(2))));
        }
    }

    private String where(String more) {
        String all = more.isEmpty() ? conditions.sql() : conditions.and(more);
        return all.isEmpty() ? "" : " WHERE " + all;
    }

    /** The statement with {@code first}'s values bound, then the filter's, then {@code more}: their order in SQL. */
    private PreparedStatement prepareAfter(Object[] first, Connection connection, String sql, Object... more)
            throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        int index = 1;
        for (Object value : first) {
            statement.setObject(index++, value);
        }
        for (Object value : conditions.values()) {
            statement.setObject(index++, value);
        }
        for (Object value : more) {
            statement.setObject(index++, value);
        }
        return statement;
    }

    private PreparedStatement prepare(Connection connection, String sql, Object... more) throws SQLException {
        return prepareAfter(new Object[0], connection, sql, more);
    }

    /** The latest {@code limit} session notes, newest first. */
    private List<DatedNote> latestNotes(Connection connection, int limit) throws SQLException {
        List<DatedNote> notes = new ArrayList<>();
        try (PreparedStatement statement = prepare(connection, "SELECT s.started_at, s.routine_name, s.notes "
                + "FROM session s" + where("s.notes <> ''") + " ORDER BY s.started_at DESC, s.id DESC LIMIT ?", limit);
             ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                notes.add(new DatedNote(Timestamps.parse(rows.getString(1)).atZone(zone).toLocalDate(),
                        Optional.of(rows.getString(2)), rows.getString(3)));
            }
        }
        return notes;
    }
}
