package org.unknot.domain;

/** Who does the massage: the user alone, or a partner whose cues address the helper. */
public enum PerformedBy implements Vocabulary {
    SELF("Myself"),
    PARTNER("A partner");

    private final String label;

    PerformedBy(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
