package org.unknot.ui.history;

import java.util.Objects;
import java.util.Optional;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.unknot.domain.AsNeededAnswer;

/**
 * "Took an as-needed pain medicine today?" on a check-in: asked while an as-needed medicine is listed for the day (or
 * the day already has an answer); Yes, No or unanswered. Part of today's check-in card and of a past check-in's
 * correction.
 */
public final class AsNeededQuestion {

    private final ReadOnlyBooleanWrapper asked = new ReadOnlyBooleanWrapper();
    private final ReadOnlyObjectWrapper<AsNeededAnswer> answer = new ReadOnlyObjectWrapper<>();
    /** The answer as saved: another one is unsaved. */
    private AsNeededAnswer kept;

    /** Shows whether the day asks, and its saved answer, dropping an unsaved one. */
    void show(boolean asking, Optional<AsNeededAnswer> saved) {
        asked.set(asking);
        kept = saved.orElse(null);
        answer.set(kept);
    }

    /** Whether the day asks; the answer typed stays unless it is the saved one. */
    void ask(boolean asking, Optional<AsNeededAnswer> saved) {
        if (unsaved()) {
            asked.set(asking || asked.get());
            kept = saved.orElse(null);
        } else {
            show(asking, saved);
        }
    }

    /** The user's click: {@code chosen}, or unanswered when it is the answer already chosen. */
    public void choose(AsNeededAnswer chosen) {
        answer.set(chosen == answer.get() ? null : chosen);
    }

    /** Back to the saved answer. */
    void revert() {
        answer.set(kept);
    }

    /** The answer is in the data file. */
    void saved() {
        kept = answer.get();
    }

    boolean unsaved() {
        return !Objects.equals(kept, answer.get());
    }

    /** The answer to save: none while unanswered. */
    Optional<AsNeededAnswer> answer() {
        return Optional.ofNullable(answer.get());
    }

    public ReadOnlyBooleanProperty askedProperty() {
        return asked.getReadOnlyProperty();
    }

    /** Yes, No, or null while unanswered. */
    public ReadOnlyObjectProperty<AsNeededAnswer> answerProperty() {
        return answer.getReadOnlyProperty();
    }
}
