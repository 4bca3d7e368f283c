package org.unknot.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.unknot.domain.Area;
import org.unknot.domain.AsNeededAnswer;
import org.unknot.domain.PainScore;

/**
 * Changing a past daily check-in: correcting what the user rated, deleting it, and putting a deleted one back. Each is
 * one transaction; a correction touches only the pain, the areas, the note and (when given) the flare mark and the
 * as-needed answer, and keeps the day and the moment the check-in was made.
 */
public final class CheckInEdits {

    private final Database database;

    public CheckInEdits(PainStore pain) {
        this.database = pain.database();
    }

    /** Sets the pain, areas and note of the check-in of {@code day}; false when that day has none (any more). */
    public boolean correct(LocalDate day, PainScore score, Set<Area> areas, String note) {
        return update(day, score, areas, note, "", statement -> { });
    }

    /**
     * As {@link #correct(LocalDate, PainScore, Set, String)}, and marks the day a flare or not and sets the as-needed
     * answer (none: not answered), in the same statement.
     */
    public boolean correct(LocalDate day, PainScore score, Set<Area> areas, String note, boolean flare,
                           Optional<AsNeededAnswer> asNeeded) {
        return update(day, score, areas, note, ", flare = ?5, as_needed = ?6", statement -> {
            statement.setInt(5, flare ? 1 : 0);
            statement.setString(6, asNeeded.map(AsNeededAnswer::id).orElse(null));
        });
    }

    /**
     * One UPDATE of the day's check-in: score, areas and note (parameters ?1 to ?4, the day last), then the {@code more}
     * columns, numbered from ?5, that {@code bind} sets.
     */
    private boolean update(LocalDate day, PainScore score, Set<Area> areas, String note, String more,
                           StatementBinder bind) {
        return database.inTransaction(connection -> {
            try (PreparedStatement statement = connection.prepareStatement("UPDATE pain_entry SET score = ?1, "
                    + "areas = ?2, note = ?3" + more + " WHERE kind = 'check-in' AND day = ?4")) {
                statement.setInt(1, score.value());
                statement.setString(2, PainStore.areaIds(areas));
                statement.setString(3, note == null ? "" : note.strip());
                statement.setString(4, day.toString());
                bind.bind(statement);
                return statement.executeUpdate() == 1;
            }
        });
    }

    /** Deletes the check-in of {@code day} and returns it whole, or empty when that day has none. */
    public Optional<DeletedCheckIn> delete(LocalDate day) {
        return database.inTransaction(connection -> {
            Optional<DeletedCheckIn> entry;
            try (PreparedStatement statement = connection.prepareStatement("SELECT kind, recorded_at, score, areas, "
                    + "note, flare, as_needed FROM pain_entry WHERE kind = 'check-in' AND day = ?")) {
                statement.setString(1, day.toString());
                try (ResultSet row = statement.executeQuery()) {
                    entry = row.next() ? Optional.of(new DeletedCheckIn(day, PainStore.checkInEntry(row),
                            PainStore.asNeeded(row))) : Optional.empty();
                }
            }
            if (entry.isPresent()) {
                try (PreparedStatement statement = connection.prepareStatement(
                        "DELETE FROM pain_entry WHERE kind = 'check-in' AND day = ?")) {
                    statement.setString(1, day.toString());
                    statement.executeUpdate();
                }
            }
            return entry;
        });
    }

    /**
     * Puts a deleted check-in back as it was. A check-in saved on that day since is newer and stays: then nothing is
     * put back and this returns false.
     */
    public boolean restore(DeletedCheckIn deleted) {
        return database.inTransaction(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(
                    "INSERT INTO pain_entry (day, kind, recorded_at, score, areas, note, flare, as_needed) VALUES (?, "
                            + "'check-in', ?, ?, ?, ?, ?, ?) ON CONFLICT (day) WHERE kind = 'check-in' DO NOTHING")) {
                PainEntry entry = deleted.entry();
                statement.setString(1, deleted.day().toString());
                statement.setString(2, Timestamps.format(entry.recordedAt()));
                statement.setInt(3, entry.score().value());
                statement.setString(4, PainStore.areaIds(entry.areas()));
                statement.setString(5, entry.note());
                statement.setInt(6, entry.flare() ? 1 : 0);
                statement.setString(7, deleted.asNeeded().map(AsNeededAnswer::id).orElse(null));
                return statement.executeUpdate() == 1;
            }
        });
    }
}
