package org.unknot.domain;

/** Why the red-flag questions were asked. */
public enum RedFlagReason implements Vocabulary {
    MONTHLY("Monthly check"),
    PAIN_WORSE_STOP("After a session stopped because pain got worse"),
    WORSENING("With the warning that pain is getting worse");

    private final String label;

    RedFlagReason(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
