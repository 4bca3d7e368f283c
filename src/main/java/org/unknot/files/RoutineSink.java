package org.unknot.files;

import org.unknot.domain.Routine;

/**
 * Where imported routines are saved. The routine store implements it in the layers that may see both (the command
 * line, the app), so that reading files never depends on the database.
 */
@FunctionalInterface
public interface RoutineSink {

    /**
     * Saves a new routine, all of it or nothing, under its name or, when a routine has it (ignoring case), under
     * "Name (2)", "Name (3)" …, the name chosen in the same transaction as the save; returns the name it got. A failure
     * is a runtime exception whose message is a plain sentence for the user.
     */
    String addUnderFreeName(Routine routine);
}
