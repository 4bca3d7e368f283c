package org.unknot.domain;

/** The one measure a pain trend is read from; a trend never mixes the two. */
public enum PainMeasure {
    CHECK_INS("check-ins", "daily check-ins", "Daily pain"),
    PAIN_BEFORE("pain-before", "pain before sessions", "Pain before sessions");

    private final String id;
    private final String phrase;
    private final String title;

    PainMeasure(String id, String phrase, String title) {
        this.id = id;
        this.phrase = phrase;
        this.title = title;
    }

    /** The id the command line's JSON uses. */
    public String id() {
        return id;
    }

    /** "daily check-ins", for the middle of a sentence. */
    public String phrase() {
        return phrase;
    }

    /** "Daily pain", for the start of a sentence. */
    public String title() {
        return title;
    }
}
