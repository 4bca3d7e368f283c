package org.unknot.ui.common;

import javafx.scene.control.Tooltip;
import javafx.scene.layout.StackPane;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;
import org.kordamp.ikonli.materialdesign2.MaterialDesignV;
import org.unknot.domain.Tool;

/** The icons of the app, in one place so that a tool looks the same on every screen. */
public final class Icons {

    private Icons() {
    }

    public static Ikon of(Tool tool) {
        return switch (tool) {
            case FOAM_ROLLER -> MaterialDesignC.CYLINDER;
            case HANDHELD_MASSAGER -> MaterialDesignV.VIBRATE;
            case COLD_BALL -> MaterialDesignS.SNOWFLAKE;
            case REST -> MaterialDesignP.PAUSE_CIRCLE_OUTLINE;
        };
    }

    public static FontIcon icon(Ikon ikon, int size) {
        FontIcon icon = new FontIcon(ikon);
        icon.setIconSize(size);
        return icon;
    }

    /** A tool's icon on a soft round badge, with the tool's name as tooltip and accessible text. */
    public static StackPane toolBadge(Tool tool) {
        StackPane badge = new StackPane(tool(tool, 24));
        badge.getStyleClass().add(Styles.TOOL_BADGE);
        Tooltip.install(badge, new Tooltip(tool.label()));
        return badge;
    }

    /** A tool's icon with its name as accessible text. */
    public static FontIcon tool(Tool tool, int size) {
        FontIcon icon = icon(of(tool), size);
        icon.getStyleClass().add(Styles.TOOL_ICON);
        icon.setAccessibleText(tool.label());
        return icon;
    }
}
