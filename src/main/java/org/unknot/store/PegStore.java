package org.unknot.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.unknot.domain.PegAnswer;
import org.unknot.domain.PegDay;

/** The weekly PEG answers: at most one per week (named by its Monday), which the user may change during that week. */
public final class PegStore {

    private static final String COLUMNS = "week, pain, enjoyment, activity, answered_at";

    private final Database database;

    public PegStore(Database database) {
        this.database = database;
    }

    /** The answers kept in the same data file as {@code pain}'s ratings. */
    public PegStore(PainStore pain) {
        this(pain.database());
    }

    /** Writes the answer of its week, answered at {@code at}, in one transaction; an earlier one that week is replaced. */
    public void save(PegAnswer answer, Instant at) {
        database.inTransaction(connection -> {
            insert(connection, answer, at);
            return null;
        });
    }

    static void insert(Connection connection, PegAnswer answer, Instant at) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("INSERT INTO peg_answer (" + COLUMNS
                + ") VALUES (?, ?, ?, ?, ?) ON CONFLICT (week) DO UPDATE SET pain = excluded.pain,"
                + " enjoyment = excluded.enjoyment, activity = excluded.activity,"
                + " answered_at = excluded.answered_at")) {
            statement.setString(1, answer.week().toString());
            statement.setInt(2, answer.pain());
            statement.setInt(3, answer.enjoyment());
            statement.setInt(4, answer.activity());
            statement.setString(5, Timestamps.format(at));
            statement.executeUpdate();
        }
    }

    /** The answer of the week that begins on Monday {@code week}, if it was answered. */
    public Optional<PegAnswer> week(LocalDate week) {
        return database.read(connection -> rows(connection, "SELECT " + COLUMNS + " FROM peg_answer WHERE week = ?",
                week.toString()).stream().findFirst().map(Row::answer));
    }

    /** The answers of the weeks that overlap the days {@code from} to {@code to}, oldest first. */
    public List<PegAnswer> period(LocalDate from, LocalDate to) {
        return database.read(connection -> answers(connection, from, to));
    }

    /** As {@link #period}, on a connection already reading (the insights' facts). */
    static List<PegAnswer> answers(Connection connection, LocalDate from, LocalDate to) throws SQLException {
        return rows(connection, "SELECT " + COLUMNS + " FROM peg_answer WHERE week BETWEEN ? AND ? ORDER BY week",
                PegAnswer.weekOf(from).toString(), to.toString()).stream().map(Row::answer).toList();
    }

    /**
     * The answers given on the days {@code from} to {@code to} (either may be absent), each with its day in
     * {@code zone}, oldest first: the check-ins CSV puts them on the rows of those days.
     */
    public List<PegDay> answeredDays(Optional<LocalDate> from, Optional<LocalDate> to, ZoneId zone) {
        return database.read(connection -> rows(connection, "SELECT " + COLUMNS + " FROM peg_answer"
                + " WHERE answered_at >= ? AND answered_at < ? ORDER BY answered_at",
                from.map(day -> Timestamps.format(day.atStartOfDay(zone).toInstant())).orElse("0"),
                to.filter(day -> day.getYear() < 9999).map(day -> Timestamps.format(day.plusDays(1).atStartOfDay(zone).toInstant())).orElse("A"))
                .stream().map(row -> new PegDay(row.at().atZone(zone).toLocalDate(), row.answer())).toList());
    }

    /**
     * Whether the session that has just ended is the first of its week and the week's PEG is not answered yet: the
     * player then asks it. The week runs from {@code weekStart} (its Monday's midnight) to {@code weekEnd}.
     */
    public boolean unansweredAfterFirstSession(LocalDate week, Instant weekStart, Instant weekEnd) {
        return database.read(connection -> {
            try (PreparedStatement statement = connection.prepareStatement("SELECT NOT EXISTS (SELECT 1 FROM"
                    + " peg_answer WHERE week = ?) AND (SELECT count(*) FROM session WHERE started_at >= ?"
                    + " AND started_at < ?) <= 1")) {
                statement.setString(1, week.toString());
                statement.setString(2, Timestamps.format(weekStart));
                statement.setString(3, Timestamps.format(weekEnd));
                try (ResultSet row = statement.executeQuery()) {
                    return row.next() && row.getBoolean(1);
                }
            }
        });
    }

    /** A stored answer and when it was given. */
    private record Row(Instant at, PegAnswer answer) {
    }

    private static List<Row> rows(Connection connection, String sql, String... values) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                statement.setString(i + 1, values[i]);
            }
            List<Row> answers = new ArrayList<>();
            try (ResultSet row = statement.executeQuery()) {
                while (row.next()) {
                    answers.add(new Row(Timestamps.parse(row.getString("answered_at")), new PegAnswer(LocalDate.parse(row.getString("week")), row.getInt("pain"),
                            row.getInt("enjoyment"), row.getInt("activity"))));
                }
            }
            return answers;
        }
    }
}
