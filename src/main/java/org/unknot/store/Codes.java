package org.unknot.store;

import java.util.Optional;
import org.unknot.domain.Vocabulary;

/** Reads vocabulary ids back from columns whose CHECK constraints allow only known ids. */
final class Codes {

    private Codes() {
    }

    static <E extends Enum<E> & Vocabulary> E required(Class<E> type, String id) {
        return Vocabulary.byId(type, id).orElseThrow(() -> new StorageException(
                "The data file holds an unknown " + type.getSimpleName() + " \"" + id + "\"; run the check command."));
    }

    static <E extends Enum<E> & Vocabulary> Optional<E> optional(Class<E> type, String id) {
        return id == null ? Optional.empty() : Optional.of(required(type, id));
    }
}
