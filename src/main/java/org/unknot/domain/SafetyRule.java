package org.unknot.domain;

import java.util.Optional;

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
            "Usual range for trigger-point and deep-pressure work (30–120 s)"),

    // The health profile's rules: each applies only while its condition is ticked, and says which it is.
    PROFILE_COLD("profile-cold", SafetyLevel.ERROR,
            "With Raynaud's or cold urticaria, leave out the cold ball: cold can bring on an attack or hives.",
            "Nadler et al. 2004, Pain Physician 7(3): contraindications to cold therapy",
            HealthCondition.RAYNAUD_COLD_URTICARIA),
    PROFILE_COLD_FEET("profile-cold-feet", SafetyLevel.ERROR,
            "With diabetes or numb feet, no cold on the feet or calves: numb skin does not warn before cold injures"
                    + " it.",
            "Nadler et al. 2004, Pain Physician 7(3): no cold over skin with impaired sensation",
            HealthCondition.DIABETES_NUMB_FEET),
    PROFILE_COLD_LEGS("profile-cold-legs", SafetyLevel.WARNING,
            "With poor circulation in the legs, cold narrows the vessels further; keep cold on the legs short, or"
                    + " leave it out.",
            "Nadler et al. 2004, Pain Physician 7(3): caution with cold in peripheral vascular disease",
            HealthCondition.POOR_LEG_CIRCULATION),
    PROFILE_PRESSURE("profile-pressure", SafetyLevel.WARNING,
            "With blood thinners or a bleeding disorder, firm or sustained pressure and massager levels 4–5 bruise"
                    + " easily; keep to light or medium pressure and level 3 or less.",
            "Batavia 2004, J Bodyw Mov Ther 8(1): bleeding disorders and anticoagulants among massage precautions",
            HealthCondition.BLOOD_THINNERS),
    PROFILE_SPINE_ROLL("profile-spine-roll", SafetyLevel.ERROR,
            "With osteoporosis or weak bones, keep the foam roller off the spine (neck and back); roll the hips and"
                    + " legs, or use a ball beside the spine gently.",
            "Giangregorio et al. 2014, Osteoporos Int 25(3) (Too Fit To Fracture): avoid loaded spinal flexion",
            HealthCondition.OSTEOPOROSIS),
    PROFILE_VARICOSE("profile-varicose", SafetyLevel.WARNING,
            "With varicose veins, keep pressure light on the calves and thighs and never work over the veins"
                    + " themselves.",
            "Batavia 2004, J Bodyw Mov Ther 8(1): no massage over varicose veins",
            HealthCondition.VARICOSE_VEINS),
    PROFILE_INJURY("profile-injury", SafetyLevel.ERROR,
            "This area had a recent surgery or injury: leave it out until your clinician says it may be massaged.",
            "Batavia 2004, J Bodyw Mov Ther 8(1): no massage over a recent injury or surgical site",
            HealthCondition.RECENT_SURGERY_INJURY),
    PROFILE_PREGNANCY("profile-pregnancy", SafetyLevel.WARNING,
            "During pregnancy, ask your midwife or doctor before starting self-massage routines.",
            "Batavia 2004, J Bodyw Mov Ther 8(1): pregnancy among massage precautions",
            HealthCondition.PREGNANCY),
    PROFILE_CANCER("profile-cancer", SafetyLevel.WARNING,
            "After cancer treatment in the last 5 years, ask your care team before starting self-massage routines.",
            "Batavia 2004, J Bodyw Mov Ther 8(1): malignancy among massage precautions",
            HealthCondition.CANCER_TREATED);

    private final String id;
    private final SafetyLevel level;
    private final String message;
    private final String source;
    private final Optional<HealthCondition> condition;

    SafetyRule(String id, SafetyLevel level, String message, String source) {
        this(id, level, message, source, null);
    }

    SafetyRule(String id, SafetyLevel level, String message, String source, HealthCondition condition) {
        this.id = id;
        this.level = level;
        this.message = message;
        this.source = source;
        this.condition = Optional.ofNullable(condition);
    }

    /** The health-profile condition this rule comes from; empty for the rules that apply to everyone. */
    public Optional<HealthCondition> condition() {
        return condition;
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
