package org.unknot.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Types;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.unknot.domain.Area;
import org.unknot.domain.PainScore;

/**
 * Changing a past daily check-in: correcting what the user rated, deleting it, and putting a deleted one back. Each is
 * one transaction; a correction touches only the pain, the areas and the note, and keeps the day and the moment the
 * check-in was made.
 */
public final class CheckInEdits {

    private final Database database;

    public CheckInEdits(PainStore pain) {
        this.database = pain.database();
    }

    /** Sets the pain, areas and note of the check-in of {@code day}; false when that day has none (any more). */
    public boolean correct(LocalDate day, PainScore score, Set<Area> areas, String note) {
        return correct(day, score, areas, note, Optional.empty());
    }

    /**
     * As above, and marks the day a flare or not when {@code flare} is given (empty keeps the mark); every other
     * field of the check-in stays.
     */
    public boolean correct(LocalDate day, PainScore score, Set<Area> areas, String note, Optional<Boolean> flare) {
        return database.inTransaction(connection -> {
            try (PreparedStatement statement = connection.prepareStatement("UPDATE pain_entry SET score = ?, "
                    + "areas = ?, note = ?, flare = coalesce(?, flare) WHERE kind = 'check-in' AND day = ?")) {
                statement.setInt(1, score.value());
                statement.setString(2, PainStore.areaIds(areas));
                statement.setString(3, note == null ? "" : note.strip());
                if (flare.isPresent()) {
                    statement.setInt(4, flare.get() ? 1 : 0);
                } else {
                    statement.setNull(4, Types.INTEGER);
                }
                statement.setString(5, day.toString());
                return statement.executeUpdate() == 1;
            }
        });
    }

    /** Deletes the check-in of {@code day} and returns it whole, or empty when that day has none. */
    public Optional<DeletedCheckIn> delete(LocalDate day) {
        return database.inTransaction(connection -> {
            Optional<PainEntry> entry;
            try (PreparedStatement statement = connection.prepareStatement("SELECT kind, recorded_at, score, areas, "
                    + "note, flare FROM pain_entry WHERE kind = 'check-in' AND day = ?")) {
                statement.setString(1, day.toString());
                try (ResultSet row = statement.executeQuery()) {
                    entry = row.next() ? Optional.of(PainStore.checkInEntry(row)) : Optional.empty();
                }
            }
            if (entry.isPresent()) {
                try (PreparedStatement statement = connection.prepareStatement(
                        "DELETE FROM pain_entry WHERE kind = 'check-in' AND day = ?")) {
                    statement.setString(1, day.toString());
                    statement.executeUpdate();
                }
            }
            return entry.map(found -> new DeletedCheckIn(day, found));
        });
    }

    /**
     * Puts a deleted check-in back as it was. A check-in saved on that day since is newer and stays: then nothing is
     * put back and this returns false.
     */
    public boolean restore(DeletedCheckIn deleted) {
        return database.inTransaction(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(
                    "INSERT INTO pain_entry (day, kind, recorded_at, score, areas, note, flare) VALUES (?, 'check-in', "
                            + "?, ?, ?, ?, ?) ON CONFLICT (day) WHERE kind = 'check-in' DO NOTHING")) {
                PainEntry entry = deleted.entry();
                statement.setString(1, deleted.day().toString());
                statement.setString(2, Timestamps.format(entry.recordedAt()));
                statement.setInt(3, entry.score().value());
                statement.setString(4, PainStore.areaIds(entry.areas()));
                statement.setString(5, entry.note());
                statement.setInt(6, entry.flare() ? 1 : 0);
                return statement.executeUpdate() == 1;
            }
        });
    }
}
