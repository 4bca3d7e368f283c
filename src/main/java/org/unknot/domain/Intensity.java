package org.unknot.domain;

/** How much pressure a step asks for. */
public enum Intensity implements Vocabulary {
    LIGHT("Light"),
    MEDIUM("Medium"),
    FIRM("Firm");

    private final String label;

    Intensity(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
