package org.unknot.files;

import java.time.Instant;
import java.util.Optional;
import org.unknot.domain.PainScore;
import org.unknot.domain.SessionStatus;
import org.unknot.domain.StopReason;

/** One session as the history CSV gives it; empty values become empty cells. */
public record HistoryRow(
        long sessionId,
        Instant startedAt,
        Optional<Instant> endedAt,
        String routine,
        SessionStatus status,
        int plannedSeconds,
        int doneSeconds,
        Optional<PainScore> painBefore,
        Optional<PainScore> painAfter,
        Optional<StopReason> stopReason,
        String notes) {

    public HistoryRow {
        notes = notes == null ? "" : notes;
    }

    /** After minus before: negative when the pain went down; empty unless both were rated. */
    public Optional<Integer> painChange() {
        return painBefore.flatMap(before -> painAfter.map(after -> after.value() - before.value()));
    }
}
