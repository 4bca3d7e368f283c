package org.unknot.domain;

/** A check-in's answer to "Took an as-needed pain medicine today?"; a check-in not asked, or not answered, has none. */
public enum AsNeededAnswer implements Vocabulary {
    YES("Yes"),
    NO("No");

    private final String label;

    AsNeededAnswer(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
