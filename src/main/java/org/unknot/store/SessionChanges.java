package org.unknot.store;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import org.unknot.domain.PainKind;
import org.unknot.domain.PainScore;

/**
 * What the user changed in a recorded session, and only that: a rating before or after set to a score or removed
 * (an empty score), and the notes. Whatever is not named here stays as stored.
 */
public record SessionChanges(Map<PainKind, Optional<PainScore>> ratings, Optional<String> notes) {

    public SessionChanges {
        ratings.keySet().forEach(PainStore::requireSessionKind);
        ratings = Map.copyOf(ratings);
        notes = notes == null ? Optional.empty() : notes;
    }

    /** No change at all. */
    public static SessionChanges none() {
        return new SessionChanges(Map.of(), Optional.empty());
    }

    /** These changes, and the rating of {@code kind} set to {@code score}, or removed when it is empty. */
    public SessionChanges withRating(PainKind kind, Optional<PainScore> score) {
        Map<PainKind, Optional<PainScore>> changed = new EnumMap<>(PainKind.class);
        changed.putAll(ratings);
        changed.put(kind, score);
        return new SessionChanges(changed, notes);
    }

    /** These changes, and the notes replaced by {@code text}. */
    public SessionChanges withNotes(String text) {
        return new SessionChanges(ratings, Optional.of(text));
    }

    public boolean isEmpty() {
        return ratings.isEmpty() && notes.isEmpty();
    }
}
