package org.unknot.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.junit.jupiter.api.Test;

class TimestampsTest {

    @Test
    void aStoredTimestampReadsBackAsTheSameMoment() {
        for (String moment : List.of("2026-11-22T10:00:00.000Z", "2024-02-29T23:59:59.999Z", "1606-06-15T07:48:45.000Z",
                "1970-01-01T00:00:00.000Z", "9999-12-31T23:59:59.001Z")) {
            Instant read = Timestamps.parse(moment);
            assertEquals(Instant.parse(moment), read, moment);
            assertEquals(moment, Timestamps.format(read));
        }
    }

    @Test
    void otherIsoFormsAreReadTooAndNonsenseIsRefused() {
        assertEquals(Instant.parse("2026-11-22T10:00:00Z"), Timestamps.parse("2026-11-22T10:00:00Z"));
        assertThrows(DateTimeParseException.class, () -> Timestamps.parse("2026-11-22T10:0a:00.000Z"));
        // as long as a stored one, but not in its form
        assertThrows(DateTimeParseException.class, () -> Timestamps.parse("2026-11-22 10:00:00.000Z"));
        assertThrows(DateTimeParseException.class, () -> Timestamps.parse("2026-11-22T10:00:00.000+"));
        assertThrows(java.time.DateTimeException.class, () -> Timestamps.parse("2026-13-22T10:00:00.000Z"));
    }
}
