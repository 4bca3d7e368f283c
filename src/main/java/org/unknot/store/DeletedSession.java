package org.unknot.store;

import java.util.List;
import org.unknot.domain.SessionRecord;

/**
 * Everything of a deleted session that {@link SessionStore#restore(DeletedSession)} needs to put it back exactly: the
 * session as recorded (with its id), its steps as played in position order, and its before and after ratings.
 */
public record DeletedSession(SessionRecord session, List<PlayedStep> steps, List<PainEntry> ratings) {

    public DeletedSession {
        steps = List.copyOf(steps);
        ratings = List.copyOf(ratings);
    }

    public long id() {
        return session.id();
    }
}
