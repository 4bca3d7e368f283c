package org.unknot.domain;

/** What the user massages with; {@code rest} is a pause to switch tools or fetch the cold ball. */
public enum Tool implements Vocabulary {
    FOAM_ROLLER("Foam roller", 5, 3600),
    HANDHELD_MASSAGER("Handheld massager", 5, 3600),
    COLD_BALL("Cold ball", 5, 3600),
    REST("Rest", 1, 600);

    private final String label;
    private final int minSeconds;
    private final int maxSeconds;

    Tool(String label, int minSeconds, int maxSeconds) {
        this.label = label;
        this.minSeconds = minSeconds;
        this.maxSeconds = maxSeconds;
    }

    @Override
    public String label() {
        return label;
    }

    public int minSeconds() {
        return minSeconds;
    }

    public int maxSeconds() {
        return maxSeconds;
    }

    /** Every tool but rest works on a body area. */
    public boolean worksOnArea() {
        return this != REST;
    }

    /** Only the handheld massager has speed levels. */
    public boolean hasLevels() {
        return this == HANDHELD_MASSAGER;
    }
}
