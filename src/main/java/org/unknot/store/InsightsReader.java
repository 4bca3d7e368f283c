package org.unknot.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.unknot.domain.DailyPain;
import org.unknot.domain.InsightReport;
import org.unknot.domain.Insights;
import org.unknot.domain.PainScore;

/**
 * The insights of the sessions a filter keeps and of the check-ins of the same days, read in one pass inside one
 * read: every session streams through the tallies of {@link Insights}, so a history of any length is covered and
 * none is held in memory. History, the report and the {@code insights} command all read their figures here.
 */
final class InsightsReader {

    private final Database database;

    InsightsReader(Database database) {
        this.database = database;
    }

    InsightReport read(HistoryFilter filter, ZoneId zone) {
        SessionQuery sessions = SessionQuery.of(filter, SessionQuery.Order.OLDEST_FIRST, 0);
        Optional<LocalDate> first = filter.from().map(from -> from.atZone(zone).toLocalDate());
        Optional<LocalDate> last = filter.toExclusive().map(to -> to.minusNanos(1).atZone(zone).toLocalDate());
        return database.read(connection -> {
            Insights insights = new Insights(zone);
            sessions.forEach(connection, insights::add);
            return insights.report(checkIns(connection, first, last));
        });
    }

    /** The daily check-ins of those days (each bound open when empty), oldest first. */
    static List<DailyPain> checkIns(Connection connection, Optional<LocalDate> first, Optional<LocalDate> last)
            throws SQLException {
        List<DailyPain> days = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement("SELECT day, score FROM pain_entry"
                + " WHERE kind = 'check-in' AND day >= ? AND day <= ? ORDER BY day")) {
            // Days are YYYY-MM-DD text: "0" sorts before every day and "A" after.
            statement.setString(1, first.map(LocalDate::toString).orElse("0"));
            statement.setString(2, last.map(LocalDate::toString).orElse("A"));
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    days.add(new DailyPain(LocalDate.parse(rows.getString("day")),
                            new PainScore(rows.getInt("score"))));
                }
            }
        }
        return days;
    }
}
