package org.unknot.files;

import java.util.List;
import java.util.function.Consumer;
import org.unknot.domain.SessionRecord;

/**
 * Sessions handed over one at a time, oldest first, as {@code SessionStore.forEachOldestFirst} reads them, so an
 * export of any history size never holds it as a list. May be called more than once.
 */
@FunctionalInterface
public interface SessionRows {

    void forEachOldestFirst(Consumer<SessionRecord> row);

    /** The sessions of a list already in memory, in its order (for tests and small callers). */
    static SessionRows of(List<SessionRecord> sessions) {
        List<SessionRecord> copy = List.copyOf(sessions);
        return copy::forEach;
    }
}
