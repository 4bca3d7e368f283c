package org.unknot.domain;

/**
 * A condition the user may tick in the health profile; each narrows what the safety rules allow. The ids are the
 * database's (schema 8's CHECK). Nothing is diagnosed: the user says what applies.
 */
public enum HealthCondition implements Vocabulary {
    RAYNAUD_COLD_URTICARIA("Raynaud's or cold urticaria", "Fingers or toes turn white or blue in the cold, or cold brings hives."),
    DIABETES_NUMB_FEET("Diabetes or numb feet", "Less feeling in the feet or lower legs."),
    POOR_LEG_CIRCULATION("Poor circulation in the legs", "Cold, pale or painful legs when walking, or a vascular condition."),
    BLOOD_THINNERS("Blood thinners or a bleeding disorder", "You bruise or bleed easily, or take medicine that thins the blood."),
    OSTEOPOROSIS("Osteoporosis or weak bones", "Low bone density, or a fracture from a minor fall."),
    PREGNANCY("Pregnancy", "You are pregnant."),
    VARICOSE_VEINS("Varicose veins", "Swollen, twisted veins in the legs."),
    RECENT_SURGERY_INJURY("Recent surgery or injury", "An operation or injury in the last weeks; choose where."),
    CANCER_TREATED("Cancer treated in the last 5 years", "Cancer treatment now or in the last five years.");

    private final String label;
    private final String explanation;

    HealthCondition(String label, String explanation) {
        this.label = label;
        this.explanation = explanation;
    }

    @Override
    public String label() {
        return label;
    }

    /** The one plain line under the condition's switch. */
    public String explanation() {
        return explanation;
    }
}
