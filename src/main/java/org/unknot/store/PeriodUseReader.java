package org.unknot.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.unknot.domain.Area;
import org.unknot.domain.DatedNote;
import org.unknot.domain.PeriodUse;
import org.unknot.domain.Tool;
import org.unknot.domain.ToolArea;
import org.unknot.domain.ToolAreaTally;

/**
 * Reads the {@link PeriodUse} of the sessions a filter keeps, inside one read: a pass over the session rows alone
 * (their start, the pairs they worked on and their ratings, kept on the row since schema 6), the seconds run per
 * played step summed in SQL, and the latest notes. A report of any history size never builds its sessions for this.
 */
final class PeriodUseReader {

    private final SessionQuery.Conditions conditions;
    private final ZoneId zone;

    PeriodUseReader(HistoryFilter filter, ZoneId zone) {
        this.conditions = SessionQuery.Conditions.of(filter);
        this.zone = zone;
    }

    PeriodUse read(Connection connection, int notes) throws SQLException {
        Map<Long, ToolArea> pairs = pairsOfPlayedSteps(connection);
        ToolAreaTally tally = new ToolAreaTally();
        Map<ToolArea, Long> seconds = new HashMap<>();
        Map<String, LocalDate> weeks = new HashMap<>();
        int count = 0;
        long doneSeconds = 0;
        // Each session's steps that ran, as "played-step-id seconds" joined by commas: one look-up of its progress
        // rows by their key, far cheaper than joining and grouping every progress row of the period.
        try (PreparedStatement statement = prepare(connection, "SELECT s.started_at, s.pain_before, s.pain_after, "
                + "(SELECT group_concat(g.played_step_id || ' ' || g.done_seconds) FROM session_progress g "
                + "WHERE g.session_id = s.id AND g.done_seconds >= 1) FROM session s" + where(""));
             ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                count++;
                int before = rows.getInt(2);
                boolean rated = !rows.wasNull();
                int after = rows.getInt(3);
                Optional<Integer> change = rated && !rows.wasNull() ? Optional.of(after - before) : Optional.empty();
                Map<ToolArea, Long> ran = new HashMap<>();
                doneSeconds += StepsRun.parse(rows.getString(4), pairs, ran);
                if (!ran.isEmpty()) {
                    LocalDate week = weeks.computeIfAbsent(rows.getString(1), this::weekOf);
                    ran.forEach((pair, run) -> {
                        tally.add(pair, week, change);
                        seconds.merge(pair, run, Long::sum);
                    });
                }
            }
        }
        return new PeriodUse(count, doneSeconds, tally.uses(seconds), latestNotes(connection, notes));
    }

    private String where(String more) {
        String all = more.isEmpty() ? conditions.sql() : conditions.and(more);
        return all.isEmpty() ? "" : " WHERE " + all;
    }

    private PreparedStatement prepare(Connection connection, String sql, Object... more) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        int index = 1;
        for (Object value : conditions.values()) {
            statement.setObject(index++, value);
        }
        for (Object value : more) {
            statement.setObject(index++, value);
        }
        return statement;
    }

    private LocalDate weekOf(String startedAt) {
        return Timestamps.parse(startedAt).atZone(zone).toLocalDate()
                .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    /** The tool × area of each played step that has one (rests have none); played steps are shared, so few. */
    private static Map<Long, ToolArea> pairsOfPlayedSteps(Connection connection) throws SQLException {
        Map<Long, ToolArea> pairs = new HashMap<>();
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT id, tool, area FROM played_step WHERE area IS NOT NULL");
             ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                pairs.put(rows.getLong(1), new ToolArea(Codes.required(Tool.class, rows.getString(2)),
                        Codes.required(Area.class, rows.getString(3))));
            }
        }
        return pairs;
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
