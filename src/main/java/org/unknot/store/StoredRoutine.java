package org.unknot.store;

import org.unknot.domain.Routine;

/** A routine as saved, with the id the database gave it. */
public record StoredRoutine(long id, Routine routine) {
}
