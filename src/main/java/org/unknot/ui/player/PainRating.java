package org.unknot.ui.player;

import java.util.Optional;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.unknot.domain.PainScore;

/**
 * A 0–10 rating chosen with big buttons or typed with the digit keys: "3" gives 3, "1" then "0" gives 10.
 * No rating is a valid answer (the value is then null).
 */
public final class PainRating {

    private final ReadOnlyObjectWrapper<PainScore> score = new ReadOnlyObjectWrapper<>();
    private int lastDigit = -1;

    public void choose(PainScore value) {
        score.set(value);
        lastDigit = -1;
    }

    /** A digit key: 0–9, where 0 right after 1 makes 10. */
    public void typeDigit(int digit) {
        if (digit < 0 || digit > 9) {
            return;
        }
        int value = lastDigit == 1 && digit == 0 ? 10 : digit;
        score.set(new PainScore(value));
        lastDigit = value == 10 ? -1 : digit;
    }

    public void clear() {
        score.set(null);
        lastDigit = -1;
    }

    public ReadOnlyObjectProperty<PainScore> scoreProperty() {
        return score.getReadOnlyProperty();
    }

    public Optional<PainScore> score() {
        return Optional.ofNullable(score.get());
    }
}
