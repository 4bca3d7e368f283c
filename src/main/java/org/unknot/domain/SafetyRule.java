package org.unknot.domain;

/** The safety rules of the product: each with its id, level, plain message and source, all shown to the user. */
public enum SafetyRule {
    COLD_BOUT("cold-bout", SafetyLevel.WARNING,
            "Cold bouts of about 10 minutes are the usual limit; stop when the skin goes numb.",
            "Bleakley et al. 2006 (10 minutes on, 10 minutes off)"),
    COLD_MAX("cold-max", SafetyLevel.ERROR,
            "A cold-ball step can last at most 20 minutes; shorten it or split it with a rest to rewarm.",
            "Common 15–20 minute cap for cold application"),
    COLD_REWARM("cold-rewarm", SafetyLevel.WARNING,
            "More than 20 minutes of cold on one area without 10 minutes to rewarm; add a rest or move elsewhere.",
            "Bleakley et al. 2006 (10 minutes on, 10 minutes off)"),
    SPINE_ROLL("spine-roll", SafetyLevel.WARNING,
            "Roll the muscles beside the spine, not the spine itself.",
            "Common physiotherapy guidance"),
    NECK_FIRM("neck-firm", SafetyLevel.WARNING,
            "On the neck, keep the massager gentle and avoid the front of the neck and bony parts.",
            "Massager makers' precautions"),
    LONG_HOLD("long-hold", SafetyLevel.WARNING,
            "Sustained pressure is usually held 30 seconds to 2 minutes per muscle; this step holds longer.",
            "Usual range for trigger-point and deep-pressure work (30–120 s)");

    private final String id;
    private final SafetyLevel level;
    private final String message;
    private final String source;

    SafetyRule(String id, SafetyLevel level, String message, String source) {
        this.id = id;
        this.level = level;
        this.message = message;
        this.source = source;
    }

    public String id() {
        return id;
    }

    public SafetyLevel level() {
        return level;
    }

    public String message() {
        return message;
    }

    public String source() {
        return source;
    }
}
