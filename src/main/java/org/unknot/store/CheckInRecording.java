package org.unknot.store;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import org.unknot.domain.AsNeededAnswer;
import org.unknot.domain.PainKind;

/**
 * Saving the day's pain check-in, in one transaction. The day is the one the check-in is made on, read from its
 * recorded moment in the user's zone when it is saved (not when the page was opened), so a check-in after midnight
 * belongs to the new day; a second one the same day replaces the first with everything the user entered.
 */
public final class CheckInRecording {

    private final Database database;

    public CheckInRecording(PainStore pain) {
        this.database = pain.database();
    }

    /** Writes {@code entry} as the check-in of its day in {@code zone}, and returns that day. */
    public LocalDate save(PainEntry entry, ZoneId zone) {
        return save(entry, zone, Optional.empty(), false);
    }

    /** As {@link #save(PainEntry, ZoneId)}, with the answer to the as-needed question (none: not answered). */
    public LocalDate save(PainEntry entry, ZoneId zone, Optional<AsNeededAnswer> asNeeded) {
        return save(entry, zone, asNeeded, true);
    }

    private LocalDate save(PainEntry entry, ZoneId zone, Optional<AsNeededAnswer> asNeeded, boolean answering) {
        if (entry.kind() != PainKind.CHECK_IN) {
            throw new IllegalArgumentException("A check-in has the check-in kind");
        }
        LocalDate day = LocalDate.ofInstant(entry.recordedAt(), zone);
        return database.inTransaction(connection -> {
            PainStore.checkIn(connection, day, entry);
            if (answering) {
                PainStore.asNeeded(connection, day, asNeeded);
            }
            return day;
        });
    }
}
