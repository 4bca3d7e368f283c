package org.unknot.store;

import java.util.Objects;
import org.unknot.domain.Medicine;

/** A medicine on the list, with the id it is changed, stopped and deleted by. */
public record StoredMedicine(long id, Medicine medicine) {

    public StoredMedicine {
        Objects.requireNonNull(medicine, "medicine");
    }
}
