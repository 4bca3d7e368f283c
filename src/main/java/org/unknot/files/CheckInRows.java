package org.unknot.files;

import java.util.List;
import java.util.function.Consumer;
import org.unknot.domain.CheckInRecord;

/**
 * Daily check-ins handed over one at a time, oldest first, as {@code PainStore.forEachCheckIn} reads them, so an
 * export of years of check-ins never holds them as a list. May be called more than once.
 */
@FunctionalInterface
public interface CheckInRows {

    void forEachOldestFirst(Consumer<CheckInRecord> row);

    /** The check-ins of a list already in memory, in its order (for tests and small callers). */
    static CheckInRows of(List<CheckInRecord> checkIns) {
        List<CheckInRecord> copy = List.copyOf(checkIns);
        return copy::forEach;
    }
}
