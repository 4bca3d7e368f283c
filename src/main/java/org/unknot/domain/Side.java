package org.unknot.domain;

/** Which side of the body a step works on; {@code each} runs the step left, then right. */
public enum Side implements Vocabulary {
    CENTER("Center"),
    LEFT("Left side"),
    RIGHT("Right side"),
    EACH("Each side");

    private final String label;

    Side(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    /** How many times the step runs: twice for {@code each}. */
    public int runs() {
        return this == EACH ? 2 : 1;
    }
}
