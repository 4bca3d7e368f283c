package org.unknot.domain;

/** A body area a step works on. */
public enum Area implements Vocabulary {
    NECK("Neck"),
    SHOULDERS("Shoulders"),
    UPPER_BACK("Upper back"),
    MID_BACK("Mid back"),
    LOWER_BACK("Lower back"),
    HIPS_GLUTES("Hips and glutes"),
    THIGHS("Thighs"),
    CALVES("Calves"),
    FEET("Feet");

    private final String label;

    Area(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
