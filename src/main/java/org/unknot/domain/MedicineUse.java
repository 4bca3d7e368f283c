package org.unknot.domain;

/** How a pain medicine is taken: every day as prescribed, or only when the pain calls for it. */
public enum MedicineUse implements Vocabulary {
    REGULAR("Regular"),
    AS_NEEDED("As needed");

    private final String label;

    MedicineUse(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
