package org.unknot.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.unknot.domain.PainKind;
import org.unknot.domain.PainScore;

/**
 * Correcting a recorded session afterwards, in one transaction that writes only what the user changed. A corrected
 * score keeps the areas, the note and the recorded time of the rating it corrects; a rating that did not exist is
 * added as recorded at the moment of the correction.
 */
public final class SessionCorrection {

    private final Database database;

    /** Corrects sessions in the data file of {@code sessions} (and of {@code pain}: one file, one transaction). */
    public SessionCorrection(SessionStore sessions, PainStore pain) {
        this.database = SameFile.of(sessions, pain);
    }

    /** Writes {@code changes} to the session, all of them or, if any part fails, none. */
    public void apply(long sessionId, SessionChanges changes, Instant at) {
        if (changes.isEmpty()) {
            return;
        }
        database.inTransaction(connection -> {
            for (Map.Entry<PainKind, Optional<PainScore>> rating : changes.ratings().entrySet()) {
                if (rating.getValue().isPresent()) {
                    rescore(connection, sessionId, rating.getKey(), rating.getValue().get(), at);
                } else {
                    PainStore.clear(connection, sessionId, rating.getKey());
                }
            }
            if (changes.notes().isPresent()) {
                SessionStore.setNotes(connection, sessionId, changes.notes().get());
            }
            return null;
        });
    }

    private static void rescore(Connection connection, long sessionId, PainKind kind, PainScore score, Instant at)
            throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "UPDATE pain_entry SET score = ? WHERE session_id = ? AND kind = ?")) {
            statement.setInt(1, score.value());
            statement.setLong(2, sessionId);
            statement.setString(3, kind.id());
            if (statement.executeUpdate() == 1) {
                return;
            }
        }
        PainStore.rate(connection, sessionId, new PainEntry(kind, at, score, Set.of(), ""));
    }
}
