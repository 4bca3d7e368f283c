package org.unknot.ui.history;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.unknot.domain.PerformedBy;
import org.unknot.domain.SessionRecord;
import org.unknot.domain.SessionStatus;
import org.unknot.domain.StopReason;

/** History's status column says when a session played the gentle version. */
class GentleSessionStatusTest {

    private static SessionRecord session(SessionStatus status, Optional<StopReason> reason, boolean gentle) {
        return new SessionRecord(1, Optional.empty(), "Evening", PerformedBy.SELF, Instant.parse("2026-11-20T18:00:00Z"),
                Optional.empty(), status, reason, 600, 300, Optional.empty(), Optional.empty(), "", Set.of(), gentle);
    }

    @Test
    void aGentleSessionSaysSoAfterItsStatus() {
        assertEquals("Completed · gentle", SessionColumns.status(session(SessionStatus.COMPLETED, Optional.empty(),
                true)));
        assertEquals("Stopped: pain got worse · gentle", SessionColumns.status(session(SessionStatus.STOPPED,
                Optional.of(StopReason.PAIN_WORSE), true)));
    }

    @Test
    void aFullSessionShowsItsStatusAlone() {
        assertEquals("Completed", SessionColumns.status(session(SessionStatus.COMPLETED, Optional.empty(), false)));
    }
}
