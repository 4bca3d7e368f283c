package org.unknot.domain;

import java.util.Optional;

/** A rating on the 0–10 Numeric Rating Scale: 0 no pain, 10 worst imaginable. */
public record PainScore(int value) {

    public static final int MIN = 0;
    public static final int MAX = 10;

    public PainScore {
        if (value < MIN || value > MAX) {
            throw new IllegalArgumentException("Pain is rated from " + MIN + " to " + MAX + "; got " + value + ".");
        }
    }

    /** Reads a typed rating such as " 3 "; empty when it is not a whole number from 0 to 10. */
    public static Optional<PainScore> parse(String text) {
        if (text == null || !text.strip().matches("\\d{1,2}")) {
            return Optional.empty();
        }
        int value = Integer.parseInt(text.strip());
        return value <= MAX ? Optional.of(new PainScore(value)) : Optional.empty();
    }
}
