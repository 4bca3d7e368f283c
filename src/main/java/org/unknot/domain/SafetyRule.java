package org.unknot.domain;

/**
 * The safety rules of the product: each with its id, level, plain message and source, all shown to the user. The
 * order is the order in which one step lists its findings; the three cold rules go from mild to severe.
 */
public enum SafetyRule {
    COLD_BOUT("cold-bout", SafetyLevel.WARNING,
            "Cold bouts of about 10 minutes are the usual limit; stop when the skin goes numb.",
            "Bleakley et al. 2006 (10 minutes on, 10 minutes off)"),
    COLD_REWARM("cold-rewarm", SafetyLevel.WARNING,
            "This makes 20 minutes of cold on one area without a 10-minute break; let it rewarm for 10 minutes"
                    + " before more cold there.",
            "Common 15–20 minute cap for cold application; Bleakley et al. 2006 (10 minutes on, 10 minutes off)"),
    COLD_MAX("cold-max", SafetyLevel.ERROR,
            "A cold-ball step can last at most 20 minutes; cold steps on one area less than 10 minutes apart count"
                    + " as one, so shorten them or rest 10 minutes between them.",
            "Common 15–20 minute cap for cold application"),
    COLD_STATIC("cold-static", SafetyLevel.WARNING,
            "Keep a frozen ball moving: held still, cold can injure the skin.",
            "Frostbite risk of static cold application"),
    SPINE_ROLL("spine-roll", SafetyLevel.WARNING,
            "Avoid the roller on the lower back and neck; use the massager or a ball beside the spine, or roll the"
                    + " hips and upper back.",
            "Common physiotherapy guidance"),
    NECK_FIRM("neck-firm", SafetyLevel.WARNING,
            "On the neck, keep the massager gentle and avoid the front of the neck and bony parts.",
            "Massager makers' precautions"),
    MASSAGER_DWELL("massager-dwell", SafetyLevel.WARNING,
            "The massager adds up to more than 2 minutes on this area; keep to about 2 minutes per muscle in a"
                    + " routine, as longer use has damaged muscle.",
            "Chen et al. 2021, Phys Ther 101(1): rhabdomyolysis after percussive massage"),
    LONG_HOLD("long-hold", SafetyLevel.WARNING,
            "Sustained pressure is usually held 30 seconds to 2 minutes per muscle; the holds on this area add up"
                    + " to longer.",
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
