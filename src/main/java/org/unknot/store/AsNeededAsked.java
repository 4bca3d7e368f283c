package org.unknot.store;

import java.util.Objects;
import java.util.Optional;
import org.unknot.domain.AsNeededAnswer;

/**
 * What a day's check-in holds of the as-needed question: whether it is asked (an as-needed medicine is current that
 * day, or the day's check-in already answered), and the answer saved, if any.
 */
public record AsNeededAsked(boolean asked, Optional<AsNeededAnswer> answer) {

    public AsNeededAsked {
        Objects.requireNonNull(answer, "answer");
    }
}
