package org.unknot.ui.shell;

import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;

/** The pages the main window navigates between. */
public enum Page {
    ROUTINES("Routines", MaterialDesignF.FORMAT_LIST_BULLETED),
    HISTORY("History", MaterialDesignC.CHART_LINE),
    SETTINGS("Settings", MaterialDesignC.COG_OUTLINE);

    private final String label;
    private final Ikon icon;

    Page(String label, Ikon icon) {
        this.label = label;
        this.icon = icon;
    }

    public String label() {
        return label;
    }

    public Ikon icon() {
        return icon;
    }

    /** The id of its navigation button, e.g. {@code navRoutines}. */
    public String navId() {
        return "nav" + label;
    }
}
