package org.unknot.ui.shell;

import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;

/** The pages the main window navigates between. */
public enum Page {
    ROUTINES("Routines"),
    HISTORY("History"),
    SETTINGS("Settings");

    private final String label;

    Page(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Looked up when the navigation is built: the icon packs' large enums need not load before the first frame. */
    public Ikon icon() {
        return switch (this) {
            case ROUTINES -> MaterialDesignF.FORMAT_LIST_BULLETED;
            case HISTORY -> MaterialDesignC.CHART_LINE;
            case SETTINGS -> MaterialDesignC.COG_OUTLINE;
        };
    }

    /** The id of its navigation button, e.g. {@code navRoutines}. */
    public String navId() {
        return "nav" + label;
    }
}
