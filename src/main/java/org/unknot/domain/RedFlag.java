package org.unknot.domain;

/**
 * The red flags of back pain: signs that need a clinician rather than massage. One list for the first-run screen
 * (its short line) and the check that comes back (its yes/no question), with the urgency a "yes" means.
 * Sources: NICE NG59 (2016, updated 2020), Low back pain and sciatica in over 16s; Finucane et al. 2020,
 * JOSPT 50(7):350–372, International framework for red flags for potential serious spinal pathologies.
 */
public enum RedFlag implements Vocabulary {
    SADDLE_NUMBNESS("numbness between the legs or around the bottom",
            "Do you have numbness between your legs or around your bottom?", RedFlagUrgency.EMERGENCY),
    BLADDER_BOWEL("new problems controlling your bladder or bowels",
            "Do you have new problems controlling your bladder or bowels?", RedFlagUrgency.EMERGENCY),
    LEG_WEAKNESS("weakness in a leg that is getting worse",
            "Is there weakness in a leg that is getting worse?", RedFlagUrgency.EMERGENCY),
    FEVER("a fever together with back pain",
            "Do you have a fever together with your back pain?", RedFlagUrgency.TODAY),
    FALL("back pain after a serious fall or accident, or after a minor fall or lift if your bones are weak",
            "Did your back pain start after a serious fall or accident, or after a minor fall or lift while your "
                    + "bones are weak (osteoporosis)?", RedFlagUrgency.TODAY),
    CANCER_HISTORY("a history of cancer and new back pain",
            "Have you ever had cancer, and is this back pain new?", RedFlagUrgency.TODAY),
    WEIGHT_LOSS("weight loss you cannot explain",
            "Have you lost weight without trying?", RedFlagUrgency.TODAY),
    NIGHT_PAIN("severe pain at night or when lying down",
            "Is the pain severe at night or when you lie down?", RedFlagUrgency.TODAY),
    STEROIDS_IMMUNE("back pain while you take steroids or medicine that suppresses the immune system",
            "Do you take steroid tablets or medicine that suppresses your immune system?", RedFlagUrgency.TODAY);

    /** Where the list and its urgencies come from, shown with it. */
    public static final String SOURCE = "NICE NG59; Finucane et al. 2020, JOSPT 50(7)";

    private final String line;
    private final String question;
    private final RedFlagUrgency urgency;

    RedFlag(String line, String question, RedFlagUrgency urgency) {
        this.line = line;
        this.question = question;
        this.urgency = urgency;
    }

    @Override
    public String label() {
        return line;
    }

    /** The short line the first-run screen shows, lower case, to follow "Stop and seek care now if you have". */
    public String line() {
        return line;
    }

    /** The yes/no question of the check that comes back. */
    public String question() {
        return question;
    }

    public RedFlagUrgency urgency() {
        return urgency;
    }
}
