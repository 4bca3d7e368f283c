package org.unknot.domain;

/** The app's colour scheme. */
public enum Theme implements Vocabulary {
    LIGHT("Light"),
    DARK("Dark");

    private final String label;

    Theme(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
