package org.unknot.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.JulianFields;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.unknot.domain.Area;
import org.unknot.domain.HistoryFacts;
import org.unknot.domain.PainMeasure;
import org.unknot.domain.PainScore;
import org.unknot.domain.PegAnswer;
import org.unknot.domain.SessionStatus;
import org.unknot.domain.StopReason;
import org.unknot.domain.ToolArea;

/**
 * The facts of the insights, answered by grouped queries on the data file: whatever the number of sessions, each
 * question returns a few rows (groups, weeks, totals). Sessions are those a {@link HistoryFilter} keeps, never one
 * still in progress; check-ins those of the filter's days. Used inside one read, on its connection.
 */
final class StoredHistory implements HistoryFacts {

    private static final String DONE = "s.status <> 'in-progress'";
    /**
     * A day as its Julian day number, and its week as that number divided by 7, which starts each week on a Monday
     * (day numbers that divide by 7 are Mondays). Numbers group and compare faster than dates, and read back without
     * parsing.
     */
    private static final String DAY = "CAST(julianday(%s) + 0.5 AS INTEGER)";
    private static final String WEEK = DAY + " / 7";

    private final Connection connection;
    private final SessionQuery.Conditions sessions;
    private final ZoneId zone;
    /** The check-ins' days: those of the filter, each bound open when empty ("0" sorts before every day, "A" after). */
    private final String firstCheckIn;
    private final String lastCheckIn;
    private final Optional<Instant> firstSession;
    private final Optional<Instant> lastSession;
    private SessionDays sessionDays;

    StoredHistory(Connection connection, HistoryFilter filter, ZoneId zone) {
        this.connection = connection;
        this.sessions = SessionQuery.Conditions.of(filter);
        this.zone = zone;
        this.firstCheckIn = filter.from().map(from -> from.atZone(zone).toLocalDate().toString()).orElse("0");
        this.lastCheckIn = filter.toExclusive().map(to -> to.minusNanos(1).atZone(zone).toLocalDate().toString())
                .orElse("A");
        this.firstSession = session("ASC");
        this.lastSession = session("DESC");
    }

    /** The start of the first or last session, found through the started_at index without reading the rest. */
    private Optional<Instant> session(String order) {
        List<Instant> start = list("SELECT s.started_at FROM session s WHERE " + sessions.and(DONE)
                + " ORDER BY s.started_at " + order + " LIMIT 1", sessions.values(),
                row -> Timestamps.parse(row.getString(1)));
        return start.stream().findFirst();
    }

    @Override
    public List<SessionGroup> groups() {
        return list("SELECT s.routine_name, s.status, s.stop_reason, s.pain_before, s.pain_after, s.worked, count(*),"
                + " s.gentle FROM session s WHERE " + sessions.and(DONE) + " GROUP BY 1, 2, 3, 4, 5, 6, 8",
                sessions.values(),
                row -> new SessionGroup(row.getString(1), Codes.required(SessionStatus.class, row.getString(2)),
                        Codes.optional(StopReason.class, row.getString(3)), score(row, 4), score(row, 5),
                        Codes.worked(row.getString(6)).stream().map(ToolArea::tool).collect(Collectors.toSet()),
                        row.getInt(7), row.getInt(8) == 1));
    }

    @Override
    public List<WeekTotals> weeks() {
        Map<LocalDate, WeekTotals> weeks = new TreeMap<>();
        sessionDays().weeks().forEach(week -> weeks.put(week.week(), week));
        for (WeekTotals checkIns : list("SELECT " + WEEK.formatted("day") + ", total(score), count(*), sum(flare)"
                + " FROM pain_entry WHERE kind = 'check-in' AND day BETWEEN ? AND ? GROUP BY 1",
                List.of(firstCheckIn, lastCheckIn), row -> new WeekTotals(week(row), 0,
                        Totals.NONE, Totals.NONE, totals(row, 2), row.getInt(4)))) {
            weeks.merge(checkIns.week(), checkIns, (s, c) -> new WeekTotals(s.week(), s.sessions(), s.before(),
                    s.after(), c.checkIns(), c.flareDays()));
        }
        return List.copyOf(weeks.values());
    }

    @Override
    public Optional<LocalDate> firstDay() {
        return earliest(firstSession.map(this::day), checkInDay("min"));
    }

    @Override
    public Optional<LocalDate> lastDay() {
        return latest(lastSession.map(this::day), checkInDay("max"));
    }

    @Override
    public Optional<LocalDate> firstDayOf(PainMeasure measure) {
        return measure == PainMeasure.CHECK_INS ? checkInDay("min") : beforeDay("ASC");
    }

    @Override
    public Optional<LocalDate> lastDayOf(PainMeasure measure) {
        return measure == PainMeasure.CHECK_INS ? checkInDay("max") : beforeDay("DESC");
    }

    @Override
    public Totals totals(PainMeasure measure, LocalDate first, LocalDate last) {
        if (measure == PainMeasure.CHECK_INS) {
            return one("SELECT total(score), count(*) FROM pain_entry WHERE kind = 'check-in' AND day BETWEEN ? AND ?"
                    + " AND day BETWEEN ? AND ?", List.of(firstCheckIn, lastCheckIn, first.toString(),
                    last.toString()), row -> totals(row, 1));
        }
        return one("SELECT total(s.pain_before), count(s.pain_before) FROM session s WHERE "
                + sessions.and(DONE + " AND s.started_at >= ? AND s.started_at < ?"),
                withDays(first, last), row -> totals(row, 1));
    }

    @Override
    public List<RatedSession> lastRated(int limit) {
        List<Object> values = new ArrayList<>(sessions.values());
        values.add(limit);
        return list("SELECT s.routine_name, s.pain_before, s.pain_after FROM session s WHERE "
                + sessions.and(DONE + " AND s.pain_before IS NOT NULL AND s.pain_after IS NOT NULL")
                + " ORDER BY s.started_at DESC, s.id DESC LIMIT ?", values,
                row -> new RatedSession(row.getString(1), new PainScore(row.getInt(2)), new PainScore(row.getInt(3))));
    }

    @Override
    public List<String> painWorseStops(LocalDate first, LocalDate last) {
        return list("SELECT s.routine_name FROM session s WHERE " + sessions.and("s.status = 'stopped'"
                + " AND s.stop_reason = 'pain-worse' AND s.started_at >= ? AND s.started_at < ?"),
                withDays(first, last), row -> row.getString(1));
    }

    @Override
    public Totals checkIns(boolean onSessionDays) {
        return sessionDays().checkIns().getOrDefault(onSessionDays, Totals.NONE);
    }

    /**
     * The areas of the ratings after the filter's sessions and of the check-ins of its days, grouped as stored (ids
     * sorted and joined), so each distinct set comes back once with its count.
     */
    @Override
    public Map<Set<Area>, Integer> painAreaRatings() {
        List<Object> values = new ArrayList<>(sessions.values());
        values.addAll(List.of(firstCheckIn, lastCheckIn));
        Map<Set<Area>, Integer> ratings = new HashMap<>();
        for (Map.Entry<Set<Area>, Integer> named : list("SELECT areas, count(*) FROM ("
                + "SELECT p.areas AS areas FROM pain_entry p JOIN session s ON s.id = p.session_id"
                + " WHERE p.kind = 'after' AND p.areas <> '' AND " + sessions.and(DONE)
                + " UNION ALL SELECT areas FROM pain_entry WHERE kind = 'check-in' AND areas <> ''"
                + " AND day BETWEEN ? AND ?) GROUP BY areas", values,
                row -> Map.entry(PainStore.areas(row.getString(1)), row.getInt(2)))) {
            ratings.merge(named.getKey(), named.getValue(), Integer::sum);
        }
        return ratings;
    }

    /** A row of the sessions' days: a week's count and totals, or check-ins on days with (key 1) or without a session. */
    private record Grouped(boolean week, long key, int count, Totals first, Totals second) {
    }

    @Override
    public List<PegAnswer> pegAnswers() {
        try {
            return PegStore.answers(connection, LocalDate.parse(firstCheckIn.equals("0") ? "0001-01-01" : firstCheckIn),
                    LocalDate.parse(lastCheckIn.equals("A") ? "9999-12-31" : lastCheckIn));
        } catch (SQLException e) {
            throw new Failure(e);
        }
    }

    /** The sessions' weeks, and the check-ins on days with and without a session. */
    private record SessionDays(List<WeekTotals> weeks, Map<Boolean, Totals> checkIns) {
    }

    /**
     * One pass over the sessions: each one's day in the user's zone is worked out once (the zone's offsets picked by
     * {@link LocalDays}), then summed by week and looked up for each check-in's day.
     */
    private SessionDays sessionDays() {
        if (sessionDays != null) {
            return sessionDays;
        }
        List<WeekTotals> weeks = new ArrayList<>();
        Map<Boolean, Totals> checkIns = new HashMap<>();
        if (firstSession.isEmpty()) {
            checkIns.put(false, one("SELECT total(score), count(*) FROM pain_entry WHERE kind = 'check-in'"
                    + " AND day BETWEEN ? AND ?", List.of(firstCheckIn, lastCheckIn), row -> totals(row, 1)));
            sessionDays = new SessionDays(weeks, checkIns);
            return sessionDays;
        }
        LocalDays shift = LocalDays.of("s.started_at", zone, firstSession.get(), lastSession.get());
        List<Object> values = new ArrayList<>(shift.values());
        values.addAll(sessions.values());
        values.addAll(List.of(firstCheckIn, lastCheckIn));
        List<Grouped> rows = list("WITH d AS MATERIALIZED (SELECT " + DAY.formatted("s.started_at, " + shift.sql())
                + " AS day, s.pain_before AS before, s.pain_after AS after FROM session s WHERE " + sessions.and(DONE)
                + ") SELECT 0, day / 7, count(*), total(before), count(before), total(after), count(after)"
                + " FROM d GROUP BY 2"
                + " UNION ALL SELECT 1, " + DAY.formatted("c.day") + " IN (SELECT day FROM d), count(*),"
                + " total(c.score), count(*), 0, 0 FROM pain_entry c WHERE c.kind = 'check-in'"
                + " AND c.day BETWEEN ? AND ? GROUP BY 2", values,
                row -> new Grouped(row.getInt(1) == 0, row.getLong(2), row.getInt(3), totals(row, 4), totals(row, 6)));
        for (Grouped row : rows) {
            if (row.week()) {
                weeks.add(new WeekTotals(LocalDate.MIN.with(JulianFields.JULIAN_DAY, row.key() * 7), row.count(),
                        row.first(), row.second(), Totals.NONE));
            } else {
                checkIns.put(row.key() == 1, row.first());
            }
        }
        sessionDays = new SessionDays(weeks, checkIns);
        return sessionDays;
    }

    private List<Object> withDays(LocalDate first, LocalDate last) {
        List<Object> values = new ArrayList<>(sessions.values());
        values.add(Timestamps.format(first.atStartOfDay(zone).toInstant()));
        values.add(Timestamps.format(last.plusDays(1).atStartOfDay(zone).toInstant()));
        return values;
    }

    private Optional<LocalDate> checkInDay(String which) {
        return one("SELECT " + which + "(day) FROM pain_entry WHERE kind = 'check-in' AND day BETWEEN ? AND ?",
                List.of(firstCheckIn, lastCheckIn), row -> Optional.ofNullable(row.getString(1)).map(LocalDate::parse));
    }

    /** The first or last session rated before, found through the started_at index without reading the rest. */
    private Optional<LocalDate> beforeDay(String order) {
        List<Optional<LocalDate>> day = list("SELECT s.started_at FROM session s WHERE "
                + sessions.and(DONE + " AND s.pain_before IS NOT NULL") + " ORDER BY s.started_at " + order
                + " LIMIT 1", sessions.values(), row -> instant(row, 1).map(this::day));
        return day.isEmpty() ? Optional.empty() : day.get(0);
    }

    private static LocalDate week(ResultSet row) throws SQLException {
        return LocalDate.MIN.with(JulianFields.JULIAN_DAY, row.getLong(1) * 7);
    }

    private LocalDate day(Instant instant) {
        return instant.atZone(zone).toLocalDate();
    }

    private static Optional<LocalDate> earliest(Optional<LocalDate> a, Optional<LocalDate> b) {
        return a.isEmpty() ? b : b.isEmpty() || a.get().isBefore(b.get()) ? a : b;
    }

    private static Optional<LocalDate> latest(Optional<LocalDate> a, Optional<LocalDate> b) {
        return a.isEmpty() ? b : b.isEmpty() || a.get().isAfter(b.get()) ? a : b;
    }

    private static Optional<Instant> instant(ResultSet row, int column) throws SQLException {
        return Optional.ofNullable(row.getString(column)).map(Timestamps::parse);
    }

    private static Optional<PainScore> score(ResultSet row, int column) throws SQLException {
        int value = row.getInt(column);
        return row.wasNull() ? Optional.empty() : Optional.of(new PainScore(value));
    }

    private static Totals totals(ResultSet row, int sumColumn) throws SQLException {
        return new Totals(Math.round(row.getDouble(sumColumn)), row.getInt(sumColumn + 1));
    }

    /** A query that failed, carried out of the facts' methods to the read that asked, which reports it. */
    static final class Failure extends RuntimeException {

        Failure(SQLException cause) {
            super(cause);
        }

        @Override
        public synchronized SQLException getCause() {
            return (SQLException) super.getCause();
        }
    }

    private interface RowReader<T> {
        T read(ResultSet row) throws SQLException;
    }

    private <T> List<T> list(String sql, List<Object> values, RowReader<T> reader) {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < values.size(); i++) {
                statement.setObject(i + 1, values.get(i));
            }
            List<T> rows = new ArrayList<>();
            try (ResultSet row = statement.executeQuery()) {
                while (row.next()) {
                    rows.add(reader.read(row));
                }
            }
            return rows;
        } catch (SQLException e) {
            throw new Failure(e);
        }
    }

    private <T> T one(String sql, List<Object> values, RowReader<T> reader) {
        return list(sql, values, reader).get(0);
    }
}
