package org.unknot.domain;

/** How a step is done, with the one-line how-to the player shows. */
public enum Technique implements Vocabulary {
    LONG_STROKES("Long strokes", "Slow, flowing strokes along the muscle, toward the heart."),
    CIRCULAR("Circular", "Small slow circles, moving a little after each few turns."),
    TRIGGER_POINT("Trigger point", "Rest on the tender knot with steady pressure; breathe out and let it soften."),
    DEEP_PRESSURE("Deep pressure", "Slow and firm, sinking into the deeper layers; never into sharp pain."),
    MYOFASCIAL_RELEASE("Myofascial release", "Hold a slow, sustained stretch of the skin and tissue; wait for it to give.");

    private final String label;
    private final String howTo;

    Technique(String label, String howTo) {
        this.label = label;
        this.howTo = howTo;
    }

    @Override
    public String label() {
        return label;
    }

    public String howTo() {
        return howTo;
    }
}
