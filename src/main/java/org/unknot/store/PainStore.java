package org.unknot.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.unknot.domain.Area;
import org.unknot.domain.AsNeededAnswer;
import org.unknot.domain.CheckInRecord;
import org.unknot.domain.DailyPain;
import org.unknot.domain.DatedNote;
import org.unknot.domain.PainKind;
import org.unknot.domain.PainScore;

/** Pain ratings: before and after a session (one of each), and at most one daily check-in per day. */
public final class PainStore {

    private final Database database;

    public PainStore(Database database) {
        this.database = database;
    }

    Database database() {
        return database;
    }

    /** Records (or replaces) the rating before or after a session. */
    public void rateSession(long sessionId, PainEntry entry) {
        database.inTransaction(connection -> {
            rate(connection, sessionId, entry);
            return null;
        });
    }

    /** Removes the rating before or after a session, if there is one. */
    public void clearSessionRating(long sessionId, PainKind kind) {
        database.inTransaction(connection -> {
            clear(connection, sessionId, kind);
            return null;
        });
    }

    /** Records the day's check-in; a second one the same day replaces the first. */
    public void checkIn(LocalDate day, PainEntry entry) {
        database.inTransaction(connection -> {
            checkIn(connection, day, entry);
            return null;
        });
    }

    static void rate(Connection connection, long sessionId, PainEntry entry) throws SQLException {
        requireSessionKind(entry.kind());
        upsert(connection, entry, statement -> statement.setLong(1, sessionId),
                "INSERT INTO pain_entry (session_id, kind, recorded_at, score, areas, note) VALUES (?, ?, ?, ?, ?, ?) "
                        + "ON CONFLICT (session_id, kind) WHERE session_id IS NOT NULL DO UPDATE SET "
                        + "recorded_at = excluded.recorded_at, score = excluded.score, areas = excluded.areas, "
                        + "note = excluded.note");
    }

    /** The score around a session as it is chosen: written, or changed, with its time; its areas and note kept. */
    static void score(Connection connection, long sessionId, PainKind kind, Instant at, PainScore score)
            throws SQLException {
        requireSessionKind(kind);
        try (PreparedStatement statement = connection.prepareStatement(
                "INSERT INTO pain_entry (session_id, kind, recorded_at, score, areas, note) "
                        + "VALUES (?, ?, ?, ?, '', '') ON CONFLICT (session_id, kind) WHERE session_id IS NOT NULL DO UPDATE SET "
                        + "recorded_at = excluded.recorded_at, score = excluded.score")) {
            statement.setLong(1, sessionId);
            statement.setString(2, kind.id());
            statement.setString(3, Timestamps.format(at));
            statement.setInt(4, score.value());
            statement.executeUpdate();
        }
    }

    /** The areas of the rating around a session, if it has one; its score and time kept. */
    static void areas(Connection connection, long sessionId, PainKind kind, Set<Area> areas) throws SQLException {
        requireSessionKind(kind);
        try (PreparedStatement statement = connection.prepareStatement(
                "UPDATE pain_entry SET areas = ? WHERE session_id = ? AND kind = ?")) {
            statement.setString(1, areaIds(areas));
            statement.setLong(2, sessionId);
            statement.setString(3, kind.id());
            statement.executeUpdate();
        }
    }

    static void clear(Connection connection, long sessionId, PainKind kind) throws SQLException {
        requireSessionKind(kind);
        try (PreparedStatement statement = connection.prepareStatement(
                "DELETE FROM pain_entry WHERE session_id = ? AND kind = ?")) {
            statement.setLong(1, sessionId);
            statement.setString(2, kind.id());
            statement.executeUpdate();
        }
    }

    static void checkIn(Connection connection, LocalDate day, PainEntry entry) throws SQLException {
        if (entry.kind() != PainKind.CHECK_IN) {
            throw new IllegalArgumentException("A check-in has the check-in kind");
        }
        upsert(connection, entry, statement -> {
            statement.setString(1, day.toString());
            statement.setInt(7, entry.flare() ? 1 : 0);
        }, "INSERT INTO pain_entry (day, kind, recorded_at, score, areas, note, flare) VALUES (?, ?, ?, ?, ?, ?, ?) "
                        + "ON CONFLICT (day) WHERE kind = 'check-in' DO UPDATE SET "
                        + "recorded_at = excluded.recorded_at, score = excluded.score, areas = excluded.areas, "
                        + "note = excluded.note, flare = excluded.flare");
    }

    /** Sets the as-needed answer of the check-in of {@code day} (none: not asked or not answered). */
    static void asNeeded(Connection connection, LocalDate day, Optional<AsNeededAnswer> answer) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "UPDATE pain_entry SET as_needed = ? WHERE kind = 'check-in' AND day = ?")) {
            statement.setString(1, answer.map(AsNeededAnswer::id).orElse(null));
            statement.setString(2, day.toString());
            statement.executeUpdate();
        }
    }

    /** The as-needed answer of a row that selected as_needed. */
    static Optional<AsNeededAnswer> asNeeded(ResultSet row) throws SQLException {
        return Codes.optional(AsNeededAnswer.class, row.getString("as_needed"));
    }

    static void requireSessionKind(PainKind kind) {
        if (kind == PainKind.CHECK_IN) {
            throw new IllegalArgumentException("A session is rated before or after, not as a check-in");
        }
    }

    /** The areas as stored: their ids, sorted, comma-separated. */
    static String areaIds(Set<Area> areas) {
        return areas.stream().sorted().map(Area::id).collect(Collectors.joining(","));
    }

    public Optional<PainEntry> checkInOn(LocalDate day) {
        return database.read(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(
                    "SELECT kind, recorded_at, score, areas, note, flare FROM pain_entry WHERE kind = 'check-in' "
                            + "AND day = ?")) {
                statement.setString(1, day.toString());
                try (ResultSet row = statement.executeQuery()) {
                    return row.next() ? Optional.of(checkInEntry(row)) : Optional.empty();
                }
            }
        });
    }

    /** The daily check-ins from {@code from} to {@code to}, both included, oldest first. */
    public List<DailyPain> checkIns(LocalDate from, LocalDate to) {
        return database.read(connection -> {
            List<DailyPain> days = new ArrayList<>();
            try (PreparedStatement statement = connection.prepareStatement(
                    "SELECT day, score, flare FROM pain_entry WHERE kind = 'check-in' AND day BETWEEN ? AND ? "
                            + "ORDER BY day")) {
                statement.setString(1, from.toString());
                statement.setString(2, to.toString());
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        days.add(new DailyPain(LocalDate.parse(rows.getString("day")), new PainScore(rows.getInt("score")),
                                rows.getInt("flare") == 1));
                    }
                }
            }
            return days;
        });
    }

    /**
     * Hands over the daily check-ins from {@code from} to {@code to} (both included; either may be absent), oldest
     * first, one at a time as they are read, so an export of years of check-ins never holds them all.
     */
    public void forEachCheckIn(Optional<LocalDate> from, Optional<LocalDate> to, Consumer<CheckInRecord> action) {
        database.read(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(
                    "SELECT day, kind, recorded_at, score, areas, note, flare, as_needed FROM pain_entry "
                            + "WHERE kind = 'check-in' "
                            + "AND (? IS NULL OR day >= ?) AND (? IS NULL OR day <= ?) ORDER BY day")) {
                String first = from.map(LocalDate::toString).orElse(null);
                String last = to.map(LocalDate::toString).orElse(null);
                statement.setString(1, first);
                statement.setString(2, first);
                statement.setString(3, last);
                statement.setString(4, last);
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        PainEntry entry = checkInEntry(rows);
                        action.accept(new CheckInRecord(LocalDate.parse(rows.getString("day")), entry.score(),
                                entry.areas(), entry.note(), entry.flare(), asNeeded(rows)));
                    }
                }
            }
            return null;
        });
    }

    /** The notes of the latest {@code limit} check-ins from {@code from} to {@code to} that have one, newest first. */
    public List<DatedNote> latestNotes(LocalDate from, LocalDate to, int limit) {
        return database.read(connection -> {
            List<DatedNote> notes = new ArrayList<>();
            try (PreparedStatement statement = connection.prepareStatement("SELECT day, note FROM pain_entry "
                    + "WHERE kind = 'check-in' AND day BETWEEN ? AND ? AND note <> '' ORDER BY day DESC LIMIT ?")) {
                statement.setString(1, from.toString());
                statement.setString(2, to.toString());
                statement.setInt(3, limit);
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        notes.add(new DatedNote(LocalDate.parse(rows.getString(1)), Optional.empty(),
                                rows.getString(2)));
                    }
                }
            }
            return notes;
        });
    }

    public int checkInCount() {
        return database.read(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(
                    "SELECT COUNT(*) FROM pain_entry WHERE kind = 'check-in'");
                 ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        });
    }

    /** Writes {@code entry} with {@code sql}, whose first parameter ({@code key}) is the session or the day. */
    private static void upsert(Connection connection, PainEntry entry, StatementBinder key, String sql)
            throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            key.bind(statement);
            statement.setString(2, entry.kind().id());
            statement.setString(3, Timestamps.format(entry.recordedAt()));
            statement.setInt(4, entry.score().value());
            statement.setString(5, areaIds(entry.areas()));
            statement.setString(6, entry.note());
            statement.executeUpdate();
        }
    }

    /** Reads a check-in from a row that selected kind, recorded_at, score, areas, note and flare. */
    static PainEntry checkInEntry(ResultSet row) throws SQLException {
        PainEntry entry = entry(row);
        return new PainEntry(entry.kind(), entry.recordedAt(), entry.score(), entry.areas(), entry.note(),
                row.getInt("flare") == 1);
    }

    /** The areas of a stored list of ids ({@link #areaIds}); none for an empty one. */
    static Set<Area> areas(String ids) {
        Set<Area> areas = EnumSet.noneOf(Area.class);
        if (!ids.isEmpty()) {
            Arrays.stream(ids.split(",")).map(id -> Codes.required(Area.class, id)).forEach(areas::add);
        }
        return areas;
    }

    /** Reads an entry from a row that selected kind, recorded_at, score, areas and note. */
    static PainEntry entry(ResultSet row) throws SQLException {
        Set<Area> areas = areas(row.getString("areas"));
        return new PainEntry(
                Codes.required(PainKind.class, row.getString("kind")),
                Timestamps.parse(row.getString("recorded_at")),
                new PainScore(row.getInt("score")),
                areas,
                row.getString("note"));
    }
}
